package vn.dangvu.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.TestCommune;
import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.common.AppException;
import vn.dangvu.party.EventType;
import vn.dangvu.plans.Activity;
import vn.dangvu.plans.ActivityKind;
import vn.dangvu.plans.ActivityStatus;

class MeetingServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate LONG_AGO = LocalDate.of(2010, 6, 1);

    @TempDir
    Path dir;
    private AppContext ctx;
    private MeetingService meetings;
    private long thon1;
    private long thon2;
    private long an;
    private long binh;
    private long cuong;

    @BeforeEach
    void open() throws AppException {
        ctx = TestCommune.create(dir, TestClocks.at(TODAY));
        thon1 = TestCommune.cell(ctx, "Chi bộ thôn 1", Optional.of("ngày 10 hằng tháng"));
        thon2 = TestCommune.cell(ctx, "Chi bộ thôn 2", Optional.empty());
        an = TestCommune.member(ctx, thon1, "Lê Văn An", LONG_AGO);
        binh = TestCommune.member(ctx, thon1, "Trần Thị Bình", LONG_AGO);
        cuong = TestCommune.member(ctx, thon1, "Phạm Văn Cường", LONG_AGO);
        ctx.plans().openYear(2026, Optional.empty(), false);
        meetings = ctx.meetings();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aClerksSheetHasEveryoneOnTheRollPresentAndSavingMarksThePlannedMeetingDone() throws AppException {
        MeetingSheet sheet = meetings.sheet(thon1, YearMonth.of(2026, 3));
        assertEquals(Optional.empty(), sheet.meeting());
        assertEquals(LocalDate.of(2026, 3, 10), sheet.heldOn());
        assertEquals(List.of("Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường"), sheet.roll().stream().map(RollMember::fullName).toList());
        assertEquals(List.of(an, binh, cuong), sheet.lines().stream().map(AttendanceEntry::memberId).toList());
        assertTrue(sheet.lines().stream().allMatch(l -> l.attendance() == Attendance.PRESENT));

        List<AttendanceEntry> lines = new ArrayList<>(sheet.lines());
        lines.replaceAll(l -> l.memberId() == binh ? l.with(Attendance.ABSENT_EXCUSED).withReason("Ốm") : l);
        lines.replaceAll(l -> l.memberId() == cuong ? l.with(Attendance.ABSENT_UNEXCUSED).withDuesUnpaid(true) : l);
        long id = meetings.save(new MeetingInput(Optional.empty(), thon1, YearMonth.of(2026, 3), MeetingKind.COMBINED,
                LocalDate.of(2026, 3, 12), Optional.of(LocalTime.of(19, 30)), Optional.of(LocalTime.of(21, 0)),
                Optional.of("Học tập và làm theo Bác"), Optional.empty(), lines));

        Meeting m = meetings.list(2026, Optional.of(thon1)).getFirst();
        assertEquals(id, m.id());
        assertEquals(List.of(3, 1, 1, 1), List.of(m.expected(), m.present(), m.absentExcused(), m.absentUnexcused()));
        assertEquals(Optional.of(90), m.minutes());
        assertTrue(m.tooShort(), "a combined meeting lasts at least 120 minutes");
        MeetingSheet again = meetings.sheet(thon1, YearMonth.of(2026, 3));
        assertEquals(Optional.of(id), again.meeting().map(Meeting::id));
        assertEquals(Optional.of("Ốm"), again.lines().stream().filter(l -> l.memberId() == binh).findFirst().orElseThrow().reason());
        Activity planned = ctx.plans().activities(2026).stream().filter(a -> a.kind() == ActivityKind.CELL_MEETING
                && a.unitId().equals(Optional.of(thon1)) && a.date().getMonthValue() == 3).findFirst().orElseThrow();
        assertEquals(ActivityStatus.DONE, planned.status());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 12)), planned.doneDate());

        meetings.delete(id);
        assertEquals(List.of(), meetings.list(2026, Optional.empty()));
        assertEquals(ActivityStatus.PLANNED, ctx.plans().activities(2026).stream().filter(a -> a.id() == planned.id())
                .findFirst().orElseThrow().status());
        assertEquals(List.of("MEETING_DELETE", "MEETING_ADD"), ctx.audit().find(AuditQuery.of("cell_meeting", id)).stream()
                .map(AuditEntry::action).toList());
    }

    @Test
    void theRollIsTheCellsOnTheMeetingDay() throws AppException {
        long dung = TestCommune.member(ctx, thon2, "Võ Văn Dũng", LONG_AGO);
        TestCommune.move(ctx, dung, thon1, LocalDate.of(2026, 5, 1));
        TestCommune.move(ctx, binh, thon2, LocalDate.of(2026, 6, 1));
        long moi = TestCommune.probationary(ctx, thon1, "Hồ Thị Mới", LocalDate.of(2026, 4, 20));
        TestCommune.event(ctx, cuong, EventType.EXEMPTION_START, LocalDate.of(2026, 2, 1));

        assertEquals(List.of(an, binh), ids(meetings.roll(thon1, LocalDate.of(2026, 4, 10))));
        assertEquals(List.of(an, binh, dung, moi).stream().sorted().toList(),
                ids(meetings.roll(thon1, LocalDate.of(2026, 5, 10))).stream().sorted().toList());
        assertEquals(List.of(an, dung, moi).stream().sorted().toList(),
                ids(meetings.roll(thon1, LocalDate.of(2026, 6, 10))).stream().sorted().toList());
        assertEquals(List.of(an, binh, cuong).stream().sorted().toList(),
                ids(meetings.roll(thon1, LocalDate.of(2026, 1, 10))).stream().sorted().toList());
        assertEquals(List.of(dung), ids(meetings.roll(thon2, LocalDate.of(2026, 4, 10))));
    }

    @Test
    void badInputIsRefusedWithItsRowAndWritesNothing() throws AppException {
        long dung = TestCommune.member(ctx, thon2, "Võ Văn Dũng", LONG_AGO);
        long id = meetings.save(MeetingInput.regular(thon1, LocalDate.of(2026, 2, 10), List.of()));
        List<Meeting> before = meetings.list(2026, Optional.empty());

        refused("meeting.error.outsideMonth", () -> meetings.save(new MeetingInput(Optional.empty(), thon1, YearMonth.of(2026, 3),
                MeetingKind.REGULAR, LocalDate.of(2026, 4, 2), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of())));
        refused("year.error.notOpened", () -> meetings.save(MeetingInput.regular(thon1, LocalDate.of(2027, 1, 10), List.of())));
        refused("meeting.error.endBeforeStart", () -> meetings.save(new MeetingInput(Optional.empty(), thon1, YearMonth.of(2026, 3),
                MeetingKind.REGULAR, LocalDate.of(2026, 3, 2), Optional.of(LocalTime.of(20, 0)), Optional.of(LocalTime.of(19, 0)),
                Optional.empty(), Optional.empty(), List.of())));
        refused("meeting.error.duplicate", () -> meetings.save(MeetingInput.regular(thon1, LocalDate.of(2026, 2, 20), List.of())));
        AppException notOnRoll = refused("meeting.error.notOnRoll", () -> meetings.save(MeetingInput.regular(thon1,
                LocalDate.of(2026, 3, 10), List.of(AttendanceEntry.present(an), AttendanceEntry.present(dung)))));
        assertEquals("Dòng 2: đồng chí Võ Văn Dũng không sinh hoạt ở chi bộ này vào tháng 3/2026.", notOnRoll.userMessage());
        refused("meeting.error.reasonRequired", () -> meetings.save(MeetingInput.regular(thon1, LocalDate.of(2026, 3, 10),
                List.of(AttendanceEntry.present(an).with(Attendance.ABSENT_EXCUSED)))));
        refused("meeting.error.topicRequired", () -> meetings.save(new MeetingInput(Optional.empty(), thon1, YearMonth.of(2026, 3),
                MeetingKind.THEMATIC, LocalDate.of(2026, 3, 2), Optional.empty(), Optional.empty(), Optional.of(" "),
                Optional.empty(), List.of())));
        refused("meeting.error.notACell", () -> meetings.save(MeetingInput.regular(ctx.units().root().orElseThrow().id(),
                LocalDate.of(2026, 3, 10), List.of())));
        assertEquals(before, meetings.list(2026, Optional.empty()));

        meetings.save(new MeetingInput(Optional.empty(), thon1, YearMonth.of(2026, 2), MeetingKind.EXTRAORDINARY,
                LocalDate.of(2026, 2, 25), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Họp bất thường"), List.of()));
        meetings.save(new MeetingInput(Optional.empty(), thon1, YearMonth.of(2026, 2), MeetingKind.THEMATIC,
                LocalDate.of(2026, 2, 26), Optional.empty(), Optional.empty(), Optional.of("Chuyên đề quý I"), Optional.empty(), List.of()));
        assertEquals(3, meetings.list(thon1, YearMonth.of(2026, 2)).size());
        assertTrue(meetings.list(2026, Optional.empty()).stream().anyMatch(m -> m.id() == id));
    }

    @Test
    void aClosedYearIsReadOnly() throws AppException {
        long id = meetings.save(MeetingInput.regular(thon1, LocalDate.of(2026, 2, 10), List.of()));
        ctx.years().close(2026);
        refused("year.error.closed", () -> meetings.save(MeetingInput.regular(thon1, LocalDate.of(2026, 3, 10), List.of())));
        refused("year.error.closed", () -> meetings.delete(id));
        assertEquals(1, meetings.list(2026, Optional.empty()).size());
    }

    @Test
    void attendanceOfAYearCountsEachMembersMeetingsAndLongestRun() throws AppException {
        for (int month = 1; month <= 6; month++) {
            Attendance c = month >= 2 && month <= 4 ? Attendance.ABSENT_UNEXCUSED : Attendance.PRESENT;
            Attendance b = month == 5 ? Attendance.ABSENT_EXCUSED : month == 6 ? Attendance.ABSENT_UNEXCUSED : Attendance.PRESENT;
            meetings.save(MeetingInput.regular(thon1, LocalDate.of(2026, month, 10), List.of(
                    AttendanceEntry.present(cuong).with(c), AttendanceEntry.present(binh).with(b).withReason("Đi làm xa"))));
        }
        List<MemberAttendance> year = meetings.attendance(2026);
        assertEquals(List.of(new MemberAttendance(an, 6, 6, 0, 0, 0), new MemberAttendance(binh, 6, 4, 1, 1, 1),
                new MemberAttendance(cuong, 6, 3, 0, 3, 3)), year.stream().sorted(Comparator.comparingLong(
                MemberAttendance::memberId)).toList());
        assertEquals(List.of(), meetings.attendance(2025));
    }

    @Test
    void threeAbsencesInARowOrThreeMonthsOfUnpaidDuesAreReminded() throws AppException {
        for (int month = 8; month <= 11; month++) {
            Attendance c = month >= 9 ? Attendance.ABSENT_UNEXCUSED : Attendance.PRESENT;
            meetings.save(MeetingInput.regular(thon1, LocalDate.of(2026, month, 10), List.of(
                    AttendanceEntry.present(cuong).with(c), AttendanceEntry.present(an).withDuesUnpaid(month != 9),
                    AttendanceEntry.present(binh).with(month == 11 ? Attendance.ABSENT_UNEXCUSED : Attendance.PRESENT))));
        }
        MeetingReminders r = meetings.reminders(TODAY);
        assertEquals(List.of(new MeetingReminders.AbsenceRun(cuong, "Phạm Văn Cường", "Chi bộ thôn 1", 3,
                LocalDate.of(2026, 11, 10))), r.absences());
        assertEquals(List.of(new MeetingReminders.UnpaidDues(an, "Lê Văn An", "Chi bộ thôn 1", 2026, 3)), r.unpaidDues());
        ctx.years().close(2026);
        assertEquals(new MeetingReminders(List.of(), List.of()), meetings.reminders(TODAY));
    }

    private static List<Long> ids(List<RollMember> roll) {
        return roll.stream().map(RollMember::memberId).toList();
    }

    private static AppException refused(String key, Executable op) {
        AppException e = assertThrows(AppException.class, op);
        assertEquals(key, e.key(), e.userMessage());
        assertFalse(e.userMessage().startsWith("!"), e.userMessage());
        return e;
    }
}
