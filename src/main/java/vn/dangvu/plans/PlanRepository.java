package vn.dangvu.plans;

import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;
import static vn.dangvu.db.jooq.Tables.PLANNED_ACTIVITY;
import static vn.dangvu.db.jooq.Tables.WORKING_YEAR;
import static vn.dangvu.db.jooq.Tables.YEAR_PLAN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

import vn.dangvu.common.Text;
import vn.dangvu.db.jooq.tables.records.PlannedActivityRecord;
import vn.dangvu.party.UnitKind;

/// The only writer of year_plan and planned_activity; reads the unit tree (cells, their meeting schedule).
public final class PlanRepository {

    private static final String CLOSED = "CLOSED";

    public Optional<YearPlan> plan(DSLContext t, int year) {
        return t.selectFrom(YEAR_PLAN).where(YEAR_PLAN.WORK_YEAR.eq(year)).orderBy(YEAR_PLAN.ID).limit(1)
                .fetchOptional(r -> new YearPlan(r.getId(), r.getWorkYear(), r.getTitle(), Optional.ofNullable(r.getSummary()),
                        Optional.ofNullable(r.getDocumentNo()), Optional.ofNullable(r.getDocumentDate())));
    }

    public long insertPlan(DSLContext t, int year, long rootUnit, String title, LocalDateTime now) {
        return t.insertInto(YEAR_PLAN).set(YEAR_PLAN.WORK_YEAR, year).set(YEAR_PLAN.UNIT_ID, rootUnit)
                .set(YEAR_PLAN.TITLE, title).set(YEAR_PLAN.CREATED_AT, now).set(YEAR_PLAN.UPDATED_AT, now)
                .returningResult(YEAR_PLAN.ID).fetchOne(YEAR_PLAN.ID);
    }

    public void setDocument(DSLContext t, long planId, long numberId, String numberText, LocalDate date, String summary,
                            LocalDateTime now) {
        t.update(YEAR_PLAN).set(YEAR_PLAN.DOCUMENT_NUMBER_ID, numberId).set(YEAR_PLAN.DOCUMENT_NO, numberText)
                .set(YEAR_PLAN.DOCUMENT_DATE, date).set(YEAR_PLAN.SUMMARY, summary).set(YEAR_PLAN.UPDATED_AT, now)
                .where(YEAR_PLAN.ID.eq(planId)).execute();
    }

    public void setSummary(DSLContext t, long planId, String summary, LocalDateTime now) {
        t.update(YEAR_PLAN).set(YEAR_PLAN.SUMMARY, summary).set(YEAR_PLAN.UPDATED_AT, now)
                .where(YEAR_PLAN.ID.eq(planId)).execute();
    }

    /// The root of the unit tree (the commune committee), whose plan this is.
    public Optional<Long> rootUnit(DSLContext t) {
        return t.select(PARTY_UNIT.ID).from(PARTY_UNIT).where(PARTY_UNIT.PARENT_ID.isNull())
                .and(PARTY_UNIT.KIND.eq(UnitKind.COMMUNE_COMMITTEE.name())).orderBy(PARTY_UNIT.ID).limit(1)
                .fetchOptional(PARTY_UNIT.ID);
    }

    /// The active cells in tree order, with the day their schedule names.
    public List<PlanRules.Cell> activeCells(DSLContext t) {
        return t.select(PARTY_UNIT.ID, PARTY_UNIT.NAME, PARTY_UNIT.MEETING_SCHEDULE).from(PARTY_UNIT)
                .where(PARTY_UNIT.KIND.in(UnitKind.GRASSROOTS_CELL.name(), UnitKind.SUBORDINATE_CELL.name()))
                .and(PARTY_UNIT.DISSOLVED_DATE.isNull())
                .orderBy(PARTY_UNIT.SORT_ORDER, PARTY_UNIT.ID)
                .fetch(r -> new PlanRules.Cell(r.value1(), r.value2(), PlanRules.meetingDay(Optional.ofNullable(r.value3()))));
    }

    /// The units not dissolved (any kind).
    public Set<Long> activeUnits(DSLContext t) {
        return new HashSet<>(t.select(PARTY_UNIT.ID).from(PARTY_UNIT).where(PARTY_UNIT.DISSOLVED_DATE.isNull())
                .fetch(PARTY_UNIT.ID));
    }

    public Optional<String> meetingSchedule(DSLContext t, long unitId) {
        return t.select(PARTY_UNIT.MEETING_SCHEDULE).from(PARTY_UNIT).where(PARTY_UNIT.ID.eq(unitId))
                .fetchOptional(PARTY_UNIT.MEETING_SCHEDULE);
    }

    public Optional<UnitKind> unitKind(DSLContext t, long unitId) {
        return t.select(PARTY_UNIT.KIND).from(PARTY_UNIT).where(PARTY_UNIT.ID.eq(unitId)).fetchOptional(PARTY_UNIT.KIND)
                .map(UnitKind::valueOf);
    }

    /// The activities of a year by date, then kind, then unit.
    public List<Activity> activities(DSLContext t, int year) {
        return select(t).where(YEAR_PLAN.WORK_YEAR.eq(year))
                .orderBy(PLANNED_ACTIVITY.ACTIVITY_DATE, PLANNED_ACTIVITY.ACTIVITY_KIND, PARTY_UNIT.SORT_ORDER,
                        PLANNED_ACTIVITY.ID)
                .fetch(PlanRepository::toActivity);
    }

    public Optional<Activity> activity(DSLContext t, long id) {
        return select(t).where(PLANNED_ACTIVITY.ID.eq(id)).fetchOptional(PlanRepository::toActivity);
    }

    /// Planned activities whose last day is before `today`, of years not closed, oldest first.
    public List<Activity> overdue(DSLContext t, LocalDate today) {
        return select(t).join(WORKING_YEAR).on(WORKING_YEAR.WORK_YEAR.eq(YEAR_PLAN.WORK_YEAR))
                .where(WORKING_YEAR.STATUS.ne(CLOSED))
                .and(PLANNED_ACTIVITY.STATUS.eq(ActivityStatus.PLANNED.name()))
                .and(DSL.coalesce(PLANNED_ACTIVITY.END_DATE, PLANNED_ACTIVITY.ACTIVITY_DATE).lt(today))
                .orderBy(PLANNED_ACTIVITY.ACTIVITY_DATE, PARTY_UNIT.SORT_ORDER, PLANNED_ACTIVITY.ID)
                .fetch(PlanRepository::toActivity);
    }

    /// The cell's meeting activities dated in the month of `day`.
    public List<Long> cellMeetings(DSLContext t, long unitId, LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return t.select(PLANNED_ACTIVITY.ID).from(PLANNED_ACTIVITY)
                .where(PLANNED_ACTIVITY.UNIT_ID.eq(unitId))
                .and(PLANNED_ACTIVITY.ACTIVITY_KIND.eq(ActivityKind.CELL_MEETING.name()))
                .and(PLANNED_ACTIVITY.ACTIVITY_DATE.between(first, first.plusMonths(1).minusDays(1)))
                .orderBy(PLANNED_ACTIVITY.ID).fetch(PLANNED_ACTIVITY.ID);
    }

    public long insert(DSLContext t, long planId, ActivityInput a) {
        return t.insertInto(PLANNED_ACTIVITY).set(values(t.newRecord(PLANNED_ACTIVITY), planId, a))
                .returningResult(PLANNED_ACTIVITY.ID).fetchOne(PLANNED_ACTIVITY.ID);
    }

    /// Many activities in one jOOQ batch (a new year's plan, the demo).
    public void insertAll(DSLContext t, long planId, List<ActivityInput> all) {
        t.batchInsert(all.stream().map(a -> values(t.newRecord(PLANNED_ACTIVITY), planId, a)).toList()).execute();
    }

    public void update(DSLContext t, long id, ActivityInput a) {
        t.update(PLANNED_ACTIVITY)
                .set(PLANNED_ACTIVITY.ACTIVITY_DATE, a.date())
                .set(PLANNED_ACTIVITY.END_DATE, a.endDate().orElse(null))
                .set(PLANNED_ACTIVITY.ACTIVITY_KIND, a.kind().name())
                .set(PLANNED_ACTIVITY.TITLE, Text.clean(a.title()))
                .set(PLANNED_ACTIVITY.TOPIC, a.topic().map(Text::cleanOrNull).orElse(null))
                .set(PLANNED_ACTIVITY.UNIT_ID, a.unitId().orElse(null))
                .set(PLANNED_ACTIVITY.RESPONSIBLE, a.responsible().map(Text::cleanOrNull).orElse(null))
                .set(PLANNED_ACTIVITY.NOTE, a.note().map(Text::cleanOrNull).orElse(null))
                .where(PLANNED_ACTIVITY.ID.eq(id)).execute();
    }

    public void setDone(DSLContext t, long id, LocalDate day, Optional<String> result) {
        t.update(PLANNED_ACTIVITY).set(PLANNED_ACTIVITY.STATUS, ActivityStatus.DONE.name())
                .set(PLANNED_ACTIVITY.DONE_DATE, day)
                .set(PLANNED_ACTIVITY.RESULT_TEXT, result.map(Text::cleanOrNull).orElse(null))
                .set(PLANNED_ACTIVITY.POSTPONE_REASON, (String) null)
                .where(PLANNED_ACTIVITY.ID.eq(id)).execute();
    }

    /// Postponed with the reason; a new date moves the activity (its end date keeps its length).
    public void setPostponed(DSLContext t, long id, String reason, Optional<LocalDate> date, Optional<LocalDate> end) {
        var u = t.update(PLANNED_ACTIVITY).set(PLANNED_ACTIVITY.STATUS, ActivityStatus.POSTPONED.name())
                .set(PLANNED_ACTIVITY.POSTPONE_REASON, Text.clean(reason))
                .set(PLANNED_ACTIVITY.DONE_DATE, (LocalDate) null)
                .set(PLANNED_ACTIVITY.RESULT_TEXT, (String) null);
        if (date.isPresent()) {
            u = u.set(PLANNED_ACTIVITY.ACTIVITY_DATE, date.get()).set(PLANNED_ACTIVITY.END_DATE, end.orElse(null));
        }
        u.where(PLANNED_ACTIVITY.ID.eq(id)).execute();
    }

    public void setPlanned(DSLContext t, long id) {
        t.update(PLANNED_ACTIVITY).set(PLANNED_ACTIVITY.STATUS, ActivityStatus.PLANNED.name())
                .set(PLANNED_ACTIVITY.DONE_DATE, (LocalDate) null).set(PLANNED_ACTIVITY.RESULT_TEXT, (String) null)
                .set(PLANNED_ACTIVITY.POSTPONE_REASON, (String) null)
                .where(PLANNED_ACTIVITY.ID.eq(id)).execute();
    }

    public void delete(DSLContext t, long id) {
        t.deleteFrom(PLANNED_ACTIVITY).where(PLANNED_ACTIVITY.ID.eq(id)).execute();
    }

    private static PlannedActivityRecord values(PlannedActivityRecord r, long planId, ActivityInput a) {
        r.setPlanId(planId);
        r.setActivityDate(a.date());
        r.setEndDate(a.endDate().orElse(null));
        r.setActivityKind(a.kind().name());
        r.setTitle(Text.clean(a.title()));
        r.setTopic(a.topic().map(Text::cleanOrNull).orElse(null));
        r.setUnitId(a.unitId().orElse(null));
        r.setResponsible(a.responsible().map(Text::cleanOrNull).orElse(null));
        r.setNote(a.note().map(Text::cleanOrNull).orElse(null));
        r.setStatus(ActivityStatus.PLANNED.name());
        return r;
    }

    private static SelectOnConditionStep<Record> select(DSLContext t) {
        return t.select(PLANNED_ACTIVITY.asterisk(), YEAR_PLAN.WORK_YEAR, PARTY_UNIT.NAME).from(PLANNED_ACTIVITY)
                .join(YEAR_PLAN).on(YEAR_PLAN.ID.eq(PLANNED_ACTIVITY.PLAN_ID))
                .leftJoin(PARTY_UNIT).on(PARTY_UNIT.ID.eq(PLANNED_ACTIVITY.UNIT_ID));
    }

    private static Activity toActivity(Record r) {
        return new Activity(r.get(PLANNED_ACTIVITY.ID), r.get(YEAR_PLAN.WORK_YEAR), r.get(PLANNED_ACTIVITY.ACTIVITY_DATE),
                Optional.ofNullable(r.get(PLANNED_ACTIVITY.END_DATE)), ActivityKind.valueOf(r.get(PLANNED_ACTIVITY.ACTIVITY_KIND)),
                r.get(PLANNED_ACTIVITY.TITLE), Optional.ofNullable(r.get(PLANNED_ACTIVITY.TOPIC)),
                Optional.ofNullable(r.get(PLANNED_ACTIVITY.UNIT_ID)), Optional.ofNullable(r.get(PARTY_UNIT.NAME)),
                Optional.ofNullable(r.get(PLANNED_ACTIVITY.RESPONSIBLE)),
                ActivityStatus.valueOf(r.get(PLANNED_ACTIVITY.STATUS)), Optional.ofNullable(r.get(PLANNED_ACTIVITY.DONE_DATE)),
                Optional.ofNullable(r.get(PLANNED_ACTIVITY.RESULT_TEXT)),
                Optional.ofNullable(r.get(PLANNED_ACTIVITY.POSTPONE_REASON)), Optional.ofNullable(r.get(PLANNED_ACTIVITY.NOTE)));
    }
}
