package vn.dangvu.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotaRulesTest {

    /// HD 21-HD/BTCTW (2019), kept for Q124/Q366 (domain.md §6.3): "số đảng viên được xếp loại HTXSNV không vượt quá
    /// 20% số đảng viên được xếp loại HTTNV ở từng tổ chức cơ sở đảng"; rounded down (issue 11).
    @ParameterizedTest
    @CsvSource(textBlock = """
            # HTTNV, HTXSNV allowed
            # exactly 20 %
            20,      4
            18,      3
            5,       1
            4,       0
            # zero HTTNV allows none
            0,       0
            100,     20
            """)
    void allowedIsTwentyPercentOfGoodRoundedDown(int good, int allowed) {
        assertEquals(OptionalInt.of(allowed), QuotaRules.allowed(TestRuleSets.Q366, new LevelCounts(0, good, 3, 1)));
    }

    @ParameterizedTest
    @CsvSource({"20.00,21,4", "25,21,5", "15,10,1", "0,50,0"})
    void anotherPercentage(BigDecimal pct, int basis, int allowed) {
        assertEquals(allowed, QuotaRules.allowed(pct, basis));
    }

    /// A change is checked when it takes the HTXSNV count over the quota by more than before.
    @ParameterizedTest
    @CsvSource(textBlock = """
            # before: HTXSNV, HTTNV; changed from, to;   verdict (warning mode), verdict (block mode)
            # a 4th HTXSNV next to 20 HTTNV: exactly 20 % is allowed
            3, 20, COMPLETED,     EXCELLENT,     OK,      OK
            # a 5th is over
            4, 20, COMPLETED,     EXCELLENT,     JUSTIFY, REFUSE
            # moving one of 20 HTTNV up leaves 19 HTTNV: 3 allowed, 4 over
            3, 20, GOOD,          EXCELLENT,     JUSTIFY, REFUSE
            # zero HTTNV: no HTXSNV
            0, 0,  ,              EXCELLENT,     JUSTIFY, REFUSE
            # one HTTNV fewer can take the count over too
            4, 20, GOOD,          COMPLETED,     JUSTIFY, REFUSE
            # already over (justified): other levels and lowering pass
            5, 20, ,              COMPLETED,     OK,      OK
            5, 20, EXCELLENT,     GOOD,          OK,      OK
            # already over: one more is asked again
            5, 20, COMPLETED,     EXCELLENT,     JUSTIFY, REFUSE
            # an HTTNV added makes room
            4, 19, ,              GOOD,          OK,      OK
            """)
    void aChangeOverTheQuota(int excellent, int good, Level from, Level to, QuotaRules.Verdict warn, QuotaRules.Verdict block) {
        // `before` holds the subject's old level among its counts
        LevelCounts before = new LevelCounts(excellent, good, 2, 0);
        LevelCounts after = before.change(Optional.ofNullable(from), Optional.ofNullable(to));
        assertEquals(warn, QuotaRules.check(TestRuleSets.Q366, before, after));
        assertEquals(block, QuotaRules.check(TestRuleSets.blocking(TestRuleSets.Q366), before, after));
    }

    @ParameterizedTest
    @CsvSource({"GOOD_COUNT,4", "GOOD_OR_BETTER,5"})
    void basisAsData(String basis, int allowed) {
        assertEquals(allowed, QuotaRules.allowed(new BigDecimal("20"), QuotaRules.basis(basis, new LevelCounts(5, 20, 0, 0))));
    }
}
