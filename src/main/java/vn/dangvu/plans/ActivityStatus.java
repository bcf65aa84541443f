package vn.dangvu.plans;

/// Where a planned activity stands. The i18n key is "plan.status.<NAME>".
public enum ActivityStatus {
    PLANNED,
    /// Done: the day and a short result (a supervision's conclusion).
    DONE,
    /// Postponed, with the reason.
    POSTPONED;

    public String i18nKey() {
        return "plan.status." + name();
    }
}
