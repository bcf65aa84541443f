package vn.dangvu.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.common.I18n;

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

    @org.junit.jupiter.api.Test
    void datesInMessagesAreVietnamese() {
        assertEquals("Bí thư Nguyễn Văn A đã hết nhiệm kỳ từ 31/12/2025.",
                I18n.t("unit.warning.secretaryTermEnded", "Nguyễn Văn A", LocalDate.of(2025, 12, 31)));
    }
}
