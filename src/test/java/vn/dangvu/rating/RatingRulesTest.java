package vn.dangvu.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingRulesTest {

    /// Q366-QĐ/TW art. 11, HD 43-HD/BTCTW: "HTXSNV: đạt từ 90 điểm trở lên; HTTNV: từ 70 điểm đến dưới 90 điểm;
    /// HTNV: từ 50 điểm đến dưới 70 điểm; KHTNV: dưới 50 điểm" (domain.md §6.3, §16 rule 4).
    @ParameterizedTest
    @CsvSource(textBlock = """
            # score, level reached
            100,    EXCELLENT
            90,     EXCELLENT
            90.00,  EXCELLENT
            # "đến dưới 90"
            89.99,  GOOD
            89.5,   GOOD
            70,     GOOD
            # "đến dưới 70"
            69.99,  COMPLETED
            50,     COMPLETED
            # "dưới 50"
            49.99,  NOT_COMPLETED
            0,      NOT_COMPLETED
            """)
    void q366LevelOfAScore(String score, Level level) {
        assertEquals(Optional.of(level), RatingRules.levelOf(TestRuleSets.Q366, new BigDecimal(score)));
    }

    /// Q132 and Q124 give no scores (domain.md §1.1: "Evaluations before 2025 used 4 levels without points").
    @ParameterizedTest
    @CsvSource({"Q132", "Q124"})
    void noLevelFromAScoreBefore2025(String rs) {
        assertEquals(Optional.empty(), RatingRules.levelOf(TestRuleSets.byCode(rs), new BigDecimal("95")));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # typed,     score, error
            '85',        85,
            '85,5',      85.5,
            '85.5',      85.5,
            ' 92 điểm',  92,
            '70đ',       70,
            '101',       101,
            '-3',        -3,
            '',          ,
            'tám mươi',  ,      rating.error.scoreNotNumber
            '8 5',       ,      rating.error.scoreNotNumber
            'HTTNV',     ,      rating.error.scoreNotNumber
            """)
    void typedScores(String typed, String score, String error) {
        RatingRules.ScoreReading r = RatingRules.readScore(typed);
        assertEquals(Optional.ofNullable(score).map(BigDecimal::new).map(BigDecimal::stripTrailingZeros),
                r.score().map(BigDecimal::stripTrailingZeros));
        assertEquals(Optional.ofNullable(error), r.errorKey());
    }

    /// Score and level must agree (issue 11): the level may be lower than the score reaches (Q366 art. 11 adds
    /// conditions to each level, the quota, a discipline), never higher.
    @ParameterizedTest
    @CsvSource(textBlock = """
            # rule set, level,         score,  field,          problem (none = accepted)
            # Q366: 85 points reach HTTNV only
            Q366,       EXCELLENT,     85,     DECISION_LEVEL, rating.error.levelAboveScore
            Q366,       EXCELLENT,     90,     ,
            Q366,       EXCELLENT,     89.99,  DECISION_LEVEL, rating.error.levelAboveScore
            Q366,       GOOD,          95,     ,
            Q366,       NOT_COMPLETED, 95,     ,
            Q366,       COMPLETED,     69.5,   ,
            Q366,       GOOD,          69.5,   DECISION_LEVEL, rating.error.levelAboveScore
            Q366,       COMPLETED,     49,     DECISION_LEVEL, rating.error.levelAboveScore
            # the decision needs its score under Q366; a score needs a level
            Q366,       GOOD,          ,       DECISION_SCORE, rating.error.scoreRequired
            Q366,       ,              85,     DECISION_LEVEL, rating.error.levelMissing
            Q366,       ,              ,       ,
            # scores outside 0–100, or finer than hundredths
            Q366,       GOOD,          101,    DECISION_SCORE, rating.error.scoreRange
            Q366,       NOT_COMPLETED, -1,     DECISION_SCORE, rating.error.scoreRange
            Q366,       EXCELLENT,     100,    ,
            Q366,       GOOD,          85.555, DECISION_SCORE, rating.error.scoreDecimals
            # Q124 and Q132: four levels without points
            Q124,       GOOD,          ,       ,
            Q124,       GOOD,          85,     DECISION_SCORE, rating.error.noScores
            Q132,       EXCELLENT,     ,       ,
            """)
    void theDecisionsLevelAndScore(String rs, Level level, BigDecimal score, RatingRules.Field field, String problem) {
        Grade g = new Grade(Optional.ofNullable(level), Optional.ofNullable(score));
        List<RatingRules.Problem> p = RatingRules.checkGrade(TestRuleSets.byCode(rs), g, RatingRules.Field.DECISION_LEVEL,
                RatingRules.Field.DECISION_SCORE, true);
        assertEquals(problem == null ? List.of() : List.of(field + " " + problem),
                p.stream().map(x -> x.field() + " " + x.key()).toList());
    }

    /// The self-assessment and the proposal may be a level alone even under Q366.
    @ParameterizedTest
    @CsvSource({"GOOD,", "EXCELLENT,92"})
    void selfAssessmentScoreIsOptional(Level level, BigDecimal score) {
        assertEquals(List.of(), RatingRules.checkGrade(TestRuleSets.Q366, new Grade(Optional.of(level), Optional.ofNullable(score)),
                RatingRules.Field.SELF_LEVEL, RatingRules.Field.SELF_SCORE, false));
    }

    /// HD 21-HD/BTCTW (domain.md §6.3 (d), §16 rule 7): a member "bị thi hành kỷ luật trong năm" is KHTNV; the year of
    /// the decision counts, so a decision dated 31/12 counts in that year and one dated 01/01 in the next.
    @ParameterizedTest
    @CsvSource(textBlock = """
            # rule set, discipline dated, automatic KHTNV in 2026
            Q366,       2026-12-31,       true
            Q366,       2026-01-01,       true
            Q366,       2025-12-31,       false
            Q366,       2027-01-01,       false
            Q124,       2026-06-15,       true
            Q132,       2026-06-15,       true
            """)
    void disciplineInTheYearMeansNotCompleted(String rs, LocalDate dated, boolean automatic) {
        DisciplineFact d = new DisciplineFact(Optional.of(1L), Optional.empty(), "REPRIMAND", dated, Optional.of("05-QĐ/UBKT"));
        assertEquals(automatic ? Set.of(AutoCondition.DISCIPLINE_IN_YEAR) : Set.of(),
                RatingRules.automatic(TestRuleSets.byCode(rs), 2026, List.of(d)));
    }

    /// Q366 art. 11: a collective with a disciplined member or unit under it in the year cannot be HTXSNV; Q124 and
    /// Q132 did not write this condition.
    @ParameterizedTest
    @CsvSource(textBlock = """
            # rule set, discipline dated, HTXSNV barred in 2026
            Q366,       2026-12-31,       true
            Q366,       2025-12-31,       false
            Q124,       2024-05-01,       false
            """)
    void collectiveCondition(String rs, LocalDate dated, boolean barred) {
        DisciplineFact d = new DisciplineFact(Optional.of(7L), Optional.empty(), "WARNING", dated, Optional.empty());
        int year = rs.equals("Q124") ? 2024 : 2026;
        assertEquals(barred, RatingRules.excellentBarred(TestRuleSets.byCode(rs), year, List.of(d)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # automatic KHTNV, HTXSNV barred, decided level, problem
            true,  false, GOOD,          rating.error.automatic
            true,  false, NOT_COMPLETED, ,
            true,  false, ,              ,
            false, true,  EXCELLENT,     rating.error.collectiveDiscipline
            false, true,  GOOD,          ,
            false, false, EXCELLENT,     ,
            """)
    void decisionAgainstTheAutomaticConditions(boolean automatic, boolean barred, Level level, String problem) {
        Set<AutoCondition> a = automatic ? Set.of(AutoCondition.DISCIPLINE_IN_YEAR) : Set.of();
        assertEquals(problem == null ? List.of() : List.of(problem), RatingRules.checkDecision(a, barred,
                new Grade(Optional.ofNullable(level), Optional.empty())).stream().map(RatingRules.Problem::key).toList());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # typed,                         level
            'Hoàn thành xuất sắc nhiệm vụ',  EXCELLENT
            'hoan thanh xuat sac nhiem vu',  EXCELLENT
            'HTXSNV',                        EXCELLENT
            'ht xs nv',                      EXCELLENT
            'Hoàn thành tốt nhiệm vụ',       GOOD
            'Hoàn thành tốt',                GOOD
            'httnv',                         GOOD
            'HTNV',                          COMPLETED
            'Hoàn thành nhiệm vụ',           COMPLETED
            'Không hoàn thành nhiệm vụ',     NOT_COMPLETED
            'KHTNV',                         NOT_COMPLETED
            'GOOD',                          GOOD
            # unknown spellings
            'Tốt',                           ,
            'Xuất sắc',                      ,
            'HTXS',                          ,
            'Trong sạch vững mạnh',          ,
            '',                              ,
            """)
    void levelsAsWordsOrAbbreviations(String typed, Level level) {
        assertEquals(Optional.ofNullable(level), Level.read(typed));
    }

    @ParameterizedTest
    @CsvSource({"85,85", "85.50,'85,5'", "90.25,'90,25'", "100.00,100"})
    void scoresAsVietnameseWriteThem(BigDecimal score, String shown) {
        assertEquals(shown, RatingRules.text(score));
    }
}
