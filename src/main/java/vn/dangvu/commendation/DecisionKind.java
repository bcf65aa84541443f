package vn.dangvu.commendation;

/// Why a decision is made (domain.md §8.6): with the year-end review, for five years in a row, for an outstanding
/// achievement, for a campaign, for the committee term. Only a yearly decision ([#PERIODIC_YEAR]) needs the year's
/// rating finished, and a reason for each recipient not rated HTXSNV. The i18n key is "commendation.kind.<NAME>".
public enum DecisionKind {
    PERIODIC_YEAR,
    FIVE_YEARS,
    AD_HOC,
    THEMATIC,
    TERM;

    public String i18nKey() {
        return "commendation.kind." + name();
    }
}
