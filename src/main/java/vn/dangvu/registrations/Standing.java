package vn.dangvu.registrations;

/// A member's place in the year's registrations, as the cell's list shows it. The i18n key is
/// "registrations.standing.<NAME>".
public enum Standing {
    /// Registered, items concrete, not yet assessed.
    REGISTERED,
    /// Copied from last year, to confirm or edit.
    DRAFT,
    /// Registered with items lacking a measure or a deadline ("chung chung").
    VAGUE,
    /// Every item assessed.
    ASSESSED,
    /// On the roll and not registered.
    MISSING,
    /// Exempt from work and meetings (not expected to register).
    EXEMPT,
    /// Temporarily away (not expected to register here).
    AWAY,
    /// Left the roll during the year.
    LEFT;

    public String i18nKey() {
        return "registrations.standing." + name();
    }

    /// The short word of a list column ("Chung chung", "Miễn").
    public String shortKey() {
        return "registrations.standing.short." + name();
    }

    /// Where a registered member (or cell) stands: a draft to confirm, fully assessed, with vague items, or registered.
    public static Standing of(RegistrationStatus status, Tally t) {
        if (status == RegistrationStatus.DRAFT) {
            return DRAFT;
        }
        if (t.fullyAssessed()) {
            return ASSESSED;
        }
        return t.vague() > 0 ? VAGUE : REGISTERED;
    }

    /// Counted as registered.
    public boolean registered() {
        return this == REGISTERED || this == DRAFT || this == VAGUE || this == ASSESSED;
    }
}
