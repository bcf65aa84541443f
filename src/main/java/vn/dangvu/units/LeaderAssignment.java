package vn.dangvu.units;

import java.time.LocalDate;
import java.util.Optional;

/// One row of a unit's leadership (leadership_assignment) with the member's name.
public record LeaderAssignment(long id, long unitId, long memberId, String memberName, UnitRules.LeaderRole role,
                               LocalDate from, Optional<LocalDate> to, Optional<String> termLabel,
                               Optional<LocalDate> termEnd, Optional<String> decisionNo) {

    public boolean activeOn(LocalDate d) {
        return !from.isAfter(d) && to.map(t -> !t.isBefore(d)).orElse(true);
    }
}
