package vn.dangvu.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;

/// The HTXSNV quota as pure functions. HD 21-HD/BTCTW (2019): "số đảng viên được xếp loại 'Hoàn thành xuất sắc
/// nhiệm vụ' không vượt quá 20% số đảng viên được xếp loại 'Hoàn thành tốt nhiệm vụ' ở từng tổ chức cơ sở đảng";
/// kept for Q124 and Q366 (domain.md §6.3, §16 rule 8). The percentage and its basis are the rule set's; the
/// allowed number is rounded down (20 % of 18 HTTNV allows 3; of 20, exactly 4; of none, none).
public final class QuotaRules {

    /// The basis as the regulation words it: those rated HTTNV.
    public static final String GOOD = RuleSet.BASIS_GOOD;
    /// A basis some provinces use: those rated HTTNV or better.
    public static final String GOOD_OR_BETTER = "GOOD_OR_BETTER";

    /// What a change that goes over the quota needs.
    public enum Verdict { OK, JUSTIFY, REFUSE }

    private QuotaRules() {
    }

    /// The number the basis counts.
    public static int basis(String basis, LevelCounts c) {
        return GOOD_OR_BETTER.equals(basis) ? c.good() + c.excellent() : c.good();
    }

    /// The most HTXSNV allowed; empty when the rule set has no quota.
    public static OptionalInt allowed(RuleSet rs, LevelCounts c) {
        if (rs.quotaPercent().isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(allowed(rs.quotaPercent().get(), basis(rs.quotaBasis(), c)));
    }

    /// ⌊percent × basis / 100⌋.
    public static int allowed(BigDecimal percent, int basis) {
        return percent.multiply(BigDecimal.valueOf(basis)).divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).intValueExact();
    }

    /// How many HTXSNV are over the quota (0 when within it or without one).
    public static int excess(RuleSet rs, LevelCounts c) {
        OptionalInt a = allowed(rs, c);
        return a.isEmpty() ? 0 : Math.max(0, c.excellent() - a.getAsInt());
    }

    /// A change from `before` to `after` is checked when it leaves the scope over the quota by more than before:
    /// a change that keeps or lowers the excess (a justified scope, a level entered elsewhere) passes.
    public static Verdict check(RuleSet rs, LevelCounts before, LevelCounts after) {
        int was = excess(rs, before);
        int now = excess(rs, after);
        if (now == 0 || now <= was) {
            return Verdict.OK;
        }
        return rs.quotaMode() == QuotaMode.BLOCK ? Verdict.REFUSE : Verdict.JUSTIFY;
    }
}
