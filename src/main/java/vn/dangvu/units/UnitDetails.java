package vn.dangvu.units;

import java.time.LocalDate;
import java.util.Optional;

/// A unit with every field of the detail panel and its member counts (on the roll, by full/probationary).
public record UnitDetails(PartyUnit unit, Optional<String> shortCode, Optional<String> meetingSchedule,
                          Optional<String> note, Optional<String> dissolvedDecision, Optional<Long> mergedIntoId,
                          int fullMembers, int probationaryMembers) {

    public Optional<LocalDate> dissolvedDate() {
        return unit.dissolvedDate();
    }
}
