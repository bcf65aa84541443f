package vn.dangvu.rating;

import java.math.BigDecimal;
import java.util.Optional;

import vn.dangvu.common.I18n;

/// The rating's words in Vietnamese: levels, exemptions, scores, and the rules' problems as sentences.
public final class RatingText {

    private RatingText() {
    }

    /// "Hoàn thành tốt nhiệm vụ".
    public static String level(Level l) {
        return I18n.t(l.i18nKey());
    }

    /// "HTTNV"; "" for none.
    public static String abbreviation(Optional<Level> l) {
        return l.map(x -> I18n.t(x.shortKey())).orElse("");
    }

    public static String score(Optional<BigDecimal> s) {
        return s.map(RatingRules::text).orElse("");
    }

    public static String exemption(ExemptionReason r) {
        return I18n.t(r.i18nKey());
    }

    /// The problem's message (levels in words), without the field.
    public static String problem(RatingRules.Problem p) {
        Object[] args = p.args().stream().map(a -> a instanceof Level l ? level(l) : a).toArray();
        return I18n.t(p.key(), args);
    }

    /// The live counter of a quota scope: "HTXSNV 3 / tối đa 4 (20 % của 18 HTTNV)".
    public static String counter(QuotaStatus q) {
        if (q.allowed().isEmpty()) {
            return I18n.t("rating.quota.none", q.counts().excellent());
        }
        return I18n.t("rating.quota.counter", q.counts().excellent(), q.allowed().getAsInt(), QuotaTally.percent(q.percent()),
                basis(q.basis(), q.basisCount()));
    }

    /// "18 HTTNV" or "21 HTTNV trở lên", as the rule set's basis counts.
    public static String basis(String basis, int count) {
        return I18n.t(QuotaRules.GOOD_OR_BETTER.equals(basis) ? "rating.quota.basis.goodOrBetter" : "rating.quota.basis.good", count);
    }

    /// "Đảng ủy quyết định: …" — the field, then the problem.
    public static String withField(RatingRules.Problem p) {
        return I18n.t("rating.error.field", I18n.t(p.field().i18nKey()), problem(p));
    }
}
