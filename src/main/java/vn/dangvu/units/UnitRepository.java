package vn.dangvu.units;

import static vn.dangvu.db.jooq.Tables.LEADERSHIP_ASSIGNMENT;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.dangvu.common.Text;
import vn.dangvu.db.BatchRows;
import vn.dangvu.db.jooq.tables.records.LeadershipAssignmentRecord;
import vn.dangvu.party.CellType;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;

/// SQL for the unit tree and its leadership (the only writer of party_unit and leadership_assignment); it reads
/// party_member for counts and names. The member moves of a merge are written by the members feature.
public final class UnitRepository {

    private static final List<String> ON_ROLL = MemberStatus.ON_ROLL_NAMES;

    public long insert(DSLContext t, NewUnit u) {
        String name = Text.clean(u.name());
        Integer maxOrder = t.select(DSL.max(PARTY_UNIT.SORT_ORDER)).from(PARTY_UNIT)
                .where(u.parentId().map(PARTY_UNIT.PARENT_ID::eq).orElse(PARTY_UNIT.PARENT_ID.isNull()))
                .fetchOne(0, Integer.class);
        return t.insertInto(PARTY_UNIT)
                .set(PARTY_UNIT.PARENT_ID, u.parentId().orElse(null))
                .set(PARTY_UNIT.KIND, u.kind().name())
                .set(PARTY_UNIT.CELL_TYPE, u.cellType().map(Enum::name).orElse(null))
                .set(PARTY_UNIT.NAME, name)
                .set(PARTY_UNIT.NAME_FOLD, Text.fold(name))
                .set(PARTY_UNIT.ESTABLISHED_DATE, u.establishedDate().orElse(null))
                .set(PARTY_UNIT.ESTABLISHED_DECISION, u.establishedDecision().map(Text::clean).orElse(null))
                .set(PARTY_UNIT.SORT_ORDER, maxOrder == null ? 1 : maxOrder + 1)
                .returningResult(PARTY_UNIT.ID)
                .fetchOne(PARTY_UNIT.ID);
    }

    public List<PartyUnit> all(DSLContext t) {
        return t.selectFrom(PARTY_UNIT).orderBy(PARTY_UNIT.SORT_ORDER, PARTY_UNIT.ID).fetch(UnitRepository::toUnit);
    }

    /// Finds a unit by name regardless of case, spacing, accents typed or Unicode form.
    public Optional<PartyUnit> findByName(DSLContext t, String name) {
        return t.selectFrom(PARTY_UNIT).where(PARTY_UNIT.NAME_FOLD.eq(Text.fold(Text.clean(name))))
                .orderBy(PARTY_UNIT.ID).limit(1).fetchOptional(UnitRepository::toUnit);
    }

    public Optional<PartyUnit> root(DSLContext t) {
        return t.selectFrom(PARTY_UNIT).where(PARTY_UNIT.PARENT_ID.isNull())
                .and(PARTY_UNIT.KIND.eq(UnitKind.COMMUNE_COMMITTEE.name()))
                .orderBy(PARTY_UNIT.ID).limit(1).fetchOptional(UnitRepository::toUnit);
    }

    private static PartyUnit toUnit(Record r) {
        return new PartyUnit(r.get(PARTY_UNIT.ID), Optional.ofNullable(r.get(PARTY_UNIT.PARENT_ID)),
                UnitKind.valueOf(r.get(PARTY_UNIT.KIND)),
                Optional.ofNullable(r.get(PARTY_UNIT.CELL_TYPE)).map(CellType::valueOf), r.get(PARTY_UNIT.NAME),
                Optional.ofNullable(r.get(PARTY_UNIT.ESTABLISHED_DATE)),
                Optional.ofNullable(r.get(PARTY_UNIT.ESTABLISHED_DECISION)),
                Optional.ofNullable(r.get(PARTY_UNIT.DISSOLVED_DATE)), r.get(PARTY_UNIT.SORT_ORDER));
    }

    public Optional<PartyUnit> find(DSLContext t, long id) {
        return t.selectFrom(PARTY_UNIT).where(PARTY_UNIT.ID.eq(id)).fetchOptional(UnitRepository::toUnit);
    }

    public Optional<UnitDetails> details(DSLContext t, long id) {
        Map<Long, int[]> counts = memberCounts(t, List.of(id));
        return t.selectFrom(PARTY_UNIT).where(PARTY_UNIT.ID.eq(id)).fetchOptional(r -> {
            int[] c = counts.getOrDefault(id, new int[2]);
            return new UnitDetails(toUnit(r), Optional.ofNullable(r.getShortCode()),
                    Optional.ofNullable(r.getMeetingSchedule()), Optional.ofNullable(r.getNote()),
                    Optional.ofNullable(r.getDissolvedDecision()), Optional.ofNullable(r.getMergedIntoId()), c[0], c[1]);
        });
    }

    /// True when an active unit other than excludeId under the same parent has this folded name.
    public boolean nameTaken(DSLContext t, Optional<Long> parentId, String name, long excludeId) {
        return t.fetchExists(t.selectOne().from(PARTY_UNIT)
                .where(parentId.map(PARTY_UNIT.PARENT_ID::eq).orElse(PARTY_UNIT.PARENT_ID.isNull()))
                .and(PARTY_UNIT.DISSOLVED_DATE.isNull())
                .and(PARTY_UNIT.ID.ne(excludeId))
                .and(PARTY_UNIT.NAME_FOLD.eq(Text.fold(Text.clean(name)))));
    }

    public void update(DSLContext t, UnitUpdate u, LocalDateTime now) {
        String name = Text.clean(u.name());
        t.update(PARTY_UNIT)
                .set(PARTY_UNIT.NAME, name)
                .set(PARTY_UNIT.NAME_FOLD, Text.fold(name))
                .set(PARTY_UNIT.CELL_TYPE, u.cellType().map(Enum::name).orElse(null))
                .set(PARTY_UNIT.SHORT_CODE, u.shortCode().map(Text::cleanOrNull).orElse(null))
                .set(PARTY_UNIT.ESTABLISHED_DATE, u.establishedDate().orElse(null))
                .set(PARTY_UNIT.ESTABLISHED_DECISION, u.establishedDecision().map(Text::cleanOrNull).orElse(null))
                .set(PARTY_UNIT.MEETING_SCHEDULE, u.meetingSchedule().map(Text::cleanOrNull).orElse(null))
                .set(PARTY_UNIT.NOTE, u.note().map(String::strip).filter(n -> !n.isEmpty()).orElse(null))
                .set(PARTY_UNIT.UPDATED_AT, now)
                .where(PARTY_UNIT.ID.eq(u.id())).execute();
    }

    /// Puts the unit last among the new parent's children.
    public void setParent(DSLContext t, long id, long parentId, LocalDateTime now) {
        Integer maxOrder = t.select(DSL.max(PARTY_UNIT.SORT_ORDER)).from(PARTY_UNIT)
                .where(PARTY_UNIT.PARENT_ID.eq(parentId)).fetchOne(0, Integer.class);
        t.update(PARTY_UNIT).set(PARTY_UNIT.PARENT_ID, parentId)
                .set(PARTY_UNIT.SORT_ORDER, maxOrder == null ? 1 : maxOrder + 1)
                .set(PARTY_UNIT.UPDATED_AT, now)
                .where(PARTY_UNIT.ID.eq(id)).execute();
    }

    public void dissolve(DSLContext t, long id, LocalDate date, Optional<String> decision, Optional<Long> mergedInto,
                         LocalDateTime now) {
        t.update(PARTY_UNIT).set(PARTY_UNIT.DISSOLVED_DATE, date)
                .set(PARTY_UNIT.DISSOLVED_DECISION, decision.map(Text::cleanOrNull).orElse(null))
                .set(PARTY_UNIT.MERGED_INTO_ID, mergedInto.orElse(null))
                .set(PARTY_UNIT.UPDATED_AT, now)
                .where(PARTY_UNIT.ID.eq(id)).execute();
    }

    public int countOnRoll(DSLContext t, long unitId) {
        return t.fetchCount(PARTY_MEMBER, PARTY_MEMBER.UNIT_ID.eq(unitId).and(PARTY_MEMBER.STATUS.in(ON_ROLL)));
    }

    public int countActiveChildren(DSLContext t, long unitId) {
        return t.fetchCount(PARTY_UNIT, PARTY_UNIT.PARENT_ID.eq(unitId).and(PARTY_UNIT.DISSOLVED_DATE.isNull()));
    }

    /// Map unit id -> {full members, probationary members} on the roll; all units when unitIds is empty.
    public Map<Long, int[]> memberCounts(DSLContext t, Collection<Long> unitIds) {
        Map<Long, int[]> out = new HashMap<>();
        var q = t.select(PARTY_MEMBER.UNIT_ID, PARTY_MEMBER.STATUS, DSL.count()).from(PARTY_MEMBER)
                .where(PARTY_MEMBER.STATUS.in(ON_ROLL)).and(PARTY_MEMBER.UNIT_ID.isNotNull())
                .and(unitIds.isEmpty() ? DSL.noCondition() : PARTY_MEMBER.UNIT_ID.in(unitIds))
                .groupBy(PARTY_MEMBER.UNIT_ID, PARTY_MEMBER.STATUS);
        for (var r : q.fetch()) {
            int[] c = out.computeIfAbsent(r.value1(), k -> new int[2]);
            c[MemberStatus.PROBATIONARY.name().equals(r.value2()) ? 1 : 0] += r.value3();
        }
        return out;
    }

    /// Members on the roll of the given units, in name order.
    public List<UnitMemberRef> membersOf(DSLContext t, Collection<Long> unitIds) {
        return t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_UNIT.NAME).from(PARTY_MEMBER)
                .join(PARTY_UNIT).on(PARTY_UNIT.ID.eq(PARTY_MEMBER.UNIT_ID))
                .where(PARTY_MEMBER.UNIT_ID.in(unitIds)).and(PARTY_MEMBER.STATUS.in(ON_ROLL))
                .orderBy(PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.ID)
                .fetch(r -> new UnitMemberRef(r.value1(), r.value2(), r.value3()));
    }

    /// Leadership rows of one unit, or of all units when unitId is empty; newest first.
    public List<LeaderAssignment> leaders(DSLContext t, Optional<Long> unitId) {
        return t.select(LEADERSHIP_ASSIGNMENT.asterisk(), PARTY_MEMBER.FULL_NAME).from(LEADERSHIP_ASSIGNMENT)
                .join(PARTY_MEMBER).on(PARTY_MEMBER.ID.eq(LEADERSHIP_ASSIGNMENT.MEMBER_ID))
                .where(unitId.map(LEADERSHIP_ASSIGNMENT.UNIT_ID::eq).orElse(DSL.noCondition()))
                .orderBy(LEADERSHIP_ASSIGNMENT.FROM_DATE.desc(), LEADERSHIP_ASSIGNMENT.ID.desc())
                .fetch(UnitRepository::toLeader);
    }

    public Optional<LeaderAssignment> leader(DSLContext t, long id) {
        return t.select(LEADERSHIP_ASSIGNMENT.asterisk(), PARTY_MEMBER.FULL_NAME).from(LEADERSHIP_ASSIGNMENT)
                .join(PARTY_MEMBER).on(PARTY_MEMBER.ID.eq(LEADERSHIP_ASSIGNMENT.MEMBER_ID))
                .where(LEADERSHIP_ASSIGNMENT.ID.eq(id)).fetchOptional(UnitRepository::toLeader);
    }

    public Optional<String> memberName(DSLContext t, long memberId) {
        return t.select(PARTY_MEMBER.FULL_NAME).from(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(memberId))
                .fetchOptional(PARTY_MEMBER.FULL_NAME);
    }

    public long insertLeader(DSLContext t, NewLeader l) {
        return t.insertInto(LEADERSHIP_ASSIGNMENT)
                .set(LEADERSHIP_ASSIGNMENT.UNIT_ID, l.unitId())
                .set(LEADERSHIP_ASSIGNMENT.MEMBER_ID, l.memberId().orElseThrow())
                .set(LEADERSHIP_ASSIGNMENT.LEADER_ROLE, l.role().name())
                .set(LEADERSHIP_ASSIGNMENT.FROM_DATE, l.from().orElseThrow())
                .set(LEADERSHIP_ASSIGNMENT.TO_DATE, l.to().orElse(null))
                .set(LEADERSHIP_ASSIGNMENT.TERM_LABEL, l.termLabel().map(Text::cleanOrNull).orElse(null))
                .set(LEADERSHIP_ASSIGNMENT.TERM_END_DATE, l.termEnd().orElse(null))
                .set(LEADERSHIP_ASSIGNMENT.DECISION_NO, l.decisionNo().map(Text::cleanOrNull).orElse(null))
                .returningResult(LEADERSHIP_ASSIGNMENT.ID).fetchOne(LEADERSHIP_ASSIGNMENT.ID);
    }

    private static final Field<?>[] LEADER = {LEADERSHIP_ASSIGNMENT.UNIT_ID, LEADERSHIP_ASSIGNMENT.MEMBER_ID,
        LEADERSHIP_ASSIGNMENT.LEADER_ROLE, LEADERSHIP_ASSIGNMENT.FROM_DATE, LEADERSHIP_ASSIGNMENT.TO_DATE,
        LEADERSHIP_ASSIGNMENT.TERM_LABEL, LEADERSHIP_ASSIGNMENT.TERM_END_DATE, LEADERSHIP_ASSIGNMENT.DECISION_NO};

    /// Inserts leadership assignments of a bulk load in one jOOQ batch; returns how many.
    public int insertLeaders(DSLContext t, List<NewLeader> leaders) {
        return BatchRows.insert(t, t.insertInto(LEADERSHIP_ASSIGNMENT, LEADER).values(new Object[LEADER.length]),
                leaders.stream().map(l -> {
                    LeadershipAssignmentRecord r = new LeadershipAssignmentRecord();
                    r.setUnitId(l.unitId());
                    r.setMemberId(l.memberId().orElseThrow());
                    r.setLeaderRole(l.role().name());
                    r.setFromDate(l.from().orElseThrow());
                    r.setToDate(l.to().orElse(null));
                    r.setTermLabel(l.termLabel().map(Text::cleanOrNull).orElse(null));
                    r.setTermEndDate(l.termEnd().orElse(null));
                    r.setDecisionNo(l.decisionNo().map(Text::cleanOrNull).orElse(null));
                    return r;
                }).toList(), LEADER);
    }

    public void endLeader(DSLContext t, long id, LocalDate to) {
        t.update(LEADERSHIP_ASSIGNMENT).set(LEADERSHIP_ASSIGNMENT.TO_DATE, to)
                .where(LEADERSHIP_ASSIGNMENT.ID.eq(id)).execute();
    }

    /// Ends every assignment of the unit still open on date (a dissolved or merged unit has no leaders after it).
    public void endOpenLeaders(DSLContext t, long unitId, LocalDate date) {
        t.update(LEADERSHIP_ASSIGNMENT).set(LEADERSHIP_ASSIGNMENT.TO_DATE, date)
                .where(LEADERSHIP_ASSIGNMENT.UNIT_ID.eq(unitId))
                .and(LEADERSHIP_ASSIGNMENT.TO_DATE.isNull().or(LEADERSHIP_ASSIGNMENT.TO_DATE.gt(date)))
                .and(LEADERSHIP_ASSIGNMENT.FROM_DATE.le(date)).execute();
    }

    public void deleteLeader(DSLContext t, long id) {
        t.deleteFrom(LEADERSHIP_ASSIGNMENT).where(LEADERSHIP_ASSIGNMENT.ID.eq(id)).execute();
    }


    private static LeaderAssignment toLeader(Record r) {
        return new LeaderAssignment(r.get(LEADERSHIP_ASSIGNMENT.ID), r.get(LEADERSHIP_ASSIGNMENT.UNIT_ID),
                r.get(LEADERSHIP_ASSIGNMENT.MEMBER_ID), r.get(PARTY_MEMBER.FULL_NAME),
                UnitRules.LeaderRole.valueOf(r.get(LEADERSHIP_ASSIGNMENT.LEADER_ROLE)),
                r.get(LEADERSHIP_ASSIGNMENT.FROM_DATE), Optional.ofNullable(r.get(LEADERSHIP_ASSIGNMENT.TO_DATE)),
                Optional.ofNullable(r.get(LEADERSHIP_ASSIGNMENT.TERM_LABEL)),
                Optional.ofNullable(r.get(LEADERSHIP_ASSIGNMENT.TERM_END_DATE)),
                Optional.ofNullable(r.get(LEADERSHIP_ASSIGNMENT.DECISION_NO)));
    }
}
