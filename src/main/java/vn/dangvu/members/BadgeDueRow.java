package vn.dangvu.members;

import java.time.LocalDate;
import java.util.Optional;

/// One line of the badge due list for a round: who, which badge, when it fell due, and the note
/// (on time, overdue, early for illness, posthumous; blocked by discipline until a date).
public record BadgeDueRow(long memberId, String fullName, LocalDate birthDate, String unitName, LocalDate admissionDate,
                          Optional<LocalDate> fullMembershipDate, int milestone, LocalDate dueDate, BadgeRules.Note note,
                          Optional<LocalDate> blockedUntil, String sortKey) {
}
