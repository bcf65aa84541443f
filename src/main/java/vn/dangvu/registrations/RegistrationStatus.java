package vn.dangvu.registrations;

/// Where a registration stands: a DRAFT copied from last year until the clerk confirms it, CONFIRMED once entered
/// or confirmed, REVIEWED when every item has the cell's (for a cell: the committee's) assessment. SUBMITTED is kept
/// for files that used it. The i18n key is "registrations.status.<NAME>".
public enum RegistrationStatus {
    DRAFT,
    SUBMITTED,
    CONFIRMED,
    REVIEWED;

    public String i18nKey() {
        return "registrations.status." + name();
    }
}
