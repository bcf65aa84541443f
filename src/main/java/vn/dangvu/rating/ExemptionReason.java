package vn.dangvu.rating;

/// Why a member or an organisation is not rated in a year (domain.md §6.2, §16 rule 9): exempt from work and
/// meetings (Q132 on), suspended, admitted less than the rule set's months before the rating (Q124 on), and an
/// organisation set up less than those months before the rating ("chi bộ mới thành lập chưa đủ thời gian đánh
/// giá", §11.2). Which of them apply is the rule set's data. The i18n key is "rating.exempt.<NAME>".
public enum ExemptionReason {
    EXEMPT_WORK_MEETINGS,
    SUSPENDED,
    ADMITTED_LT_6_MONTHS,
    NEW_UNIT;

    public String i18nKey() {
        return "rating.exempt." + name();
    }
}
