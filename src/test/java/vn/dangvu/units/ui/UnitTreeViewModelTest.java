package vn.dangvu.units.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.TestMembers;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.party.CellType;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.ui.SyncBackgroundTasks;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitUpdate;

/// The screen's state and commands over a real database, with the synchronous task runner (no FX toolkit).
class UnitTreeViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;

    private AppContext ctx;
    private UnitTreeViewModel vm;
    private int membersChanged;
    private long root;
    private long dong;
    private long tay;
    private final List<String> errors = new ArrayList<>();
    private int done;

    @BeforeEach
    void open() throws Exception {
        ctx = new AppContext(Database.create(dir.resolve("app")));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "Nguyễn Văn Bình", "", 2025, 2030));
        root = ctx.units().all().get(0).id();
        dong = ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL, Optional.of(CellType.HAMLET),
                "Chi bộ thôn Đông", Optional.empty(), Optional.empty()));
        tay = ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL, Optional.of(CellType.HAMLET),
                "Chi bộ thôn Tây", Optional.empty(), Optional.empty()));
        for (String n : List.of("Nguyễn Văn An", "Trần Văn Ba", "Lê Thị Cúc")) {
            TestMembers.add(ctx, tay, n, MemberStatus.OFFICIAL);
        }
        vm = new UnitTreeViewModel(ctx.units(), new SyncBackgroundTasks(), () -> membersChanged++, TestClocks.at(TODAY));
        vm.load();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private void ok() {
        done++;
    }

    @Test
    void loadsTheTreeWithWarningsOnTheirNodes() {
        assertEquals(1, vm.roots().size());
        UnitTreeViewModel.UnitNode commune = vm.roots().get(0);
        assertEquals("Đảng bộ xã Phú Sơn", commune.label());
        assertEquals(List.of("Chi bộ thôn Đông", "Chi bộ thôn Tây"), commune.children().stream().map(UnitTreeViewModel.UnitNode::label).toList());
        assertEquals(List.of(I18n.t("unit.warning.fewMembers", 0, 3), I18n.t("unit.warning.noSecretary")),
                commune.children().get(0).warnings());
        assertEquals(List.of(I18n.t("unit.warning.noSecretary")), commune.children().get(1).warnings());
        assertEquals(3, vm.warnings().size());
        assertEquals("Chi bộ thôn Đông", vm.warnings().get(0).unitName());
    }

    @Test
    void selectionDrivesTheCommandsOnOffer() {
        assertFalse(vm.canCreate().get());
        vm.select(root);
        assertTrue(vm.canCreate().get());
        assertFalse(vm.canMove().get());
        assertFalse(vm.canMerge().get());
        assertFalse(vm.canDissolve().get());
        assertEquals(List.of(UnitKind.GRASSROOTS_COMMITTEE, UnitKind.GRASSROOTS_CELL, UnitKind.SUBORDINATE_CELL), vm.childKinds());
        vm.select(dong);
        assertTrue(vm.canMerge().get());
        assertTrue(vm.canDissolve().get());
        assertEquals(List.of(UnitKind.PARTY_GROUP), vm.childKinds());
        assertEquals(List.of(tay), vm.mergeTargets().stream().map(PartyUnit::id).toList());
        // a cell can only move under a committee; the commune is already its parent
        assertEquals(List.of(), vm.moveTargets());
    }

    @Test
    void createSelectsTheNewUnitAndRefusalKeepsTheMessage() {
        vm.select(dong);
        vm.create(UnitKind.PARTY_GROUP, Optional.empty(), "Tổ đảng xóm 1", Optional.empty(), Optional.empty(), this::ok,
                errors::add);
        assertEquals(1, done);
        assertEquals("Tổ đảng xóm 1", vm.selected().get().unit().name());
        assertEquals(List.of("Tổ đảng xóm 1"), vm.roots().get(0).children().get(0).children().stream()
                .map(UnitTreeViewModel.UnitNode::label).toList());
        assertEquals(I18n.t("units.notice.created", "Tổ đảng xóm 1"), vm.notice().get());

        vm.select(dong);
        vm.create(UnitKind.PARTY_GROUP, Optional.empty(), "to dang xom 1", Optional.empty(), Optional.empty(), this::ok,
                errors::add);
        assertEquals(1, done);
        assertEquals(List.of(I18n.t("unit.error.nameTaken", "to dang xom 1")), errors);
    }

    @Test
    void mergeMovesMembersRefreshesTheMemberCacheAndSelectsTheTarget() {
        vm.select(tay);
        PartyUnit target = vm.mergeTargets().get(0);
        vm.merge(null, Optional.of(TODAY), Optional.empty(), this::ok, errors::add);
        assertEquals(List.of(I18n.t("units.error.mergeTargetRequired")), errors);
        assertEquals(0, membersChanged);

        vm.merge(target, Optional.of(TODAY), Optional.of("1-QĐ/ĐU"), this::ok, errors::add);

        assertEquals(1, done);
        assertEquals(1, membersChanged);
        assertEquals(dong, vm.selected().get().unit().id());
        assertEquals(3, vm.selected().get().fullMembers());
        assertEquals(I18n.t("units.notice.merged", "Chi bộ thôn Tây", "Chi bộ thôn Đông", 3), vm.notice().get());
        assertEquals(List.of("Chi bộ thôn Đông"), vm.roots().get(0).children().stream().map(UnitTreeViewModel.UnitNode::label).toList());
        vm.showDissolved().set(true);
        assertEquals(List.of("Chi bộ thôn Đông", "Chi bộ thôn Tây " + I18n.t("units.tree.dissolved")),
                vm.roots().get(0).children().stream().map(UnitTreeViewModel.UnitNode::label).toList());
    }

    @Test
    void saveRenamesAndDissolveRefusalIsShown() {
        vm.select(tay);
        var d = vm.selected().get();
        vm.save(new UnitUpdate(tay, "Chi bộ thôn Tây Sơn", d.unit().cellType(), Optional.of("T1"),
                Optional.empty(), Optional.empty(), Optional.of("ngày 5 hằng tháng"), Optional.empty()), this::ok, errors::add);
        assertEquals("Chi bộ thôn Tây Sơn", vm.selected().get().unit().name());
        assertEquals(Optional.of("T1"), vm.selected().get().shortCode());

        vm.dissolve(Optional.of(TODAY), Optional.empty(), this::ok, errors::add);
        assertEquals(List.of(I18n.t("unit.error.dissolveHasMembers", "Chi bộ thôn Tây Sơn", 3)), errors);
        assertTrue(vm.selected().get().unit().active());
    }

    @Test
    void parentCycleInBadDataDoesNotHang() {
        PartyUnit a = new PartyUnit(1, Optional.of(2L), UnitKind.SUBORDINATE_CELL, Optional.empty(), "A", Optional.empty(),
                Optional.empty(), Optional.empty(), 1);
        PartyUnit b = new PartyUnit(2, Optional.of(1L), UnitKind.SUBORDINATE_CELL, Optional.empty(), "B", Optional.empty(),
                Optional.empty(), Optional.empty(), 2);
        assertEquals(0, UnitTreeViewModel.tree(List.of(a, b), Map.of(), true).size());
    }
}
