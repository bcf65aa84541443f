package vn.dangvu.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.common.I18n;
import vn.dangvu.party.UnitKind;

class UnitRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # kind,            full members, leaders (role:termEnd, ; separated), expected warning keys
            SUBORDINATE_CELL,  5,  SECRETARY:2027-12-31,                         -
            SUBORDINATE_CELL,  2,  SECRETARY:2027-12-31,                         unit.warning.fewMembers
            SUBORDINATE_CELL,  9,  SECRETARY:2027-12-31,                         unit.warning.noCommittee
            SUBORDINATE_CELL,  12, SECRETARY:2027-12-31;CELL_COMMITTEE_MEMBER:2027-12-31, -
            GRASSROOTS_CELL,   4,  SECRETARY:2025-12-31,                         unit.warning.secretaryTermEnded
            SUBORDINATE_CELL,  4,  -,                                            unit.warning.noSecretary
            # not a cell: no cell warnings
            COMMUNE_COMMITTEE, 1,  -,                                            -
            """)
    void warnings(UnitKind kind, int full, String leaders, String expected) {
        List<UnitRules.Leader> ls = new ArrayList<>();
        if (leaders != null) {
            for (String l : leaders.split(";")) {
                String[] p = l.split(":");
                ls.add(new UnitRules.Leader("Nguyễn Văn A", UnitRules.LeaderRole.valueOf(p[0]), LocalDate.of(2023, 1, 1),
                        Optional.empty(), Optional.of(LocalDate.parse(p[1]))));
            }
        }
        List<UnitRules.Warning> ws = UnitRules.warnings(new UnitRules.Facts(1, "Chi bộ thôn Đông", kind, true, full, ls), TODAY);
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), ws.stream().map(UnitRules.Warning::key).toList());
        for (UnitRules.Warning w : ws) {
            assertEquals(false, I18n.t(w.key(), w.args().toArray()).contains("!"));
        }
    }

    @Test
    void datesInMessagesAreVietnamese() {
        assertEquals("Bí thư Nguyễn Văn A đã hết nhiệm kỳ từ 31/12/2025.",
                I18n.t("unit.warning.secretaryTermEnded", "Nguyễn Văn A", LocalDate.of(2025, 12, 31)));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # child,              parent,               allowed
            COMMUNE_COMMITTEE,    -,                    true
            SUBORDINATE_CELL,     -,                    false
            COMMUNE_COMMITTEE,    COMMUNE_COMMITTEE,    false
            GRASSROOTS_COMMITTEE, COMMUNE_COMMITTEE,    true
            GRASSROOTS_COMMITTEE, GRASSROOTS_COMMITTEE, false
            SUB_COMMITTEE,        GRASSROOTS_COMMITTEE, true
            SUB_COMMITTEE,        COMMUNE_COMMITTEE,    false
            # a cell under the commune or a đảng bộ cơ sở (or its đảng bộ bộ phận)
            GRASSROOTS_CELL,      COMMUNE_COMMITTEE,    true
            GRASSROOTS_CELL,      GRASSROOTS_COMMITTEE, true
            SUBORDINATE_CELL,     COMMUNE_COMMITTEE,    true
            SUBORDINATE_CELL,     SUB_COMMITTEE,        true
            SUBORDINATE_CELL,     SUBORDINATE_CELL,     false
            SUBORDINATE_CELL,     PARTY_GROUP,          false
            # a tổ đảng only under a cell
            PARTY_GROUP,          SUBORDINATE_CELL,     true
            PARTY_GROUP,          GRASSROOTS_CELL,      true
            PARTY_GROUP,          COMMUNE_COMMITTEE,    false
            PARTY_GROUP,          GRASSROOTS_COMMITTEE, false
            PARTY_GROUP,          PARTY_GROUP,          false
            """)
    void placement(UnitKind child, UnitKind parent, boolean allowed) {
        assertEquals(allowed, UnitRules.allowedUnder(child, Optional.ofNullable(parent)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # tree: 1 <- 2 <- 3 <- 4, 1 <- 5;  unit, new parent, cycle
            2, 2, true
            2, 3, true
            2, 4, true
            2, 5, false
            4, 5, false
            3, 1, false
            # bad data that already loops counts as a cycle
            5, 9, true
            """)
    void cycles(long unit, long newParent, boolean cycle) {
        Map<Long, Long> parentOf = Map.of(2L, 1L, 3L, 2L, 4L, 3L, 5L, 1L, 9L, 8L, 8L, 9L);
        assertEquals(cycle, UnitRules.wouldCycle(unit, newParent, parentOf));
    }
}
