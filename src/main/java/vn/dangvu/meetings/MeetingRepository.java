package vn.dangvu.meetings;

import static vn.dangvu.db.jooq.Tables.CELL_MEETING;
import static vn.dangvu.db.jooq.Tables.MEETING_ATTENDANCE;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;
import static vn.dangvu.db.jooq.Tables.WORKING_YEAR;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.dangvu.common.Text;
import vn.dangvu.db.jooq.tables.records.CellMeetingRecord;
import vn.dangvu.db.jooq.tables.records.MeetingAttendanceRecord;
import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;

/// The only writer of cell_meeting and meeting_attendance; reads members, their events and units.
public final class MeetingRepository {

    private static final String CLOSED = "CLOSED";

    /// A unit as a meeting needs it.
    public record Unit(long id, String name, UnitKind kind, Optional<LocalDate> dissolved, Optional<LocalDate> established) {
    }

    /// A member's name and today's cell.
    public record Person(long id, String fullName, String unitName) {
    }

    /// One attendance line with its meeting's day, for the yearly counts and the runs.
    public record Line(long memberId, long meetingId, LocalDate heldOn, MeetingKind kind, Attendance attendance) {
    }

    public Optional<Unit> unit(DSLContext t, long id) {
        return t.select(PARTY_UNIT.ID, PARTY_UNIT.NAME, PARTY_UNIT.KIND, PARTY_UNIT.DISSOLVED_DATE, PARTY_UNIT.ESTABLISHED_DATE)
                .from(PARTY_UNIT).where(PARTY_UNIT.ID.eq(id))
                .fetchOptional(r -> new Unit(r.value1(), r.value2(), UnitKind.valueOf(r.value3()), Optional.ofNullable(r.value4()),
                        Optional.ofNullable(r.value5())));
    }

    /// Members in the cell now, or moved out of (or into) it after `day`, in Vietnamese name order.
    public List<MeetingRules.Candidate> candidates(DSLContext t, long unitId, LocalDate day) {
        var moved = DSL.select(MEMBERSHIP_EVENT.MEMBER_ID).from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.EVENT_DATE.gt(day))
                .and(MEMBERSHIP_EVENT.FROM_UNIT_ID.eq(unitId).or(MEMBERSHIP_EVENT.TO_UNIT_ID.eq(unitId)));
        return t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.UNIT_ID, PARTY_MEMBER.STATUS)
                .from(PARTY_MEMBER).where(PARTY_MEMBER.UNIT_ID.eq(unitId).or(PARTY_MEMBER.ID.in(moved)))
                .orderBy(PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.ID)
                .fetch(r -> new MeetingRules.Candidate(r.value1(), r.value2(), r.value3(), r.value4(), MemberStatus.valueOf(r.value5())));
    }

    /// The events after `day` of the members named.
    public List<MeetingRules.Change> changesAfter(DSLContext t, Collection<Long> members, LocalDate day) {
        return t.select(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.ID, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.EVENT_TYPE,
                        MEMBERSHIP_EVENT.FROM_UNIT_ID, MEMBERSHIP_EVENT.STATUS_BEFORE)
                .from(MEMBERSHIP_EVENT).where(MEMBERSHIP_EVENT.MEMBER_ID.in(members)).and(MEMBERSHIP_EVENT.EVENT_DATE.gt(day))
                .fetch(r -> new MeetingRules.Change(r.value1(), r.value2(), r.value3(), EventType.valueOf(r.value4()), r.value5(),
                        r.value6() == null ? null : MemberStatus.valueOf(r.value6())));
    }

    public Map<Long, String> names(DSLContext t, Collection<Long> members) {
        return t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME).from(PARTY_MEMBER).where(PARTY_MEMBER.ID.in(members))
                .fetchMap(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME);
    }

    /// The meeting holding a cell's slot (REGULAR, THEMATIC) of a month, if any.
    public Optional<Long> inSlot(DSLContext t, long unitId, YearMonth month, String slot) {
        return t.select(CELL_MEETING.ID).from(CELL_MEETING).where(CELL_MEETING.UNIT_ID.eq(unitId))
                .and(CELL_MEETING.WORK_YEAR.eq(month.getYear())).and(CELL_MEETING.MEETING_MONTH.eq(month.getMonthValue()))
                .and(CELL_MEETING.SLOT.eq(slot)).fetchOptional(CELL_MEETING.ID);
    }

    public Optional<Meeting> meeting(DSLContext t, long id) {
        return meetings(t, CELL_MEETING.ID.eq(id)).stream().findFirst();
    }

    /// The meetings of a year (of one cell, or all), by cell order then day.
    public List<Meeting> meetings(DSLContext t, int year, Optional<Long> unitId) {
        return meetings(t, CELL_MEETING.WORK_YEAR.eq(year).and(unitId.map(CELL_MEETING.UNIT_ID::eq).orElse(DSL.noCondition())));
    }

    /// The meetings of a cell and month.
    public List<Meeting> meetings(DSLContext t, long unitId, YearMonth month) {
        return meetings(t, CELL_MEETING.UNIT_ID.eq(unitId).and(CELL_MEETING.WORK_YEAR.eq(month.getYear()))
                .and(CELL_MEETING.MEETING_MONTH.eq(month.getMonthValue())));
    }

    private List<Meeting> meetings(DSLContext t, Condition where) {
        Field<Integer> expected = DSL.count(MEETING_ATTENDANCE.MEMBER_ID);
        Field<Integer> present = count(Attendance.PRESENT);
        Field<Integer> excused = count(Attendance.ABSENT_EXCUSED);
        Field<Integer> unexcused = count(Attendance.ABSENT_UNEXCUSED);
        return t.select(CELL_MEETING.asterisk(), PARTY_UNIT.NAME, PARTY_UNIT.SORT_ORDER, expected, present, excused, unexcused)
                .from(CELL_MEETING).join(PARTY_UNIT).on(PARTY_UNIT.ID.eq(CELL_MEETING.UNIT_ID))
                .leftJoin(MEETING_ATTENDANCE).on(MEETING_ATTENDANCE.MEETING_ID.eq(CELL_MEETING.ID))
                .where(where)
                .groupBy(groupFields())
                .orderBy(PARTY_UNIT.SORT_ORDER, CELL_MEETING.UNIT_ID, CELL_MEETING.HELD_ON, CELL_MEETING.ID)
                .fetch(r -> toMeeting(r, r.get(expected), r.get(present), r.get(excused), r.get(unexcused)));
    }

    private static List<Field<?>> groupFields() {
        List<Field<?>> out = new ArrayList<>(List.of(CELL_MEETING.fields()));
        out.add(PARTY_UNIT.NAME);
        out.add(PARTY_UNIT.SORT_ORDER);
        return out;
    }

    private static Field<Integer> count(Attendance a) {
        return DSL.sum(DSL.when(MEETING_ATTENDANCE.ATTENDANCE.eq(a.name()), 1).otherwise(0)).cast(Integer.class);
    }

    /// The lines of a meeting in Vietnamese name order.
    public List<AttendanceEntry> attendance(DSLContext t, long meetingId) {
        return t.select(MEETING_ATTENDANCE.asterisk()).from(MEETING_ATTENDANCE)
                .join(PARTY_MEMBER).on(PARTY_MEMBER.ID.eq(MEETING_ATTENDANCE.MEMBER_ID))
                .where(MEETING_ATTENDANCE.MEETING_ID.eq(meetingId)).orderBy(PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.ID)
                .fetch(r -> new AttendanceEntry(r.get(MEETING_ATTENDANCE.MEMBER_ID),
                        Attendance.valueOf(r.get(MEETING_ATTENDANCE.ATTENDANCE)), Optional.ofNullable(r.get(MEETING_ATTENDANCE.REASON)),
                        r.get(MEETING_ATTENDANCE.DUES_UNPAID)));
    }

    public long insert(DSLContext t, MeetingInput in, LocalDateTime now) {
        CellMeetingRecord r = values(t.newRecord(CELL_MEETING), in, now);
        r.setCreatedAt(now);
        r.insert();
        return r.getId();
    }

    public void update(DSLContext t, long id, MeetingInput in, LocalDateTime now) {
        CellMeetingRecord r = values(t.newRecord(CELL_MEETING), in, now);
        t.update(CELL_MEETING).set(r).where(CELL_MEETING.ID.eq(id)).execute();
    }

    /// Replaces a meeting's lines (one jOOQ batch).
    public void replaceAttendance(DSLContext t, long meetingId, List<AttendanceEntry> lines) {
        t.deleteFrom(MEETING_ATTENDANCE).where(MEETING_ATTENDANCE.MEETING_ID.eq(meetingId)).execute();
        t.batchInsert(lines.stream().map(e -> line(t, meetingId, e)).toList()).execute();
    }

    public void delete(DSLContext t, long id) {
        t.deleteFrom(MEETING_ATTENDANCE).where(MEETING_ATTENDANCE.MEETING_ID.eq(id)).execute();
        t.deleteFrom(CELL_MEETING).where(CELL_MEETING.ID.eq(id)).execute();
    }

    /// Every line of the meetings held in a year, by member then day.
    public List<Line> lines(DSLContext t, int year) {
        return lines(t, CELL_MEETING.WORK_YEAR.eq(year));
    }

    /// The lines of meetings held from `since` on, in years not closed, of members on the roll today.
    public List<Line> recentLines(DSLContext t, LocalDate since) {
        return lines(t, CELL_MEETING.HELD_ON.ge(since)
                .and(CELL_MEETING.WORK_YEAR.in(DSL.select(WORKING_YEAR.WORK_YEAR).from(WORKING_YEAR)
                        .where(WORKING_YEAR.STATUS.ne(CLOSED))))
                .and(MEETING_ATTENDANCE.MEMBER_ID.in(DSL.select(PARTY_MEMBER.ID).from(PARTY_MEMBER)
                        .where(PARTY_MEMBER.STATUS.in(MemberStatus.ON_ROLL_NAMES)))));
    }

    private List<Line> lines(DSLContext t, Condition where) {
        return t.select(MEETING_ATTENDANCE.MEMBER_ID, CELL_MEETING.ID, CELL_MEETING.HELD_ON, CELL_MEETING.MEETING_KIND,
                        MEETING_ATTENDANCE.ATTENDANCE)
                .from(MEETING_ATTENDANCE).join(CELL_MEETING).on(CELL_MEETING.ID.eq(MEETING_ATTENDANCE.MEETING_ID))
                .where(where).orderBy(MEETING_ATTENDANCE.MEMBER_ID, CELL_MEETING.HELD_ON, CELL_MEETING.ID)
                .fetch(r -> new Line(r.value1(), r.value2(), r.value3(), MeetingKind.valueOf(r.value4()),
                        Attendance.valueOf(r.value5())));
    }

    /// Members on the roll today with months of unpaid dues in a year not closed: member, name, cell, year, months.
    public List<MeetingReminders.UnpaidDues> unpaidDues(DSLContext t, int atLeast) {
        Field<Integer> months = DSL.countDistinct(CELL_MEETING.MEETING_MONTH);
        return t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_UNIT.NAME, CELL_MEETING.WORK_YEAR, months)
                .from(MEETING_ATTENDANCE).join(CELL_MEETING).on(CELL_MEETING.ID.eq(MEETING_ATTENDANCE.MEETING_ID))
                .join(PARTY_MEMBER).on(PARTY_MEMBER.ID.eq(MEETING_ATTENDANCE.MEMBER_ID))
                .leftJoin(PARTY_UNIT).on(PARTY_UNIT.ID.eq(PARTY_MEMBER.UNIT_ID))
                .join(WORKING_YEAR).on(WORKING_YEAR.WORK_YEAR.eq(CELL_MEETING.WORK_YEAR))
                .where(MEETING_ATTENDANCE.DUES_UNPAID.isTrue()).and(WORKING_YEAR.STATUS.ne(CLOSED))
                .and(PARTY_MEMBER.STATUS.in(MemberStatus.ON_ROLL_NAMES))
                .groupBy(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_UNIT.NAME, CELL_MEETING.WORK_YEAR, PARTY_MEMBER.SORT_KEY)
                .having(months.ge(atLeast))
                .orderBy(CELL_MEETING.WORK_YEAR, PARTY_MEMBER.SORT_KEY)
                .fetch(r -> new MeetingReminders.UnpaidDues(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /// Name and today's cell of members, in Vietnamese name order.
    public List<Person> people(DSLContext t, Collection<Long> members) {
        return t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_UNIT.NAME).from(PARTY_MEMBER)
                .leftJoin(PARTY_UNIT).on(PARTY_UNIT.ID.eq(PARTY_MEMBER.UNIT_ID))
                .where(PARTY_MEMBER.ID.in(members)).orderBy(PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.ID)
                .fetch(r -> new Person(r.value1(), r.value2(), r.value3()));
    }

    private static CellMeetingRecord values(CellMeetingRecord r, MeetingInput in, LocalDateTime now) {
        r.setUnitId(in.unitId());
        r.setWorkYear(in.month().getYear());
        r.setMeetingMonth(in.month().getMonthValue());
        r.setMeetingKind(in.kind().name());
        r.setSlot(in.kind().slot());
        r.setHeldOn(in.heldOn());
        r.setStartTime(in.start().orElse(null));
        r.setEndTime(in.end().orElse(null));
        r.setTopic(in.topic().map(Text::cleanOrNull).orElse(null));
        r.setNote(in.note().map(Text::cleanOrNull).orElse(null));
        r.setUpdatedAt(now);
        return r;
    }

    private static MeetingAttendanceRecord line(DSLContext t, long meetingId, AttendanceEntry e) {
        MeetingAttendanceRecord r = t.newRecord(MEETING_ATTENDANCE);
        r.setMeetingId(meetingId);
        r.setMemberId(e.memberId());
        r.setAttendance(e.attendance().name());
        r.setReason(e.reason().map(Text::cleanOrNull).orElse(null));
        r.setDuesUnpaid(e.duesUnpaid());
        return r;
    }

    private static Meeting toMeeting(Record r, Integer expected, Integer present, Integer excused, Integer unexcused) {
        return new Meeting(r.get(CELL_MEETING.ID), r.get(CELL_MEETING.UNIT_ID), r.get(PARTY_UNIT.NAME),
                YearMonth.of(r.get(CELL_MEETING.WORK_YEAR), r.get(CELL_MEETING.MEETING_MONTH)),
                MeetingKind.valueOf(r.get(CELL_MEETING.MEETING_KIND)), r.get(CELL_MEETING.HELD_ON),
                Optional.ofNullable(r.get(CELL_MEETING.START_TIME)), Optional.ofNullable(r.get(CELL_MEETING.END_TIME)),
                Optional.ofNullable(r.get(CELL_MEETING.TOPIC)), Optional.ofNullable(r.get(CELL_MEETING.NOTE)),
                n(expected), n(present), n(excused), n(unexcused));
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }
}
