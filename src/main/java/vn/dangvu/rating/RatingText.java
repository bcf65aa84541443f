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

    /// "Đảng ủy quyết định: …" — the field, then the problem.
    public static String withField(RatingRules.Problem p) {
        return I18n.t("rating.error.field", I18n.t(p.field().i18nKey()), problem(p));
    }
}
