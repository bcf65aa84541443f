package vn.dangvu.overview;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.Probation;
import vn.dangvu.party.WorkingDays;

/// Which reminders the overview shows (domain.md §4.1 and §4.4). Pure functions of dates and status.
public final class ReminderRules {

    /// Probation ending within this many days is shown as "ending soon".
    public static final int PROBATION_NOTICE_DAYS = 60;
    /// The cell must consider a probationary member within 30 working days after the 12 months end.
    public static final int VOTE_WORKING_DAYS = 30;
    /// Member numbers are reconciled every 3 months (domain.md §4.1).
    public static final int RECONCILIATION_MONTHS = 3;

    private ReminderRules() {
    }

    /// Where a probationary member stands.
    public enum ProbationStage {
        /// The 12 months end within [#PROBATION_NOTICE_DAYS] days (today included).
        ENDING_SOON,
        /// The 12 months have ended; the cell is still within its 30 working days to vote.
        AWAITING_VOTE,
        /// More than 30 working days since the end and still probationary ("quá hạn xét chính thức").
        VOTE_OVERDUE
    }

    /// The reminder for one member, or empty when none is due (not probationary, no ceremony date, far from the end).
    public static Optional<ProbationStage> probation(MemberStatus status, LocalDate ceremony, LocalDate today,
                                                     Set<LocalDate> holidays) {
        if (status != MemberStatus.PROBATIONARY || ceremony == null) {
            return Optional.empty();
        }
        LocalDate end = Probation.end(ceremony);
        if (end.isAfter(today)) {
            return ChronoUnit.DAYS.between(today, end) <= PROBATION_NOTICE_DAYS
                    ? Optional.of(ProbationStage.ENDING_SOON) : Optional.empty();
        }
        return today.isAfter(voteDeadline(end, holidays)) ? Optional.of(ProbationStage.VOTE_OVERDUE)
                : Optional.of(ProbationStage.AWAITING_VOTE);
    }

    /// The last day the cell may vote: the 30th working day after the probation end (weekends and the public
    /// holidays of the user's list skipped, domain.md §4.4).
    public static LocalDate voteDeadline(LocalDate probationEnd, Set<LocalDate> holidays) {
        return WorkingDays.after(probationEnd, VOTE_WORKING_DAYS, holidays);
    }

    /// True when a member on temporary transfer should be back: still TEMPORARILY_AWAY and the expected return
    /// date is before today. No expected date means no reminder.
    public static boolean awayPastReturn(MemberStatus status, LocalDate expectedReturn, LocalDate today) {
        return status == MemberStatus.TEMPORARILY_AWAY && expectedReturn != null && expectedReturn.isBefore(today);
    }

    /// True when the register has never been reconciled or the last reconciliation is older than 3 months.
    /// A date in the future (wrong PC clock) counts as done, so a clock error does not nag every day.
    public static boolean reconciliationDue(Optional<LocalDate> last, LocalDate today) {
        return last.map(d -> d.plusMonths(RECONCILIATION_MONTHS).isBefore(today)).orElse(true);
    }
}
