package vn.dangvu.meetings.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.SimpleObjectProperty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.TestCommune;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.meetings.Attendance;
import vn.dangvu.meetings.MeetingKind;
import vn.dangvu.meetings.MeetingSheet;
import vn.dangvu.ui.SyncBackgroundTasks;
import vn.dangvu.years.WorkingYear;

class MeetingViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;
    private AppContext ctx;
    private MeetingViewModel vm;
    private final SimpleObjectProperty<WorkingYear> year = new SimpleObjectProperty<>();
    private long thon1;
    private long thon2;

    @BeforeEach
    void open() throws AppException {
        ctx = TestCommune.create(dir, TestClocks.at(TODAY));
        thon1 = TestCommune.cell(ctx, "Chi bộ thôn 1", Optional.of("ngày 12"));
        thon2 = TestCommune.cell(ctx, "Chi bộ thôn 2", Optional.empty());
        for (String n : List.of("Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường")) {
            TestCommune.member(ctx, thon1, n, LocalDate.of(2001, 1, 1));
        }
        TestCommune.member(ctx, thon2, "Võ Văn Dũng", LocalDate.of(2001, 1, 1));
        ctx.plans().openYear(2026, Optional.empty(), false);
        vm = new MeetingViewModel(ctx.meetings(), ctx.plans(), new SyncBackgroundTasks(), TODAY, year);
        year.set(ctx.years().find(2026).orElseThrow());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aNewSheetHasEveryonePresentOnTheCellsDay() {
        assertEquals("Chi bộ thôn 1", vm.cell().get().cell().name());
        assertEquals(11, vm.month().get());
        assertNull(vm.current().get());
        assertEquals(LocalDate.of(2026, 11, 12), vm.heldOn().get());
        assertEquals(List.of("Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường"), vm.rows().stream().map(AttendanceRow::fullName).toList());
        assertEquals(I18n.t("meeting.ui.summary", 3, 3, 100, 0, 0, 0), vm.summary().get());
        assertFalse(vm.dirty().get());
    }

    @Test
    void theClerkMarksTheAbsentAndSaves() throws AppException {
        AttendanceRow binh = vm.rows().get(1);
        vm.mark(binh, Attendance.ABSENT_UNEXCUSED);
        vm.toggleDues(binh);
        AttendanceRow cuong = vm.rows().get(2);
        vm.cycle(cuong);
        cuong.reason().set("Ốm");
        vm.start().set("19h30");
        vm.end().set("20:30");
        assertEquals(I18n.t("meeting.ui.tooShort", 60, 90), vm.durationWarning().get());
        vm.end().set("21.00");
        assertEquals("", vm.durationWarning().get());
        assertTrue(vm.dirty().get());
        vm.save();
        assertEquals("", vm.error().get());
        assertEquals(I18n.t("meeting.ui.saved", "Chi bộ thôn 1", "11/2026"), vm.message().get());
        assertFalse(vm.dirty().get());
        assertEquals(List.of(11), List.copyOf(vm.recordedMonths()));
        assertEquals(1, vm.cells().getFirst().recordedMonths());
        MeetingSheet saved = ctx.meetings().sheet(thon1, YearMonth.of(2026, 11));
        assertEquals(List.of(Attendance.PRESENT, Attendance.ABSENT_UNEXCUSED, Attendance.ABSENT_EXCUSED),
                saved.lines().stream().map(l -> l.attendance()).toList());
        assertTrue(saved.lines().get(1).duesUnpaid());
        assertEquals(Optional.of("Ốm"), saved.lines().get(2).reason());
        assertEquals("19:30", vm.start().get());
        assertTrue(vm.current().get() != null);
    }

    @Test
    void badInputIsShownAndNothingSaved() {
        vm.start().set("25:00");
        vm.save();
        assertEquals(I18n.t("meeting.error.time", I18n.t("meeting.ui.start"), "25:00"), vm.error().get());
        vm.start().set("");
        vm.heldOn().set(LocalDate.of(2026, 10, 30));
        vm.save();
        assertEquals(I18n.t("meeting.error.outsideMonth", LocalDate.of(2026, 10, 30), "11/2026"), vm.error().get());
        vm.heldOn().set(LocalDate.of(2026, 11, 12));
        vm.mark(vm.rows().getFirst(), Attendance.ABSENT_EXCUSED);
        vm.save();
        assertEquals(I18n.t("meeting.error.reasonRequired", 1, "Lê Văn An"), vm.error().get());
        assertEquals(List.of(), ctx.meetings().list(2026, Optional.empty()));
    }

    @Test
    void movingBetweenMonthsAndCellsAndOtherKinds() throws AppException {
        vm.save();
        vm.moveCell(1);
        assertEquals("Chi bộ thôn 2", vm.cell().get().cell().name());
        assertEquals(List.of("Võ Văn Dũng"), vm.rows().stream().map(AttendanceRow::fullName).toList());
        vm.moveCell(-1);
        assertEquals(MeetingKind.REGULAR, vm.current().get().kind());
        vm.newMeeting(MeetingKind.EXTRAORDINARY);
        assertNull(vm.current().get());
        assertEquals(MeetingKind.EXTRAORDINARY, vm.kind().get());
        vm.save();
        assertEquals(2, vm.monthMeetings().size());
        vm.moveMonth(1);
        assertEquals(12, vm.month().get());
        assertNull(vm.current().get());
        vm.moveMonth(1);
        assertEquals(12, vm.month().get());
        ctx.years().close(2026);
        year.set(ctx.years().find(2026).orElseThrow());
        assertTrue(vm.readOnly().get());
        vm.mark(vm.rows().getFirst(), Attendance.ABSENT_UNEXCUSED);
        assertEquals(Attendance.PRESENT, vm.rows().getFirst().attendance().get());
    }
}
