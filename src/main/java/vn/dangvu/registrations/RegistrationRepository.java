package vn.dangvu.registrations;

import static vn.dangvu.db.jooq.Tables.LEARNING_REGISTRATION;
import static vn.dangvu.db.jooq.Tables.REGISTRATION_ITEM;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.impl.DSL;

import vn.dangvu.db.BatchRows;
import vn.dangvu.db.jooq.tables.records.LearningRegistrationRecord;
import vn.dangvu.db.jooq.tables.records.RegistrationItemRecord;

/// The only writer of learning_registration and registration_item: members' registrations and their items.
/// registration_item.result holds the member's own words on the item (the self-assessment text).
public final class RegistrationRepository {

    /// Rows sent per JDBC batch.
    static final int BATCH = 1000;

    /// A registration to write: the form, its cell, status and origin, and the counts of its items (stored with it).
    public record New(RegistrationForm form, long unitId, RegistrationStatus status, Optional<Integer> copiedFromYear,
                      Tally tally) {
    }

    /// A registration's counts, for coverage and results.
    public record Counted(long id, long memberId, long unitId, RegistrationStatus status, Tally tally) {
    }

    private static final Field<?>[] REG_COLS = {LEARNING_REGISTRATION.WORK_YEAR, LEARNING_REGISTRATION.MEMBER_ID,
        LEARNING_REGISTRATION.UNIT_ID, LEARNING_REGISTRATION.STUDY_ITEMS, LEARNING_REGISTRATION.PLEDGE_TEXT,
        LEARNING_REGISTRATION.REGISTERED_DATE, LEARNING_REGISTRATION.STATUS, LEARNING_REGISTRATION.YEAR_END_SELF_RESULT,
        LEARNING_REGISTRATION.CELL_COMMENT, LEARNING_REGISTRATION.COPIED_FROM_YEAR, LEARNING_REGISTRATION.CREATED_AT,
        LEARNING_REGISTRATION.UPDATED_AT, LEARNING_REGISTRATION.ITEM_COUNT, LEARNING_REGISTRATION.VAGUE_COUNT,
        LEARNING_REGISTRATION.DONE_COUNT, LEARNING_REGISTRATION.PARTLY_COUNT, LEARNING_REGISTRATION.NOT_DONE_COUNT};
    private static final Field<?>[] ITEM_COLS = {REGISTRATION_ITEM.REGISTRATION_ID, REGISTRATION_ITEM.SEQ,
        REGISTRATION_ITEM.ACTION_TEXT, REGISTRATION_ITEM.MEASURES, REGISTRATION_ITEM.DEADLINE, REGISTRATION_ITEM.SELF_RESULT,
        REGISTRATION_ITEM.RESULT, REGISTRATION_ITEM.CELL_RESULT, REGISTRATION_ITEM.CELL_NOTE};

    public Optional<Registration> findForMember(DSLContext t, int year, long memberId) {
        return one(t, LEARNING_REGISTRATION.WORK_YEAR.eq(year).and(LEARNING_REGISTRATION.MEMBER_ID.eq(memberId)));
    }

    public Optional<Registration> find(DSLContext t, long id) {
        return one(t, LEARNING_REGISTRATION.ID.eq(id));
    }

    private Optional<Registration> one(DSLContext t, Condition c) {
        Optional<LearningRegistrationRecord> r = t.selectFrom(LEARNING_REGISTRATION).where(c).fetchOptional();
        return r.map(x -> toRegistration(x, t.selectFrom(REGISTRATION_ITEM).where(REGISTRATION_ITEM.REGISTRATION_ID.eq(x.getId()))
                .orderBy(REGISTRATION_ITEM.SEQ).fetch(RegistrationRepository::toItem)));
    }

    /// Every registration of the year with its items, in id order.
    public List<Registration> all(DSLContext t, int year) {
        Map<Long, List<RegistrationItem>> items = new HashMap<>();
        t.select(REGISTRATION_ITEM.fields()).from(REGISTRATION_ITEM).join(LEARNING_REGISTRATION)
                .on(LEARNING_REGISTRATION.ID.eq(REGISTRATION_ITEM.REGISTRATION_ID))
                .where(LEARNING_REGISTRATION.WORK_YEAR.eq(year))
                .orderBy(REGISTRATION_ITEM.REGISTRATION_ID, REGISTRATION_ITEM.SEQ)
                .forEach(r -> {
                    RegistrationItemRecord i = r.into(REGISTRATION_ITEM);
                    items.computeIfAbsent(i.getRegistrationId(), k -> new ArrayList<>()).add(toItem(i));
                });
        return t.selectFrom(LEARNING_REGISTRATION).where(LEARNING_REGISTRATION.WORK_YEAR.eq(year))
                .orderBy(LEARNING_REGISTRATION.ID)
                .fetch(r -> toRegistration(r, items.getOrDefault(r.getId(), List.of())));
    }

    /// Member id → registration id of the year.
    public Map<Long, Long> registeredMembers(DSLContext t, int year) {
        Map<Long, Long> out = new HashMap<>();
        t.select(LEARNING_REGISTRATION.MEMBER_ID, LEARNING_REGISTRATION.ID).from(LEARNING_REGISTRATION)
                .where(LEARNING_REGISTRATION.WORK_YEAR.eq(year))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /// Each registration of the year with the counts of its items (stored with them).
    public List<Counted> counted(DSLContext t, int year) {
        var r = LEARNING_REGISTRATION;
        return t.select(r.ID, r.MEMBER_ID, r.UNIT_ID, r.STATUS, r.ITEM_COUNT, r.VAGUE_COUNT, r.DONE_COUNT, r.PARTLY_COUNT,
                        r.NOT_DONE_COUNT)
                .from(r).where(r.WORK_YEAR.eq(year))
                .fetch(x -> new Counted(x.value1(), x.value2(), x.value3() == null ? 0 : x.value3(),
                        RegistrationStatus.valueOf(x.value4()), new Tally(x.value5(), x.value6(), x.value7(), x.value8(),
                        x.value9())));
    }

    static Field<Integer> count(Condition c) {
        return DSL.sum(DSL.when(c, DSL.inline(1)).otherwise(DSL.inline(0))).cast(Integer.class);
    }

    public long insert(DSLContext t, New n, LocalDateTime now) {
        RegistrationForm f = n.form();
        Record1<Long> id = t.insertInto(LEARNING_REGISTRATION, REG_COLS).values(regValues(f, n, now))
                .returningResult(LEARNING_REGISTRATION.ID).fetchOne();
        long regId = id.value1();
        insertItems(t, List.of(new Items(regId, f.items())));
        return regId;
    }

    /// Writes the form over registration `id` (its items replaced), with the status given; a confirmed draft is no
    /// longer marked as copied.
    public void update(DSLContext t, long id, New n, LocalDateTime now) {
        RegistrationForm f = n.form();
        RegistrationStatus status = n.status();
        long unitId = n.unitId();
        t.update(LEARNING_REGISTRATION)
                .set(LEARNING_REGISTRATION.UNIT_ID, unitId)
                .set(LEARNING_REGISTRATION.STUDY_ITEMS, nz(f.study()))
                .set(LEARNING_REGISTRATION.PLEDGE_TEXT, nz(f.pledge()))
                .set(LEARNING_REGISTRATION.REGISTERED_DATE, f.registeredDate().orElse(null))
                .set(LEARNING_REGISTRATION.STATUS, status.name())
                .set(LEARNING_REGISTRATION.YEAR_END_SELF_RESULT, nz(f.selfSummary()))
                .set(LEARNING_REGISTRATION.CELL_COMMENT, nz(f.review()))
                .set(LEARNING_REGISTRATION.COPIED_FROM_YEAR, status == RegistrationStatus.DRAFT
                        ? LEARNING_REGISTRATION.COPIED_FROM_YEAR : DSL.val((Integer) null))
                .set(LEARNING_REGISTRATION.UPDATED_AT, now)
                .set(LEARNING_REGISTRATION.ITEM_COUNT, n.tally().items())
                .set(LEARNING_REGISTRATION.VAGUE_COUNT, n.tally().vague())
                .set(LEARNING_REGISTRATION.DONE_COUNT, n.tally().done())
                .set(LEARNING_REGISTRATION.PARTLY_COUNT, n.tally().partly())
                .set(LEARNING_REGISTRATION.NOT_DONE_COUNT, n.tally().notDone())
                .where(LEARNING_REGISTRATION.ID.eq(id)).execute();
        t.deleteFrom(REGISTRATION_ITEM).where(REGISTRATION_ITEM.REGISTRATION_ID.eq(id)).execute();
        insertItems(t, List.of(new Items(id, f.items())));
    }

    public boolean delete(DSLContext t, long id) {
        t.deleteFrom(REGISTRATION_ITEM).where(REGISTRATION_ITEM.REGISTRATION_ID.eq(id)).execute();
        return t.deleteFrom(LEARNING_REGISTRATION).where(LEARNING_REGISTRATION.ID.eq(id)).execute() == 1;
    }

    /// Writes many registrations of one year in jOOQ batches: the registrations, then (their ids read back by the
    /// unique year + member key) their items.
    public void insertAll(DSLContext t, int year, List<New> rows, LocalDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        batch(t, t.insertInto(LEARNING_REGISTRATION, REG_COLS).values(new Object[REG_COLS.length]),
                rows.stream().map(n -> regValues(n.form(), n, now)).toList());
        Map<Long, Long> ids = registeredMembers(t, year);
        List<Items> items = new ArrayList<>(rows.size());
        for (New n : rows) {
            items.add(new Items(ids.get(n.form().subject().id()), n.form().items()));
        }
        insertItems(t, items);
    }

    /// Writes the members' registrations of a bulk history load with their items, theme and rating level as given
    /// (any years); their ids are read back by the unique year + member key.
    public void insertHistory(DSLContext t, List<HistoryRegistration> rows, LocalDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        Field<?>[] cols = new Field<?>[REG_COLS.length + 2];
        System.arraycopy(REG_COLS, 0, cols, 0, REG_COLS.length);
        cols[REG_COLS.length] = LEARNING_REGISTRATION.THEME_ID;
        cols[REG_COLS.length + 1] = LEARNING_REGISTRATION.RESULT_LEVEL;
        List<Object[]> values = new ArrayList<>(rows.size());
        Map<Integer, List<Long>> byYear = new HashMap<>();
        for (HistoryRegistration h : rows) {
            RegistrationForm f = h.form();
            Object[] v = Arrays.copyOf(regValues(f, new New(f, h.unitId(), h.status(), Optional.empty(), Tally.of(f.items())), now),
                    cols.length);
            v[REG_COLS.length] = h.themeId().orElse(null);
            v[REG_COLS.length + 1] = h.resultLevel().orElse(null);
            values.add(v);
            byYear.computeIfAbsent(f.year(), k -> new ArrayList<>()).add(f.subject().id());
        }
        batch(t, t.insertInto(LEARNING_REGISTRATION, cols).values(new Object[cols.length]), values);
        Map<Integer, Map<Long, Long>> ids = new HashMap<>();
        byYear.forEach((year, memberIds) -> {
            Map<Long, Long> m = new HashMap<>();
            t.select(LEARNING_REGISTRATION.MEMBER_ID, LEARNING_REGISTRATION.ID).from(LEARNING_REGISTRATION)
                    .where(LEARNING_REGISTRATION.WORK_YEAR.eq(year).and(LEARNING_REGISTRATION.MEMBER_ID.in(memberIds)))
                    .forEach(r -> m.put(r.value1(), r.value2()));
            ids.put(year, m);
        });
        List<Items> items = new ArrayList<>(rows.size());
        for (HistoryRegistration h : rows) {
            items.add(new Items(ids.get(h.form().year()).get(h.form().subject().id()), h.form().items()));
        }
        insertItems(t, items);
    }

    private record Items(long registrationId, List<RegistrationItem> items) {
    }

    private void insertItems(DSLContext t, List<Items> all) {
        List<Object[]> rows = new ArrayList<>();
        for (Items r : all) {
            for (int k = 0; k < r.items().size(); k++) {
                RegistrationItem i = r.items().get(k);
                rows.add(new Object[] {r.registrationId(), k + 1, i.content(), nz(i.measure()), i.deadline().orElse(null),
                    code(i.selfResult()), nz(i.selfNote()), code(i.reviewResult()), nz(i.reviewNote())});
            }
        }
        batch(t, t.insertInto(REGISTRATION_ITEM, ITEM_COLS).values(new Object[ITEM_COLS.length]), rows);
    }

    private static Object[] regValues(RegistrationForm f, New n, LocalDateTime now) {
        return new Object[] {f.year(), f.subject().id(), n.unitId(), nz(f.study()), nz(f.pledge()),
            f.registeredDate().orElse(null), n.status().name(), nz(f.selfSummary()), nz(f.review()),
            n.copiedFromYear().orElse(null), now, now, n.tally().items(), n.tally().vague(), n.tally().done(), n.tally().partly(),
            n.tally().notDone()};
    }

    /// Sends `rows` bound to `query` in JDBC batches of [#BATCH].
    static void batch(DSLContext t, Query query, List<Object[]> rows) {
        int n = query.getBindValues().size();
        for (int from = 0; from < rows.size(); from += BATCH) {
            BatchRows.execute(t, query, n, rows.subList(from, Math.min(rows.size(), from + BATCH)),
                    (r, k, values) -> System.arraycopy(r, 0, values, 0, n));
        }
    }

    static String nz(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String code(Optional<Assessment> a) {
        return a.map(Enum::name).orElse(null);
    }

    static Optional<Assessment> assessment(String s) {
        return s == null ? Optional.empty() : Optional.of(Assessment.valueOf(s));
    }

    private static RegistrationItem toItem(Record r) {
        RegistrationItemRecord i = r.into(REGISTRATION_ITEM);
        return new RegistrationItem(i.getActionText(), i.getMeasures(), Optional.ofNullable(i.getDeadline()), "",
                assessment(i.getSelfResult()), i.getResult(), assessment(i.getCellResult()), i.getCellNote());
    }

    private static Registration toRegistration(LearningRegistrationRecord r, List<RegistrationItem> items) {
        RegistrationForm f = new RegistrationForm(Optional.of(r.getId()), r.getWorkYear(), Subject.member(r.getMemberId()),
                r.getStudyItems(), r.getPledgeText(), Optional.ofNullable(r.getRegisteredDate()), r.getYearEndSelfResult(),
                r.getCellComment(), Optional.empty(), items);
        return new Registration(r.getId(), f, r.getUnitId() == null ? 0 : r.getUnitId(), RegistrationStatus.valueOf(r.getStatus()),
                Optional.ofNullable(r.getCopiedFromYear()), r.getUpdatedAt());
    }
}
