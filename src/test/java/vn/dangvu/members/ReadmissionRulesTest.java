package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.party.EventType;

/// Q294-QĐ/TW §3.5 (domain.md §4.4): 36 months out of the Party, 60 after a criminal record is cleared, written
/// consent of the provincial standing committee, excluded ways of leaving. Each is a warning, never a refusal.
class ReadmissionRulesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # left by,    left on,    readmission, consent no, consent date, record cleared, warnings
            EXPULSION,    2022-01-01, 2026-01-01,  12-CV/TU,   2025-12-01,   -,              expelled
            # 36 months: one day short, then exactly
            EXPULSION,    2023-01-02, 2026-01-01,  12-CV/TU,   2025-12-01,   -,              monthsOut expelled
            EXPULSION,    2023-01-01, 2026-01-01,  12-CV/TU,   2025-12-01,   -,              expelled
            # 60 months after a cleared criminal record
            EXPULSION,    2020-01-01, 2026-01-01,  12-CV/TU,   2025-12-01,   2021-01-02,     recordCleared expelled
            EXPULSION,    2020-01-01, 2026-01-01,  12-CV/TU,   2025-12-01,   2021-01-01,     expelled
            # resignation (special family hardship only) and removal (not after abandoning Party activity)
            RESIGNATION,  2020-01-01, 2026-01-01,  12-CV/TU,   2025-12-01,   -,              resigned
            REMOVAL,      2020-01-01, 2026-01-01,  12-CV/TU,   2025-12-01,   -,              removed
            PROBATION_FAILED, 2020-01-01, 2026-01-01, 12-CV/TU, 2025-12-01,  -,              -
            # no consent recorded (number or date missing)
            PROBATION_FAILED, 2020-01-01, 2026-01-01, -,       -,            -,              noConsent
            PROBATION_FAILED, 2020-01-01, 2026-01-01, 12-CV/TU, -,           -,              noConsent
            # how the member left is not on file: only what can be checked
            -,            -,          2026-01-01,  12-CV/TU,   2025-12-01,   -,              -
            """)
    void warnings(EventType leftBy, LocalDate leftOn, LocalDate date, String consentNo, LocalDate consentDate,
                  LocalDate cleared, String expected) {
        List<String> keys = ReadmissionRules.warnings(leftBy, leftOn, date, new ReadmissionDetails(consentNo, consentDate, cleared))
                .stream().map(w -> w.key().substring("member.readmit.warn.".length())).toList();
        assertEquals(expected == null ? List.of() : Arrays.asList(expected.split(" ")), keys);
    }
}
