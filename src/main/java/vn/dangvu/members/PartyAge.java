package vn.dangvu.members;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/// Party age (tuổi đảng): counted from the date the admission decision was signed (the first one for a
/// readmitted member), minus the periods of interruption (domain.md §5.1, rule 17).
public final class PartyAge {

    /// A period deducted from party age; an open period (no end) runs up to the date asked about.
    public record Interruption(LocalDate from, Optional<LocalDate> to) {
    }

    private PartyAge() {
    }

    /// Days of interruption that fall inside [start, end).
    public static long deductedDays(List<Interruption> gaps, LocalDate start, LocalDate end) {
        long days = 0;
        for (Interruption g : gaps) {
            LocalDate a = g.from().isAfter(start) ? g.from() : start;
            LocalDate gapEnd = g.to().map(d -> d.plusDays(1)).orElse(end);
            LocalDate b = gapEnd.isBefore(end) ? gapEnd : end;
            if (b.isAfter(a)) {
                days += ChronoUnit.DAYS.between(a, b);
            }
        }
        return days;
    }

    /// The date on which party age reaches `years` full years: the admission date plus `years` years,
    /// pushed later by every interruption day before it.
    public static LocalDate milestoneDate(LocalDate admission, List<Interruption> gaps, int years) {
        LocalDate due = admission.plusYears(years);
        for (int i = 0; i < 64; i++) {
            LocalDate next = admission.plusYears(years).plusDays(deductedDays(gaps, admission, due));
            if (next.equals(due)) {
                return due;
            }
            due = next;
        }
        return due;
    }

    /// Full years of party age on `asOf` (0 before the first anniversary, empty before admission).
    public static Optional<Integer> years(LocalDate admission, List<Interruption> gaps, LocalDate asOf) {
        if (asOf.isBefore(admission)) {
            return Optional.empty();
        }
        int y = (int) ChronoUnit.YEARS.between(admission, asOf);
        while (y > 0 && milestoneDate(admission, gaps, y).isAfter(asOf)) {
            y--;
        }
        return Optional.of(y);
    }
}
