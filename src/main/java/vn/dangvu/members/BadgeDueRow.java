package vn.dangvu.members;

import java.time.LocalDate;
import java.util.Optional;

/// One line of the badge due list for a round: who, which badge, when it fell due, and the note
/// (on time, overdue, early for illness, posthumous; blocked by discipline until a date), and for a posthumous
/// award the date of death, where party age stops.
public record BadgeDueRow(long memberId, String fullName, LocalDate birthDate, String unitName, LocalDate admissionDate,
                          Optional<LocalDate> fullMembershipDate, int milestone, LocalDate dueDate, BadgeRules.Note note,
                          Optional<LocalDate> blockedUntil, String sortKey, Optional<LocalDate> deathDate) {

    /// A row of a living member.
    public BadgeDueRow(long memberId, String fullName, LocalDate birthDate, String unitName, LocalDate admissionDate,
                       Optional<LocalDate> fullMembershipDate, int milestone, LocalDate dueDate, BadgeRules.Note note,
                       Optional<LocalDate> blockedUntil, String sortKey) {
        this(memberId, fullName, birthDate, unitName, admissionDate, fullMembershipDate, milestone, dueDate, note, blockedUntil,
                sortKey, Optional.empty());
    }
}
