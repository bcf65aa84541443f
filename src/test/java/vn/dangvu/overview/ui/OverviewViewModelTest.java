package vn.dangvu.overview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestMembers;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.overview.OverviewService;
import vn.dangvu.overview.ReminderRepository;
import vn.dangvu.overview.ReminderService;
import vn.dangvu.party.CellType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.ui.SyncBackgroundTasks;
import vn.dangvu.units.NewUnit;

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
    void remindersLoadAfterTheCountsAndReconciliationCanBeMarked() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("rem")))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            long root = ctx.units().all().get(0).id();
            long cell = ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL,
                    Optional.of(CellType.HAMLET), "Chi bộ thôn 1", Optional.empty(), Optional.empty()));
            LocalDate today = LocalDate.of(2026, 4, 15);
            probationary(ctx, cell, "Lê Văn An", LocalDate.of(2024, 10, 1));
            probationary(ctx, cell, "Trần Văn Bình", LocalDate.of(2025, 5, 20));
            ReminderService reminders = new ReminderService(ctx.db(), new ReminderRepository(), ctx.audit(),
                    Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
            SyncBackgroundTasks tasks = new SyncBackgroundTasks();
            OverviewViewModel vm = new OverviewViewModel(
                    new OverviewService(ctx.settings(), ctx.units(), ctx.members()), reminders, tasks);

            vm.load();

            assertTrue(vm.remindersLoaded().get());
            assertEquals(List.of("VOTE_OVERDUE", "ENDING_SOON"),
                    vm.reminders().stream().map(OverviewViewModel.ReminderGroup::id).toList());
            OverviewViewModel.ReminderGroup overdue = vm.reminders().get(0);
            assertEquals("Quá hạn xét chính thức: 1 đảng viên dự bị", overdue.title());
            assertEquals(List.of("Lê Văn An (Chi bộ thôn 1): hết dự bị ngày 01/10/2025, chi bộ phải xét trước 12/11/2025"
                    + " — quá hạn xét chính thức"), overdue.lines());
            assertEquals(List.of("Trần Văn Bình (Chi bộ thôn 1): hết dự bị ngày 20/05/2026"), vm.reminders().get(1).lines());
            assertTrue(vm.reconciliationDue().get());
            assertEquals(I18n.t("overview.reconciliation.never"), vm.reconciliationLine().get());

            vm.markReconciled();

            assertFalse(vm.reconciliationDue().get());
            assertEquals("Đã đối chiếu số lượng đảng viên ngày 15/04/2026.", vm.reconciliationLine().get());
            assertEquals("", vm.remindersError().get());
        }
    }

    @Test
    void eachReminderGroupIsInDueOrderAndALineOpensItsMember() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("order")))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            long root = ctx.units().all().get(0).id();
            long cell = ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL,
                    Optional.of(CellType.HAMLET), "Chi bộ thôn 1", Optional.empty(), Optional.empty()));
            // in name order An, Bình, Cường; due (end of probation) Cường, An, Bình
            probationary(ctx, cell, "Lê Văn An", LocalDate.of(2025, 5, 10));
            probationary(ctx, cell, "Trần Văn Bình", LocalDate.of(2025, 5, 30));
            probationary(ctx, cell, "Phạm Văn Cường", LocalDate.of(2025, 4, 25));
            ReminderService reminders = new ReminderService(ctx.db(), new ReminderRepository(), ctx.audit(),
                    Clock.fixed(LocalDate.of(2026, 4, 15).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
            OverviewViewModel vm = new OverviewViewModel(
                    new OverviewService(ctx.settings(), ctx.units(), ctx.members()), reminders, new SyncBackgroundTasks());
            List<Long> opened = new ArrayList<>();
            vm.setOpenMember(opened::add);

            vm.load();

            OverviewViewModel.ReminderGroup soon = vm.reminders().get(0);
            assertEquals("ENDING_SOON", soon.id());
            assertEquals(List.of("Phạm Văn Cường (Chi bộ thôn 1): hết dự bị ngày 25/04/2026",
                    "Lê Văn An (Chi bộ thôn 1): hết dự bị ngày 10/05/2026",
                    "Trần Văn Bình (Chi bộ thôn 1): hết dự bị ngày 30/05/2026"), soon.lines());
            long cuong = ctx.members().list(MemberQuery.all()).stream().filter(m -> m.fullName().equals("Phạm Văn Cường"))
                    .findFirst().orElseThrow().id();
            assertEquals(cuong, soon.memberIds().getFirst());
            vm.openMember(soon.memberIds().getFirst());
            assertEquals(List.of(cuong), opened);
        }
    }

    @Test
    void withoutAReminderServiceTheRemindersStayHidden() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("none")))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            OverviewViewModel vm = new OverviewViewModel(
                    new OverviewService(ctx.settings(), ctx.units(), ctx.members()), new SyncBackgroundTasks());

            vm.load();

            assertTrue(vm.loaded().get());
            assertFalse(vm.remindersLoaded().get());
            assertTrue(vm.reminders().isEmpty());
        }
    }

    @Test
    void longReminderListsAreCapped() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("many")))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            long root = ctx.units().all().get(0).id();
            for (int i = 0; i < OverviewViewModel.MAX_NAMES + 3; i++) {
                probationary(ctx, root, "Nguyễn Văn An", LocalDate.of(2020, 1, 1));
            }
            OverviewViewModel vm = new OverviewViewModel(new OverviewService(ctx.settings(), ctx.units(), ctx.members()),
                    ctx.reminders(), new SyncBackgroundTasks());

            vm.load();

            OverviewViewModel.ReminderGroup g = vm.reminders().get(0);
            assertEquals(OverviewViewModel.MAX_NAMES + 3, g.count());
            assertEquals(OverviewViewModel.MAX_NAMES + 1, g.lines().size());
            assertEquals("… và 3 đảng viên khác", g.lines().get(OverviewViewModel.MAX_NAMES));
        }
    }

    private static void probationary(AppContext ctx, long unit, String name, LocalDate ceremony) throws AppException {
        ctx.members().save(TestMembers.form(name, Gender.MALE, LocalDate.of(1990, 5, 1), unit, ceremony.minusDays(20),
                ceremony, null));
    }

    @Test
    void countsUseVietnameseDigitGrouping() {
        assertEquals("1.000", OverviewViewModel.count(1000));
        assertEquals("999", OverviewViewModel.count(999));
    }

    private static void register(AppContext ctx, long unit, String name, MemberStatus status) throws AppException {
        TestMembers.add(ctx, unit, name, status);
    }
}
