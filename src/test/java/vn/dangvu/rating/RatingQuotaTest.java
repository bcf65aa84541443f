package vn.dangvu.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;

/// The HTXSNV quota per grassroots organisation through the service: a warning that asks for a justification (kept
/// with the quota and the evaluation), or a refusal when the rule set blocks; the live counter of the screen.
class RatingQuotaTest {

    @TempDir
    Path dir;
    private RatingFixture f;
    private final List<Long> dong = new ArrayList<>();
    private long school;

    @BeforeEach
    void setUp() throws AppException {
        f = new RatingFixture(dir);
        for (String n : List.of("Nguyễn Văn An", "Trần Văn Bảo", "Lê Văn Cường", "Phạm Văn Dũng", "Hoàng Văn Em", "Vũ Văn Giang",
                "Đỗ Văn Hòa")) {
            dong.add(f.member(f.dong, n));
        }
        school = f.member(f.school, "Bùi Thị Lan");
        for (int i = 0; i < 5; i++) {
            f.rate(dong.get(i), Level.GOOD, 80 + i);
        }
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private RatingInput excellent(long member) {
        return new RatingInput(2026, Subject.member(member), Grade.NONE, Grade.NONE, Grade.of(Level.EXCELLENT, 95), "");
    }

    @Test
    void overTheQuotaAsksForAJustificationAndKeepsIt() throws AppException {
        // 20 % of 5 HTTNV: one HTXSNV
        f.rating.save(excellent(dong.get(5)));
        int rows = f.rows("evaluation");
        AppException e = assertThrows(AppException.class, () -> f.rating.save(excellent(dong.get(6))));
        assertEquals("rating.error.quotaJustify", e.key());
        assertEquals("Đảng bộ xã Phú Sơn: HTXSNV sẽ là 2, vượt mức tối đa 1 (20 % của 5 HTTNV). Muốn vượt, hãy ghi rõ lý do"
                + " (trường hợp đặc biệt được cấp có thẩm quyền đồng ý).", e.userMessage());
        assertEquals(rows, f.rows("evaluation"));
        assertEquals(0, f.rows("evaluation_quota"));

        Evaluation saved = f.rating.save(excellent(dong.get(6)).withJustification("Có thành tích đột xuất, được Tỉnh ủy khen"))
                .orElseThrow();
        assertTrue(saved.overQuota());
        assertEquals(1, f.rows("evaluation_quota"));
        Roster r = f.rating.roster(2026);
        QuotaStatus s = QuotaTally.of(r).status(Subject.Kind.MEMBER, f.root);
        assertEquals(new LevelCounts(2, 5, 0, 0), s.counts());
        assertEquals(OptionalInt.of(1), s.allowed());
        assertTrue(s.over());
        assertEquals(Optional.of("Có thành tích đột xuất, được Tỉnh ủy khen"), s.justification());
        assertEquals("HTXSNV 2 / tối đa 1 (20 % của 5 HTTNV)", RatingText.counter(s));
        // the chi bộ cơ sở counts alone: no HTTNV there, so its first HTXSNV is over too
        assertEquals("rating.error.quotaJustify", assertThrows(AppException.class, () -> f.rating.save(excellent(school))).key());
        QuotaStatus schoolStatus = QuotaTally.of(r).status(Subject.Kind.MEMBER, f.school);
        assertEquals(OptionalInt.of(0), schoolStatus.allowed());
        assertFalse(schoolStatus.over());
    }

    /// A rule set copied with the quota mode BLOCK refuses instead of asking.
    @Test
    void aBlockingRuleSetRefuses() throws AppException {
        RuleSet copy = f.ctx.ruleSets().copy("Q366_HD43", "Q366_KH", "Quy định 366, tỉnh không cho vượt tỷ lệ");
        f.ctx.ruleSets().update(TestRuleSets.blocking(copy));
        f.ctx.years().setRuleSet(2026, "Q366_KH");
        f.rating.save(excellent(dong.get(5)));
        AppException e = assertThrows(AppException.class,
                () -> f.rating.save(excellent(dong.get(6)).withJustification("Có thành tích đột xuất")));
        assertEquals("Đảng bộ xã Phú Sơn: HTXSNV sẽ là 2, vượt mức tối đa 1 (20 % của 5 HTTNV). Quy định 366, tỉnh không cho vượt"
                + " tỷ lệ không cho vượt tỷ lệ này.", e.userMessage());
        assertEquals(Optional.of(Level.EXCELLENT), f.rating.roster(2026).members().stream()
                .filter(m -> m.memberId() == dong.get(5)).findFirst().orElseThrow().stored().orElseThrow().level());
    }

    /// The live counter: the change is counted at once, in the scope of the member's grassroots organisation.
    @Test
    void theCounterFollowsEachChange() throws AppException {
        QuotaTally t = QuotaTally.of(f.rating.roster(2026));
        assertEquals(new LevelCounts(0, 5, 0, 0), t.counts(Subject.Kind.MEMBER, f.root));
        assertEquals(QuotaRules.Verdict.OK, t.check(Subject.Kind.MEMBER, f.root, Optional.empty(), Optional.of(Level.EXCELLENT)));
        t.change(Subject.Kind.MEMBER, f.root, Optional.empty(), Optional.of(Level.EXCELLENT));
        assertEquals(QuotaRules.Verdict.JUSTIFY, t.check(Subject.Kind.MEMBER, f.root, Optional.empty(), Optional.of(Level.EXCELLENT)));
        // one of the 5 HTTNV moved down leaves 4: 0 allowed, the HTXSNV already counted is over
        assertEquals(QuotaRules.Verdict.JUSTIFY, t.check(Subject.Kind.MEMBER, f.root, Optional.of(Level.GOOD),
                Optional.of(Level.COMPLETED)));
        assertEquals(new LevelCounts(1, 5, 0, 0), t.counts(Subject.Kind.MEMBER, f.root));
        assertEquals(LevelCounts.ZERO, t.counts(Subject.Kind.MEMBER, f.school));
    }
}
