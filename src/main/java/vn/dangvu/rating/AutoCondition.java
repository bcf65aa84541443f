package vn.dangvu.rating;

/// Conditions a rule set applies by itself (domain.md §6.3, §4.5, §16 rules 5 and 7):
///
/// - DISCIPLINE_IN_YEAR: a member (or an organisation) disciplined by a decision dated in the rating year is rated
///   KHTNV for that year (HD 21-HD/BTCTW; the same logic in NĐ 335/2025). One violation counts once: only the year
///   of the decision.
/// - COLLECTIVE_DISCIPLINE: an organisation cannot be HTXSNV when, in the rating year, it, a unit under it or a
///   member rated in it was disciplined (Q366-QĐ/TW art. 11: "không có tổ chức trực thuộc, thành viên ... bị thi
///   hành kỷ luật").
///
/// The i18n key is "rating.auto.<NAME>".
public enum AutoCondition {
    DISCIPLINE_IN_YEAR,
    COLLECTIVE_DISCIPLINE;

    public String i18nKey() {
        return "rating.auto." + name();
    }
}
