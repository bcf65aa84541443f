package vn.dangvu.party;

import java.time.LocalDate;

/// Probation lasts 12 months from the admission ceremony (domain.md §4.4, rule 18).
public final class Probation {

    public static final int MONTHS = 12;

    private Probation() {
    }

    public static LocalDate end(LocalDate ceremony) {
        return ceremony.plusMonths(MONTHS);
    }
}
