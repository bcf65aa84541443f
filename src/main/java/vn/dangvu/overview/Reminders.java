package vn.dangvu.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.dangvu.meetings.MeetingReminders;
import vn.dangvu.plans.Activity;

/// The reminders shown on the overview, each list in Vietnamese name order.
/// - probation: members whose probation ends within 60 days, awaits the cell's vote, or is overdue for it;
/// - awayPastReturn: members on temporary transfer past their expected return date;
/// - reconciliation: whether the 3-monthly register reconciliation is due, and when it was last done;
/// - overdueActivities: activities of the year's plan still planned after their last day, oldest first;
/// - meetings: members absent 3 meetings in a row without a reason, or with 3 months of unpaid dues (§4.4);
/// - lateLetters: members who presented their transfer letter more than 3 months late, on which the committee has
///   recorded no decision yet (consider xóa tên; never changed by the app).
public record Reminders(LocalDate today, List<Probation> probation, List<Away> awayPastReturn,
                        boolean reconciliationDue, Optional<LocalDate> lastReconciliation,
                        List<Activity> overdueActivities, MeetingReminders meetings, List<LateLetter> lateLetters) {

    public Reminders(LocalDate today, List<Probation> probation, List<Away> awayPastReturn, boolean reconciliationDue,
                     Optional<LocalDate> lastReconciliation) {
        this(today, probation, awayPastReturn, reconciliationDue, lastReconciliation, List.of(),
                new MeetingReminders(List.of(), List.of()), List.of());
    }

    public Reminders(LocalDate today, List<Probation> probation, List<Away> awayPastReturn, boolean reconciliationDue,
                     Optional<LocalDate> lastReconciliation, List<LateLetter> lateLetters) {
        this(today, probation, awayPastReturn, reconciliationDue, lastReconciliation, List.of(),
                new MeetingReminders(List.of(), List.of()), lateLetters);
    }

    public record LateLetter(long memberId, String fullName, String unitName, LocalDate letterDate, LocalDate arrival,
                             LocalDate deadline) {
    }

    public record Probation(long memberId, String fullName, String unitName, ReminderRules.ProbationStage stage,
                            LocalDate probationEnd, LocalDate voteDeadline) {
    }

    public record Away(long memberId, String fullName, String unitName, LocalDate expectedReturn) {
    }

    public List<Probation> probation(ReminderRules.ProbationStage stage) {
        return probation.stream().filter(p -> p.stage() == stage).toList();
    }

    public boolean any() {
        return !probation.isEmpty() || !awayPastReturn.isEmpty() || reconciliationDue || !overdueActivities.isEmpty()
                || !meetings.absences().isEmpty() || !meetings.unpaidDues().isEmpty() || !lateLetters.isEmpty();
    }
}
