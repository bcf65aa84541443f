package vn.dangvu.plans.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.TestCommune;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.ui.SyncBackgroundTasks;
import vn.dangvu.years.WorkingYear;
import vn.dangvu.years.YearState;

class YearsViewModelTest {

    @TempDir
    Path dir;
    private AppContext ctx;
    private YearsViewModel vm;
    private final List<String> failures = new ArrayList<>();
    private int done;

    @BeforeEach
    void open() throws AppException {
        ctx = TestCommune.create(dir, TestClocks.at(2026, 11, 21));
        TestCommune.cell(ctx, "Chi bộ thôn 1", Optional.empty());
        vm = new YearsViewModel(ctx.years(), ctx.plans(), new SyncBackgroundTasks(), ctx.clock());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void withNoYearTheSectionSaysHowToStart() {
        vm.load();
        assertEquals(null, vm.selected().get());
        assertTrue(vm.readOnly().get());
        assertEquals(I18n.t("year.ui.none"), vm.banner().get());
        assertEquals(2026, vm.suggestedYear());
    }

    @Test
    void openingAYearSelectsItWithItsPlan() {
        vm.load();
        vm.openYear(" 2026 ", "Chuyên đề năm 2026", false, () -> done++, failures::add);
        assertEquals(List.of(), failures);
        assertEquals(1, done);
        assertEquals(2026, vm.selected().get().year());
        assertFalse(vm.readOnly().get());
        assertEquals("", vm.banner().get());
        assertEquals("Chuyên đề năm 2026", vm.yearTheme().get());
        int activities = ctx.plans().activities(2026).size();
        assertEquals(I18n.t("year.ui.opened.default", "2026", activities, "2025"), vm.message().get());
        assertEquals(2027, vm.suggestedYear());

        vm.openYear("2027", "", true, () -> done++, failures::add);
        assertEquals(I18n.t("year.ui.opened.copied", "2027", activities, "2026"), vm.message().get());
        assertEquals(List.of(2027, 2026), vm.years().stream().map(WorkingYear::year).toList());
    }

    @Test
    void badYearsStayInTheDialog() {
        vm.load();
        vm.openYear("hai nghìn", "", false, () -> done++, failures::add);
        vm.openYear("2031", "", false, () -> done++, failures::add);
        assertEquals(List.of(I18n.t("year.ui.error.notAYear", "hai nghìn"), I18n.t("year.error.outOfRange", 2031, 1930, 2028)),
                failures);
        assertEquals(0, done);
        assertTrue(vm.years().isEmpty());
    }

    @Test
    void closeAndReopenWithAReason() throws AppException {
        ctx.plans().openYear(2025, Optional.empty(), false);
        vm.load();
        assertTrue(vm.canReview().get());
        vm.startReview();
        assertEquals(YearState.REVIEWING, vm.selected().get().state());
        vm.close();
        assertEquals(YearState.CLOSED, vm.selected().get().state());
        assertTrue(vm.readOnly().get());
        assertEquals(I18n.t("year.ui.closedBanner", "2025"), vm.banner().get());
        assertTrue(vm.canReopen().get());
        vm.reopen("  ", () -> done++, failures::add);
        assertEquals(List.of(I18n.t("year.error.reasonRequired")), failures);
        vm.reopen("Sửa kết quả giám sát theo kết luận kiểm tra", () -> done++, failures::add);
        assertEquals(1, done);
        assertEquals(YearState.REVIEWING, vm.selected().get().state());
        assertFalse(vm.readOnly().get());
    }

    @Test
    void themesAndTheRuleSetAreSaved() throws AppException {
        ctx.plans().openYear(2024, Optional.empty(), false);
        vm.load();
        assertEquals("Q124_HD25", vm.ruleSet().get().code());
        vm.termTheme().set("Ý chí tự lực, tự cường");
        vm.yearTheme().set("Học tập và làm theo Bác");
        vm.ruleSet().set(vm.ruleSets().stream().filter(r -> r.code().equals("Q366_HD43")).findFirst().orElseThrow());
        vm.saveThemes();
        assertEquals("", vm.error().get());
        WorkingYear y = ctx.years().find(2024).orElseThrow();
        assertEquals(Optional.of("Ý chí tự lực, tự cường"), y.termTheme());
        assertEquals(Optional.of("Học tập và làm theo Bác"), y.yearTheme());
        assertEquals("Q366_HD43", y.ruleSetCode());
    }
}
