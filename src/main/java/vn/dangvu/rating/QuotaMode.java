package vn.dangvu.rating;

/// What happens when the HTXSNV count would go over the quota: a warning that asks for a written justification
/// (the default: domain.md §6.3 makes the cap a warning with a "special case approved" override), or a refusal.
/// The i18n key is "rating.quotaMode.<NAME>".
public enum QuotaMode {
    WARN_WITH_JUSTIFICATION,
    BLOCK;

    public String i18nKey() {
        return "rating.quotaMode." + name();
    }
}
