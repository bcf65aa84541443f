package vn.dangvu.party;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/// A member arriving by transfer must present the referral letter within 30 working days of it (Q294-QĐ/TW §6.3.1,
/// domain.md §4.4). Lateness is not an automatic deduction of party age: the app shows it, the competent committee
/// looks at the reason and decides, and a gap in party age is recorded only with that decision. More than 3 months
/// late without a valid reason may lead to xóa tên (HD 12-2012 II.4c): the committee is reminded to consider it, the
/// app never changes the member by itself.
public final class TransferLetter {

    /// Working days to present the letter after its date.
    public static final int REPORT_WORKING_DAYS = 30;
    /// Lateness past the deadline after which the committee is reminded to consider xóa tên.
    public static final int REMOVAL_REVIEW_MONTHS = 3;

    private TransferLetter() {
    }

    /// How late a letter was presented: the deadline, working and calendar days after it (0 when in time), and
    /// whether it was more than [#REMOVAL_REVIEW_MONTHS] months late.
    public record Lateness(LocalDate deadline, int lateWorkingDays, long lateDays, boolean removalReview) {

        public boolean late() {
            return lateDays > 0;
        }
    }

    /// The last day to present a letter dated `letter`: the 30th working day after it, public holidays skipped.
    public static LocalDate deadline(LocalDate letter, Set<LocalDate> holidays) {
        return WorkingDays.after(letter, REPORT_WORKING_DAYS, holidays);
    }

    public static Lateness lateness(LocalDate letter, LocalDate arrival, Set<LocalDate> holidays) {
        LocalDate deadline = deadline(letter, holidays);
        long days = Math.max(0, ChronoUnit.DAYS.between(deadline, arrival));
        return new Lateness(deadline, WorkingDays.between(deadline, arrival, holidays), days,
                arrival.isAfter(deadline.plusMonths(REMOVAL_REVIEW_MONTHS)));
    }
}
