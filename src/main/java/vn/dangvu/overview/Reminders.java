package vn.dangvu.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/// The reminders shown on the overview, each list in Vietnamese name order.
/// - probation: members whose probation ends within 60 days, awaits the cell's vote, or is overdue for it;
/// - awayPastReturn: members on temporary transfer past their expected return date;
/// - reconciliation: whether the 3-monthly register reconciliation is due, and when it was last done;
/// - lateLetters: members who presented their transfer letter more than 3 months late, on which the committee has
///   recorded no decision yet (consider xóa tên; never changed by the app).
public record Reminders(LocalDate today, List<Probation> probation, List<Away> awayPastReturn,
                        boolean reconciliationDue, Optional<LocalDate> lastReconciliation, List<LateLetter> lateLetters) {

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
        return !probation.isEmpty() || !awayPastReturn.isEmpty() || reconciliationDue || !lateLetters.isEmpty();
    }
}
