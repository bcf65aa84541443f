package vn.dangvu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.dangvu.party.CellType;
import vn.dangvu.party.UnitKind;

/// The unit tree of the fictional commune Phú Sơn: 12–40 cells (about one per 40 members), most of them
/// hamlets and residential groups, plus institutions, a grassroots cell and a grassroots committee with sub cells.
final class DemoCommune {

    static final String COMMUNE = "Phú Sơn";
    static final String PROVINCE = "Khánh Hòa";
    static final String COMMITTEE = "Đảng ủy xã Phú Sơn";
    static final String OLD_DISTRICT_COMMITTEE = "Huyện ủy Diên Khánh";
    /// The demo commune is a snapshot on this day, so a seed always gives the same file whatever the clock says.
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    /// Admissions before the July 2025 reform were decided by the district committee.
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final int MIN_CELLS = 12;
    static final int MAX_CELLS = 40;

    /// A planned unit. `parent` is an index into the plan, or -1 for the root of the tree.
    record Unit(String name, UnitKind kind, CellType type, int parent, double weight, LocalDate established) {

        boolean isCell() {
            return kind.isCell();
        }
    }

    private static final String[] HAMLETS = {
        "Đông", "Tây", "Nam", "Bắc", "Trung", "Phú Lợi", "Phú Thịnh", "Phú Xuân", "Tân Hòa", "Tân An", "Tân Phú",
        "Hòa Bình", "An Phú", "An Lạc", "Xuân Lâm", "Đồng Tâm", "Thạnh Mỹ", "Vĩnh Thái", "Mỹ Lộc", "Lạc Thiện",
        "Hưng Long", "Bình Minh", "Quyết Thắng", "Phước Lương", "Cây Sung", "Suối Cát", "Đá Mài", "Võ Dõng"};

    private DemoCommune() {
    }

    static int cellCount(int members) {
        return Math.max(MIN_CELLS, Math.min(MAX_CELLS, Math.round(members / 40f)));
    }

    /// The units in insertion order (parents before children).
    static List<Unit> plan(int members) {
        int cells = cellCount(members);
        int residential = Math.max(cells - 11, (int) Math.ceil(cells * 0.6));
        int special = cells - residential;
        List<Unit> units = new ArrayList<>();
        int hamlets = Math.min(HAMLETS.length, (int) Math.ceil(residential * 2 / 3.0));
        for (int i = 0; i < residential; i++) {
            if (i < hamlets) {
                units.add(new Unit("Chi bộ thôn " + HAMLETS[i], UnitKind.SUBORDINATE_CELL, CellType.HAMLET, -1, 2.6,
                        LocalDate.of(1976 + (i * 7) % 15, 1 + (i * 5) % 12, 1 + (i * 11) % 28)));
            } else {
                units.add(new Unit("Chi bộ Tổ dân phố " + (i - hamlets + 1), UnitKind.SUBORDINATE_CELL,
                        CellType.RESIDENTIAL_GROUP, -1, 2.2, LocalDate.of(2020, 1, 1)));
            }
        }
        int left = special;
        left = add(units, left, new Unit("Chi bộ Hưu trí", UnitKind.SUBORDINATE_CELL, CellType.RETIREES, -1, 2.0,
                LocalDate.of(2005, 3, 3)));
        if (left >= 2) {
            int parent = units.size();
            units.add(new Unit("Đảng bộ cơ sở Cơ quan Ủy ban nhân dân xã", UnitKind.GRASSROOTS_COMMITTEE, null, -1, 0,
                    LocalDate.of(2025, 7, 1)));
            units.add(new Unit("Chi bộ Văn phòng - Thống kê", UnitKind.SUBORDINATE_CELL, CellType.ADMIN_AGENCY, parent,
                    1.0, LocalDate.of(2025, 7, 1)));
            units.add(new Unit("Chi bộ Kinh tế - Hạ tầng", UnitKind.SUBORDINATE_CELL, CellType.ADMIN_AGENCY, parent,
                    1.0, LocalDate.of(2025, 7, 1)));
            left -= 2;
        }
        left = add(units, left, new Unit("Chi bộ cơ sở Công ty TNHH May Phú Sơn", UnitKind.GRASSROOTS_CELL,
                CellType.ENTERPRISE, -1, 1.3, LocalDate.of(2012, 9, 15)));
        left = add(units, left, new Unit("Chi bộ Trường THCS Phú Sơn", UnitKind.SUBORDINATE_CELL, CellType.SCHOOL, -1,
                1.0, LocalDate.of(1992, 9, 5)));
        left = add(units, left, new Unit("Chi bộ Quân sự", UnitKind.SUBORDINATE_CELL, CellType.MILITARY, -1, 0.6,
                LocalDate.of(1985, 12, 22)));
        left = add(units, left, new Unit("Chi bộ Công an", UnitKind.SUBORDINATE_CELL, CellType.POLICE, -1, 0.7,
                LocalDate.of(2019, 8, 19)));
        left = add(units, left, new Unit("Chi bộ Trạm Y tế", UnitKind.SUBORDINATE_CELL, CellType.HEALTH_STATION, -1,
                0.5, LocalDate.of(1998, 2, 27)));
        left = add(units, left, new Unit("Chi bộ Cơ quan Đảng - Mặt trận - Đoàn thể", UnitKind.SUBORDINATE_CELL,
                CellType.ADMIN_AGENCY, -1, 0.9, LocalDate.of(2025, 7, 1)));
        left = add(units, left, new Unit("Chi bộ Trường Tiểu học Phú Sơn", UnitKind.SUBORDINATE_CELL, CellType.SCHOOL,
                -1, 0.8, LocalDate.of(1996, 9, 5)));
        left = add(units, left, new Unit("Chi bộ cơ sở Hợp tác xã Nông nghiệp Phú Sơn", UnitKind.GRASSROOTS_CELL,
                CellType.COOPERATIVE, -1, 0.8, LocalDate.of(2008, 4, 10)));
        add(units, left, new Unit("Chi bộ Trường Mầm non Phú Sơn", UnitKind.SUBORDINATE_CELL, CellType.SCHOOL, -1,
                0.5, LocalDate.of(2003, 9, 5)));
        return units;
    }

    private static int add(List<Unit> units, int left, Unit u) {
        if (left <= 0) {
            return left;
        }
        units.add(u);
        return left - 1;
    }
}
