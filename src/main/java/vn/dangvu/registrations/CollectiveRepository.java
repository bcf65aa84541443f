package vn.dangvu.registrations;

import static vn.dangvu.db.jooq.Tables.COLLECTIVE_REGISTRATION;
import static vn.dangvu.db.jooq.Tables.COLLECTIVE_REGISTRATION_ITEM;
import static vn.dangvu.registrations.RegistrationRepository.assessment;
import static vn.dangvu.registrations.RegistrationRepository.code;
import static vn.dangvu.registrations.RegistrationRepository.count;
import static vn.dangvu.registrations.RegistrationRepository.nz;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import vn.dangvu.db.jooq.tables.records.CollectiveRegistrationItemRecord;
import vn.dangvu.db.jooq.tables.records.CollectiveRegistrationRecord;

/// The only writer of collective_registration and collective_registration_item: the cells' own registrations
/// (domain.md §7.3). content = what the cell studies, models = its "làm theo" models, results = its year-end
/// self-assessment, review_comment = the commune committee's.
public final class CollectiveRepository {

    /// A cell's registration's counts.
    public record Counted(long id, long unitId, RegistrationStatus status, Tally tally) {
    }

    private static final Field<?>[] REG_COLS = {COLLECTIVE_REGISTRATION.WORK_YEAR, COLLECTIVE_REGISTRATION.UNIT_ID,
        COLLECTIVE_REGISTRATION.TARGET_LEVEL, COLLECTIVE_REGISTRATION.CONTENT, COLLECTIVE_REGISTRATION.MODELS,
        COLLECTIVE_REGISTRATION.REGISTERED_DATE, COLLECTIVE_REGISTRATION.STATUS, COLLECTIVE_REGISTRATION.RESULTS,
        COLLECTIVE_REGISTRATION.REVIEW_COMMENT, COLLECTIVE_REGISTRATION.COPIED_FROM_YEAR, COLLECTIVE_REGISTRATION.CREATED_AT,
        COLLECTIVE_REGISTRATION.UPDATED_AT};
    private static final Field<?>[] ITEM_COLS = {COLLECTIVE_REGISTRATION_ITEM.COLLECTIVE_REGISTRATION_ID,
        COLLECTIVE_REGISTRATION_ITEM.SEQ, COLLECTIVE_REGISTRATION_ITEM.ACTION_TEXT, COLLECTIVE_REGISTRATION_ITEM.MEASURES,
        COLLECTIVE_REGISTRATION_ITEM.DEADLINE, COLLECTIVE_REGISTRATION_ITEM.RESPONSIBLE, COLLECTIVE_REGISTRATION_ITEM.SELF_RESULT,
        COLLECTIVE_REGISTRATION_ITEM.SELF_NOTE, COLLECTIVE_REGISTRATION_ITEM.REVIEW_RESULT,
        COLLECTIVE_REGISTRATION_ITEM.REVIEW_NOTE};

    public Optional<Registration> findForUnit(DSLContext t, int year, long unitId) {
        return one(t, COLLECTIVE_REGISTRATION.WORK_YEAR.eq(year).and(COLLECTIVE_REGISTRATION.UNIT_ID.eq(unitId)));
    }

    private Optional<Registration> one(DSLContext t, Condition c) {
        return t.selectFrom(COLLECTIVE_REGISTRATION).where(c).fetchOptional()
                .map(r -> toRegistration(r, t.selectFrom(COLLECTIVE_REGISTRATION_ITEM)
                        .where(COLLECTIVE_REGISTRATION_ITEM.COLLECTIVE_REGISTRATION_ID.eq(r.getId()))
                        .orderBy(COLLECTIVE_REGISTRATION_ITEM.SEQ).fetch(CollectiveRepository::toItem)));
    }

    /// Every cell registration of the year with its items, in id order.
    public List<Registration> all(DSLContext t, int year) {
        Map<Long, List<RegistrationItem>> items = new HashMap<>();
        t.select(COLLECTIVE_REGISTRATION_ITEM.fields()).from(COLLECTIVE_REGISTRATION_ITEM).join(COLLECTIVE_REGISTRATION)
                .on(COLLECTIVE_REGISTRATION.ID.eq(COLLECTIVE_REGISTRATION_ITEM.COLLECTIVE_REGISTRATION_ID))
                .where(COLLECTIVE_REGISTRATION.WORK_YEAR.eq(year))
                .orderBy(COLLECTIVE_REGISTRATION_ITEM.COLLECTIVE_REGISTRATION_ID, COLLECTIVE_REGISTRATION_ITEM.SEQ)
                .forEach(r -> {
                    CollectiveRegistrationItemRecord i = r.into(COLLECTIVE_REGISTRATION_ITEM);
                    items.computeIfAbsent(i.getCollectiveRegistrationId(), k -> new ArrayList<>()).add(toItem(i));
                });
        return t.selectFrom(COLLECTIVE_REGISTRATION).where(COLLECTIVE_REGISTRATION.WORK_YEAR.eq(year))
                .orderBy(COLLECTIVE_REGISTRATION.ID)
                .fetch(r -> toRegistration(r, items.getOrDefault(r.getId(), List.of())));
    }

    public List<Counted> counted(DSLContext t, int year) {
        var i = COLLECTIVE_REGISTRATION_ITEM;
        Field<String> result = DSL.coalesce(i.REVIEW_RESULT, i.SELF_RESULT);
        return t.select(COLLECTIVE_REGISTRATION.ID, COLLECTIVE_REGISTRATION.UNIT_ID, COLLECTIVE_REGISTRATION.STATUS,
                        DSL.count(i.ID), count(i.ID.isNotNull().and(i.MEASURES.isNull().or(i.MEASURES.eq("")).or(i.DEADLINE.isNull()))),
                        count(result.eq(Assessment.DONE.name())), count(result.eq(Assessment.PARTLY.name())),
                        count(result.eq(Assessment.NOT_DONE.name())))
                .from(COLLECTIVE_REGISTRATION).leftJoin(i).on(i.COLLECTIVE_REGISTRATION_ID.eq(COLLECTIVE_REGISTRATION.ID))
                .where(COLLECTIVE_REGISTRATION.WORK_YEAR.eq(year))
                .groupBy(COLLECTIVE_REGISTRATION.ID, COLLECTIVE_REGISTRATION.UNIT_ID, COLLECTIVE_REGISTRATION.STATUS)
                .fetch(r -> new Counted(r.value1(), r.value2(), RegistrationStatus.valueOf(r.value3()),
                        new Tally(r.value4(), r.value5(), r.value6(), r.value7(), r.value8())));
    }

    public long insert(DSLContext t, RegistrationForm f, RegistrationStatus status, Optional<Integer> copiedFrom,
                       LocalDateTime now) {
        long id = t.insertInto(COLLECTIVE_REGISTRATION, REG_COLS).values(values(f, status, copiedFrom, now))
                .returningResult(COLLECTIVE_REGISTRATION.ID).fetchOne().value1();
        insertItems(t, id, f.items());
        return id;
    }

    public void update(DSLContext t, long id, RegistrationForm f, RegistrationStatus status, LocalDateTime now) {
        t.update(COLLECTIVE_REGISTRATION)
                .set(COLLECTIVE_REGISTRATION.TARGET_LEVEL, f.targetLevel().orElse(null))
                .set(COLLECTIVE_REGISTRATION.CONTENT, nz(f.study()))
                .set(COLLECTIVE_REGISTRATION.MODELS, nz(f.pledge()))
                .set(COLLECTIVE_REGISTRATION.REGISTERED_DATE, f.registeredDate().orElse(null))
                .set(COLLECTIVE_REGISTRATION.STATUS, status.name())
                .set(COLLECTIVE_REGISTRATION.RESULTS, nz(f.selfSummary()))
                .set(COLLECTIVE_REGISTRATION.REVIEW_COMMENT, nz(f.review()))
                .set(COLLECTIVE_REGISTRATION.COPIED_FROM_YEAR, status == RegistrationStatus.DRAFT
                        ? COLLECTIVE_REGISTRATION.COPIED_FROM_YEAR : DSL.val((Integer) null))
                .set(COLLECTIVE_REGISTRATION.UPDATED_AT, now)
                .where(COLLECTIVE_REGISTRATION.ID.eq(id)).execute();
        t.deleteFrom(COLLECTIVE_REGISTRATION_ITEM).where(COLLECTIVE_REGISTRATION_ITEM.COLLECTIVE_REGISTRATION_ID.eq(id)).execute();
        insertItems(t, id, f.items());
    }

    public boolean delete(DSLContext t, long id) {
        t.deleteFrom(COLLECTIVE_REGISTRATION_ITEM).where(COLLECTIVE_REGISTRATION_ITEM.COLLECTIVE_REGISTRATION_ID.eq(id)).execute();
        return t.deleteFrom(COLLECTIVE_REGISTRATION).where(COLLECTIVE_REGISTRATION.ID.eq(id)).execute() == 1;
    }

    private void insertItems(DSLContext t, long id, List<RegistrationItem> items) {
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            RegistrationItem i = items.get(k);
            rows.add(new Object[] {id, k + 1, i.content(), nz(i.measure()), i.deadline().orElse(null), nz(i.responsible()),
                code(i.selfResult()), nz(i.selfNote()), code(i.reviewResult()), nz(i.reviewNote())});
        }
        RegistrationRepository.batch(t, t.insertInto(COLLECTIVE_REGISTRATION_ITEM, ITEM_COLS).values(new Object[ITEM_COLS.length]),
                rows);
    }

    private static Object[] values(RegistrationForm f, RegistrationStatus status, Optional<Integer> copiedFrom,
                                   LocalDateTime now) {
        return new Object[] {f.year(), f.subject().id(), f.targetLevel().orElse(null), nz(f.study()), nz(f.pledge()),
            f.registeredDate().orElse(null), status.name(), nz(f.selfSummary()), nz(f.review()), copiedFrom.orElse(null), now,
            now};
    }

    private static RegistrationItem toItem(CollectiveRegistrationItemRecord i) {
        return new RegistrationItem(i.getActionText(), i.getMeasures(), Optional.ofNullable(i.getDeadline()),
                i.getResponsible(), assessment(i.getSelfResult()), i.getSelfNote(), assessment(i.getReviewResult()),
                i.getReviewNote());
    }

    private static Registration toRegistration(CollectiveRegistrationRecord r, List<RegistrationItem> items) {
        RegistrationForm f = new RegistrationForm(Optional.of(r.getId()), r.getWorkYear(), Subject.cell(r.getUnitId()),
                r.getContent(), r.getModels(), Optional.ofNullable(r.getRegisteredDate()), r.getResults(), r.getReviewComment(),
                Optional.ofNullable(r.getTargetLevel()), items);
        return new Registration(r.getId(), f, r.getUnitId(), RegistrationStatus.valueOf(r.getStatus()),
                Optional.ofNullable(r.getCopiedFromYear()), r.getUpdatedAt());
    }
}
