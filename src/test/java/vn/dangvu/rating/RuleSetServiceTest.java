package vn.dangvu.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;

/// The rule sets as data: the built-in ones as the migrations store them, a copy adjusted, and what cannot change.
class RuleSetServiceTest {

    @TempDir
    Path dir;
    private RatingFixture f;

    @BeforeEach
    void setUp() throws AppException {
        f = new RatingFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void builtInRuleSetsAreTheRegulations() {
        assertEquals(List.of(TestRuleSets.Q366, TestRuleSets.Q124, TestRuleSets.Q132), f.ctx.ruleSets().all());
        assertEquals("Q366_HD43", f.ctx.years().find(2026).orElseThrow().ruleSetCode());
    }

    @Test
    void aCopyCanBeAdjustedAndChosenForTheYear() throws AppException {
        RuleSet copy = f.ctx.ruleSets().copy("Q366_HD43", " q366_kh2026 ", "Quy định 366, hướng dẫn của Tỉnh ủy năm 2026");
        assertEquals("Q366_KH2026", copy.code());
        assertEquals(Optional.of("Q366_HD43"), copy.copiedFrom());
        RuleSet adjusted = new RuleSet(copy.code(), copy.name(), 2026, Optional.empty(), false, copy.copiedFrom(), copy.levels(),
                Optional.of(new RuleSet.Thresholds(new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("50"))),
                Optional.of(new BigDecimal("25")), QuotaRules.GOOD_OR_BETTER, QuotaMode.BLOCK, copy.exemptions(), 6,
                copy.autoConditions(), "Tỉnh hạ ngưỡng HTXSNV còn 85 điểm");
        RuleSet saved = f.ctx.ruleSets().update(adjusted);
        assertEquals(0, new BigDecimal("85").compareTo(saved.scores().orElseThrow().excellent()));
        assertEquals(QuotaMode.BLOCK, saved.quotaMode());
        assertEquals(QuotaRules.GOOD_OR_BETTER, saved.quotaBasis());
        f.ctx.years().setRuleSet(2026, "Q366_KH2026");
        assertEquals("Q366_KH2026", f.rating.year(2026).ruleSet().code());
        // 85 points now reach HTXSNV
        long an = f.member(f.dong, "Nguyễn Văn An");
        for (int i = 0; i < 4; i++) {
            f.rate(f.member(f.dong, "Người Thứ " + "ABCD".charAt(i)), Level.GOOD, 75);
        }
        assertEquals(Optional.of(Level.EXCELLENT), f.rate(an, Level.EXCELLENT, 86).orElseThrow().level());

        f.ctx.years().close(2026);
        AppException closed = assertThrows(AppException.class, () -> f.ctx.ruleSets().update(adjusted));
        assertEquals("«Quy định 366, hướng dẫn của Tỉnh ủy năm 2026» đã dùng cho năm 2026 đã khóa sổ nên không sửa được.",
                closed.userMessage());
    }

    @Test
    void whatCannotChange() throws AppException {
        AppException builtIn = assertThrows(AppException.class, () -> f.ctx.ruleSets().update(TestRuleSets.blocking(TestRuleSets.Q366)));
        assertEquals("«Quy định 366-QĐ/TW (30/8/2025), Hướng dẫn 43-HD/BTCTW (31/10/2025)» là quy định của Trung ương, không sửa được;"
                + " hãy sao chép rồi điều chỉnh bản sao.", builtIn.userMessage());
        assertEquals("rating.ruleSet.error.exists", assertThrows(AppException.class,
                () -> f.ctx.ruleSets().copy("Q124_HD25", "Q366_HD43", "Bản sao")).key());
        assertEquals("rating.ruleSet.error.code", assertThrows(AppException.class,
                () -> f.ctx.ruleSets().copy("Q124_HD25", "bản sao", "Bản sao")).key());
        RuleSet copy = f.ctx.ruleSets().copy("Q366_HD43", "Q366_X", "Bản sao");
        RuleSet falling = new RuleSet(copy.code(), copy.name(), 2025, Optional.empty(), false, copy.copiedFrom(), copy.levels(),
                Optional.of(new RuleSet.Thresholds(new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("50"))),
                copy.quotaPercent(), copy.quotaBasis(), copy.quotaMode(), copy.exemptions(), 6, copy.autoConditions(), "");
        AppException e = assertThrows(AppException.class, () -> f.ctx.ruleSets().update(falling));
        assertEquals("Ngưỡng điểm phải tăng dần trong thang 0–100: HTNV từ 50, HTTNV từ 70, HTXSNV từ 60.", e.userMessage());
    }
}
