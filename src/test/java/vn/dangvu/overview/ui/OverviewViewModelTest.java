package vn.dangvu.overview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.common.I18n;
import vn.dangvu.common.PersonName;
import vn.dangvu.db.Database;
import vn.dangvu.members.Gender;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.NewMember;
import vn.dangvu.overview.OverviewService;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.shell.SyncBackgroundTasks;
import vn.dangvu.units.CellType;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.UnitKind;

class OverviewViewModelTest {

    @TempDir
    Path dir;

    @Test
    void countsUnitsAndMembersOnRollByStatus() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("app")))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "Nguyễn Văn Bình", "", 2025, 2030));
            long root = ctx.units().all().get(0).id();
            long cell = ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL,
                    Optional.of(CellType.HAMLET), "Chi bộ thôn 1", Optional.empty(), Optional.empty()));
            register(ctx, cell, "Nguyễn Thị Hương", MemberStatus.OFFICIAL);
            register(ctx, cell, "Trần Văn An", MemberStatus.OFFICIAL);
            register(ctx, cell, "Lê Văn Dũng", MemberStatus.PROBATIONARY);
            register(ctx, cell, "Phạm Văn Đức", MemberStatus.DECEASED);
            OverviewViewModel vm = new OverviewViewModel(
                    new OverviewService(ctx.settings(), ctx.units(), ctx.members()), new SyncBackgroundTasks());
            assertFalse(vm.loaded().get());

            vm.load();

            assertTrue(vm.loaded().get());
            assertEquals("", vm.error().get());
            assertEquals("Xã Phú Sơn", vm.communeName().get());
            assertEquals("Đảng bộ tỉnh Khánh Hòa", vm.provinceLine().get());
            assertEquals("Đảng bộ xã Phú Sơn · Bí thư: Nguyễn Văn Bình", vm.organisationLine().get());
            assertEquals("Nhiệm kỳ 2025–2030", vm.termLine().get());
            assertEquals("2", vm.unitsCount().get());
            assertEquals("1", vm.cellsCount().get());
            assertEquals("3", vm.membersCount().get());
            assertEquals(List.of(
                    new OverviewViewModel.StatusCount("Dự bị", "1"),
                    new OverviewViewModel.StatusCount("Chính thức", "2"),
                    new OverviewViewModel.StatusCount(I18n.t("overview.offRoll"), "1")), vm.byStatus());
        }
    }

    @Test
    void missingSettingsShowAMessageNotAnException() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("empty")))) {
            OverviewViewModel vm = new OverviewViewModel(
                    new OverviewService(ctx.settings(), ctx.units(), ctx.members()), new SyncBackgroundTasks());

            vm.load();

            assertTrue(vm.loaded().get());
            assertEquals(I18n.t("overview.error.noSettings"), vm.error().get());
        }
    }

    @Test
    void countsUseVietnameseDigitGrouping() {
        assertEquals("1.000", OverviewViewModel.count(1000));
        assertEquals("999", OverviewViewModel.count(999));
    }

    private static void register(AppContext ctx, long unit, String name, MemberStatus status) {
        ctx.members().register(new NewMember(PersonName.parse(name), Gender.MALE, LocalDate.of(1970, 5, 1), unit, status,
                null, null, null, null, null, null, null));
    }
}
