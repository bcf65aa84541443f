package vn.dangvu.plans.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.dangvu.plans.Activity;
import vn.dangvu.plans.ActivityInput;
import vn.dangvu.plans.ActivityKind;
import vn.dangvu.plans.ActivityStatus;
import vn.dangvu.ui.Choice;
import vn.dangvu.ui.SyncBackgroundTasks;
import vn.dangvu.years.WorkingYear;

class PlanViewModelTest {

    @TempDir
    Path dir;
    private AppContext ctx;
    private PlanViewModel vm;
    private final SimpleObjectProperty<WorkingYear> year = new SimpleObjectProperty<>();
    private final List<String> failures = new ArrayList<>();
    private long thon1;

    @BeforeEach
    void open() throws AppException {
        ctx = TestCommune.create(dir, TestClocks.at(2026, 11, 21));
        thon1 = TestCommune.cell(ctx, "Chi bộ thôn 1", Optional.empty());
        TestCommune.cell(ctx, "Chi bộ thôn 2", Optional.empty());
        ctx.years().open(2026, Optional.empty());
        vm = new PlanViewModel(ctx.plans(), ctx.planDocuments(), new SyncBackgroundTasks(), ctx.clock(), year);
        year.set(ctx.years().find(2026).orElseThrow());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void anEmptyPlanOffersTheDefaultOneAndFiltersIt() {
        assertTrue(vm.empty().get());
        assertEquals(List.of("Tất cả đơn vị", "Toàn Đảng bộ", "Chi bộ thôn 1", "Chi bộ thôn 2"),
                vm.units().stream().map(Choice::label).toList());
        vm.createDefault();
        assertFalse(vm.empty().get());
        int all = vm.shown().size();
        assertEquals(ctx.plans().activities(2026).size(), all);
        assertEquals(I18n.t("plan.ui.defaultCreated", all), vm.message().get());
        vm.unit().set(vm.units().get(2));
        assertEquals(12, vm.shown().size());
        assertTrue(vm.shown().stream().allMatch(a -> a.unitId().equals(Optional.of(thon1))));
        vm.unit().set(vm.units().get(1));
        vm.kind().set(PlanViewModel.kinds().stream().filter(k -> k.value() == ActivityKind.BADGE_ROUND).findFirst().orElseThrow());
        assertEquals(List.of(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 5, 19), LocalDate.of(2026, 9, 2),
                LocalDate.of(2026, 11, 7)), vm.shown().stream().map(Activity::date).toList());
        vm.status().set(PlanViewModel.StatusFilter.OVERDUE);
        assertEquals(4, vm.shown().size(), "all four rounds are past 21/11/2026 and not done");
        vm.kind().set(PlanViewModel.kinds().getFirst());
        vm.status().set(PlanViewModel.StatusFilter.ALL);
        vm.monthView().set(true);
        assertEquals(11, vm.month().get());
        assertTrue(vm.shown().stream().allMatch(a -> a.date().getMonthValue() <= 11 && a.lastDay().getMonthValue() >= 11));
        assertEquals(List.of("Trao Huy hiệu Đảng đợt 7/11"), vm.on(LocalDate.of(2026, 11, 7)).stream().map(Activity::title).toList());
        vm.moveMonth(5);
        assertEquals(12, vm.month().get());
    }

    @Test
    void commandsChangeTheSelectedActivityAndReportRefusals() {
        vm.save(ActivityInput.of(LocalDate.of(2026, 4, 10), ActivityKind.SUPERVISION, "Giám sát chuyên đề")
                .about("Kết luận 01-KL/TW").forUnit(thon1), () -> { }, failures::add);
        assertEquals(I18n.t("plan.ui.added", 0), vm.message().get());
        Activity a = vm.shown().getFirst();
        vm.markDone(a, Optional.of(LocalDate.of(2026, 12, 1)), "Tốt", () -> { }, failures::add);
        vm.markDone(a, Optional.empty(), "Tốt", () -> { }, failures::add);
        assertEquals(List.of(I18n.t("plan.error.doneInFuture", LocalDate.of(2026, 12, 1)), I18n.t("plan.error.doneDateRequired")),
                failures);
        vm.markDone(a, Optional.of(LocalDate.of(2026, 4, 20)), "Chi bộ thực hiện tốt", () -> { }, failures::add);
        assertEquals(ActivityStatus.DONE, vm.shown().getFirst().status());
        vm.reopen(vm.shown().getFirst());
        assertEquals(ActivityStatus.PLANNED, vm.shown().getFirst().status());
        vm.delete(vm.shown().getFirst());
        assertTrue(vm.shown().isEmpty());
        assertTrue(vm.empty().get());
    }

    @Test
    void aClosedYearIsReadOnly() throws AppException {
        ctx.plans().createDefault(2026);
        ctx.years().close(2026);
        year.set(ctx.years().find(2026).orElseThrow());
        vm.load();
        assertTrue(vm.readOnly().get());
        vm.delete(vm.shown().getFirst());
        assertEquals(I18n.t("year.error.closed", 2026), vm.error().get());
        assertEquals(ctx.plans().activities(2026).size(), vm.shown().size());
    }

    @Test
    void theDocumentIsNumberedOnceAndWritten() {
        vm.createDefault();
        List<PlanViewModel.DocumentInfo> info = new ArrayList<>();
        vm.documentInfo(info::add);
        assertEquals(new PlanViewModel.DocumentInfo(Optional.empty(), Optional.empty(), "01-KH/ĐU",
                "công tác xây dựng Đảng năm 2026"), info.getFirst());
        assertEquals("ke-hoach-2026.docx", vm.fileName(".docx"));
        Path docx = dir.resolve("ke-hoach-2026.docx");
        vm.exportDocument(docx, true, Optional.empty(), "công tác năm 2026", () -> { }, failures::add);
        assertEquals(List.of(I18n.t("plan.error.documentDateRequired")), failures);
        vm.exportDocument(docx, true, Optional.of(LocalDate.of(2026, 1, 5)), "công tác năm 2026", () -> { }, failures::add);
        assertTrue(Files.isRegularFile(docx));
        assertEquals(I18n.t("plan.ui.written", docx), vm.message().get());
        vm.documentInfo(info::add);
        assertEquals(Optional.of("01-KH/ĐU"), info.getLast().number());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 5)), info.getLast().date());
        assertEquals("công tác năm 2026", info.getLast().summary());
        Path xlsx = dir.resolve("ke-hoach-2026.xlsx");
        vm.exportTable(xlsx);
        assertTrue(Files.isRegularFile(xlsx));
        assertEquals(1, failures.size());
    }

    @Test
    void aQuarterWithoutAThematicMeetingIsWarned() {
        vm.save(ActivityInput.of(LocalDate.of(2026, 2, 10), ActivityKind.THEMATIC_MEETING, "Chuyên đề").about("Bác Hồ"),
                () -> { }, failures::add);
        assertEquals(I18n.t("plan.ui.warning.thematic", "II, III, IV"), vm.warnings().get());
    }
}
