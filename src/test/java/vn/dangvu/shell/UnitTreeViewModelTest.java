package vn.dangvu.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dangvu.units.CellType;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitKind;

class UnitTreeViewModelTest {

    private static PartyUnit unit(long id, Long parent, String name, LocalDate dissolved) {
        return new PartyUnit(id, Optional.ofNullable(parent), parent == null ? UnitKind.COMMUNE_COMMITTEE : UnitKind.SUBORDINATE_CELL,
                Optional.of(CellType.HAMLET), name, Optional.empty(), Optional.empty(), Optional.ofNullable(dissolved), (int) id);
    }

    @Test
    void buildsTheTreeInServiceOrderAndMarksDissolvedUnits() {
        List<PartyUnit> units = List.of(
                unit(1, null, "Đảng bộ xã Phú Sơn", null),
                unit(3, 1L, "Chi bộ thôn 2", null),
                unit(2, 1L, "Chi bộ thôn 1", LocalDate.of(2024, 1, 1)),
                unit(4, 99L, "Chi bộ mồ côi", null));
        SyncBackgroundTasks tasks = new SyncBackgroundTasks();
        UnitTreeViewModel vm = new UnitTreeViewModel(() -> units, tasks);

        vm.load();

        assertEquals(2, vm.roots().size());
        UnitTreeViewModel.Node root = vm.roots().get(0);
        assertEquals("Đảng bộ xã Phú Sơn", root.label());
        assertEquals(List.of("Chi bộ thôn 2", "Chi bộ thôn 1 (đã giải thể)"),
                root.children().stream().map(UnitTreeViewModel.Node::label).toList());
        assertEquals("Chi bộ mồ côi", vm.roots().get(1).label());
    }

    @Test
    void parentCycleDoesNotHang() {
        List<PartyUnit> units = List.of(unit(1, 2L, "A", null), unit(2, 1L, "B", null));

        List<UnitTreeViewModel.Node> tree = UnitTreeViewModel.tree(units);

        assertEquals(0, tree.size());
    }
}
