package vn.dangvu.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.party.MemberStatus;

/// A member in a year's rating: where they are rated (the cell on the rating date) and the grassroots organisation
/// whose quota they count in, the status then, why they are not rated (if so), the stored evaluation, the conditions
/// applied by themselves, and what is shown beside them: disciplines of the year, the posts they hold (leaders are
/// reviewed in two places, rated once: here), registration and meeting attendance.
public record RosterMember(long memberId, String fullName, Optional<LocalDate> birthDate, String cardNumber, long cellId,
                           long groupId, MemberStatus status, Optional<ExemptionReason> exemption,
                           Optional<Evaluation> stored, Set<AutoCondition> automatic, List<DisciplineFact> disciplines,
                           List<LeaderFact> posts, Optional<RegistrationFact> registration,
                           Optional<AttendanceFact> attendance) {

    public RosterMember {
        automatic = Set.copyOf(automatic);
        disciplines = List.copyOf(disciplines);
        posts = List.copyOf(posts);
    }

    public boolean rated() {
        return exemption.isEmpty();
    }

    /// The committee's decided level, else KHTNV when a condition makes it so by itself; none for a member not rated.
    public Optional<Level> level() {
        if (!rated()) {
            return Optional.empty();
        }
        Optional<Level> decided = stored.flatMap(Evaluation::level);
        return decided.isPresent() || !automatic.contains(AutoCondition.DISCIPLINE_IN_YEAR) ? decided
                : Optional.of(Level.NOT_COMPLETED);
    }

    /// The same member with another stored evaluation (after a save).
    public RosterMember with(Evaluation e) {
        return new RosterMember(memberId, fullName, birthDate, cardNumber, cellId, groupId, status, exemption, Optional.of(e),
                automatic, disciplines, posts, registration, attendance);
    }
}
