package vn.dangvu.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.common.Text;

/// The grading rules of a rule set as pure functions (domain.md §6.3, §14.3 rule 4): reading a typed score, the
/// level a score reaches, the checks of one step (level, score and their agreement), and the conditions a rule set
/// applies by itself. Every problem names its field and carries an i18n key with its arguments.
public final class RatingRules {

    static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);
    static final int SCORE_DECIMALS = 2;

    /// The fields of a rating, for the messages ("Đảng ủy quyết định: …").
    public enum Field {
        SELF_LEVEL, SELF_SCORE, PROPOSAL_LEVEL, PROPOSAL_SCORE, DECISION_LEVEL, DECISION_SCORE, REASON, JUSTIFICATION;

        public String i18nKey() {
            return "rating.field." + name();
        }
    }

    /// One problem: the field and the i18n key of the message with its arguments (a [Level] argument is shown in
    /// words).
    public record Problem(Field field, String key, List<Object> args) {

        static Problem of(Field f, String key, Object... args) {
            return new Problem(f, key, List.of(args));
        }
    }

    /// A typed score: the number, or the i18n key saying why the text is not one ({0} the text).
    public record ScoreReading(Optional<BigDecimal> score, Optional<String> errorKey) {

        public boolean ok() {
            return errorKey.isEmpty();
        }
    }

    private RatingRules() {
    }

    /// "85", "85,5", "85.5", "85 điểm", "85đ"; blank is no score. The range is checked by [#checkGrade].
    public static ScoreReading readScore(String text) {
        String t = Text.clean(text).toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return new ScoreReading(Optional.empty(), Optional.empty());
        }
        t = t.replaceFirst("\\s*(điểm|đ)$", "").replace(',', '.');
        if (!t.matches("-?\\d{1,4}(\\.\\d+)?")) {
            return new ScoreReading(Optional.empty(), Optional.of("rating.error.scoreNotNumber"));
        }
        return new ScoreReading(Optional.of(new BigDecimal(t)), Optional.empty());
    }

    /// The level a score reaches under Q366 art. 11 (HD 43-HD/BTCTW): "từ 90 điểm trở lên" HTXSNV, "từ 70 đến dưới
    /// 90" HTTNV, "từ 50 đến dưới 70" HTNV, "dưới 50" KHTNV; the thresholds are the rule set's. Empty when the rule
    /// set gives no scores.
    public static Optional<Level> levelOf(RuleSet rs, BigDecimal score) {
        return rs.scores().map(t -> score.compareTo(t.excellent()) >= 0 ? Level.EXCELLENT
                : score.compareTo(t.good()) >= 0 ? Level.GOOD
                : score.compareTo(t.completed()) >= 0 ? Level.COMPLETED : Level.NOT_COMPLETED);
    }

    /// Checks one step. A level needs its score under a rule set with scores when `scoreRequired` (the decision);
    /// a score needs a level. The level may be lower than the score reaches (Q366 art. 11 adds conditions to each
    /// level's score, the quota may hold an HTXSNV back, a discipline makes it KHTNV) but never higher: 85 points
    /// with HTXSNV is refused.
    public static List<Problem> checkGrade(RuleSet rs, Grade g, Field levelField, Field scoreField, boolean scoreRequired) {
        List<Problem> out = new ArrayList<>();
        if (g.level().isPresent() && !rs.levels().contains(g.level().get())) {
            out.add(Problem.of(levelField, "rating.error.levelNotInRuleSet", g.level().get(), rs.name()));
        }
        if (g.score().isPresent()) {
            BigDecimal s = g.score().get();
            if (!rs.usesScores()) {
                out.add(Problem.of(scoreField, "rating.error.noScores", rs.name()));
            } else if (s.signum() < 0 || s.compareTo(MAX_SCORE) > 0) {
                out.add(Problem.of(scoreField, "rating.error.scoreRange", text(s)));
            } else if (s.stripTrailingZeros().scale() > SCORE_DECIMALS) {
                out.add(Problem.of(scoreField, "rating.error.scoreDecimals", text(s)));
            } else if (g.level().isEmpty()) {
                out.add(Problem.of(levelField, "rating.error.levelMissing", text(s)));
            } else {
                Level reached = levelOf(rs, s).orElseThrow();
                if (g.level().get().above(reached)) {
                    RuleSet.Thresholds t = rs.scores().orElseThrow();
                    out.add(Problem.of(levelField, "rating.error.levelAboveScore", text(s), reached, g.level().get(),
                            text(t.excellent()), text(t.good()), text(t.completed())));
                }
            }
        } else if (scoreRequired && rs.usesScores() && g.level().isPresent()) {
            out.add(Problem.of(scoreField, "rating.error.scoreRequired", rs.name()));
        }
        return out;
    }

    /// Checks every step of an input; the decision needs its score under a rule set with scores.
    public static List<Problem> check(RuleSet rs, RatingInput in) {
        List<Problem> out = new ArrayList<>();
        out.addAll(checkGrade(rs, in.self(), Field.SELF_LEVEL, Field.SELF_SCORE, false));
        out.addAll(checkGrade(rs, in.proposal(), Field.PROPOSAL_LEVEL, Field.PROPOSAL_SCORE, false));
        out.addAll(checkGrade(rs, in.decision(), Field.DECISION_LEVEL, Field.DECISION_SCORE, true));
        return out;
    }

    /// DISCIPLINE_IN_YEAR (HD 21-HD/BTCTW; domain.md §6.3 (d)): "bị thi hành kỷ luật trong năm" ⇒ KHTNV; the year
    /// of the decision counts (31/12 is still in the year), so one violation counts once. `own` are the member's
    /// (or the organisation's own) disciplines.
    public static Set<AutoCondition> automatic(RuleSet rs, int year, List<DisciplineFact> own) {
        Set<AutoCondition> out = EnumSet.noneOf(AutoCondition.class);
        if (rs.applies(AutoCondition.DISCIPLINE_IN_YEAR) && own.stream().anyMatch(d -> d.date().getYear() == year)) {
            out.add(AutoCondition.DISCIPLINE_IN_YEAR);
        }
        return out;
    }

    /// COLLECTIVE_DISCIPLINE (Q366 art. 11): an organisation with a discipline in the year of itself, a unit under it
    /// or a member rated in it cannot be HTXSNV. `inside` are those disciplines.
    public static boolean excellentBarred(RuleSet rs, int year, List<DisciplineFact> inside) {
        return rs.applies(AutoCondition.COLLECTIVE_DISCIPLINE) && inside.stream().anyMatch(d -> d.date().getYear() == year);
    }

    /// The decision against the conditions applied by themselves: KHTNV when DISCIPLINE_IN_YEAR applies, no HTXSNV
    /// when the collective condition bars it.
    public static List<Problem> checkDecision(Set<AutoCondition> automatic, boolean excellentBarred, Grade decision) {
        List<Problem> out = new ArrayList<>();
        Optional<Level> l = decision.level();
        if (automatic.contains(AutoCondition.DISCIPLINE_IN_YEAR) && l.isPresent() && l.get() != Level.NOT_COMPLETED) {
            out.add(Problem.of(Field.DECISION_LEVEL, "rating.error.automatic", l.get()));
        }
        if (excellentBarred && l.equals(Optional.of(Level.EXCELLENT))) {
            out.add(Problem.of(Field.DECISION_LEVEL, "rating.error.collectiveDiscipline"));
        }
        return out;
    }

    /// A score as Vietnamese write it: "85", "85,5", "90,25".
    public static String text(BigDecimal score) {
        BigDecimal s = score.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0, RoundingMode.UNNECESSARY);
        }
        return s.toPlainString().replace('.', ',');
    }
}
