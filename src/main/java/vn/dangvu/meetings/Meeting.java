package vn.dangvu.meetings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;

/// A recorded cell meeting with its attendance counts.
public record Meeting(long id, long unitId, String unitName, YearMonth month, MeetingKind kind, LocalDate heldOn,
                     Optional<LocalTime> start, Optional<LocalTime> end, Optional<String> topic, Optional<String> note,
                     int expected, int present, int absentExcused, int absentUnexcused) {

    /// Minutes between start and end, when both are known.
    public Optional<Integer> minutes() {
        return start.isPresent() && end.isPresent()
                ? Optional.of((int) Duration.between(start.get(), end.get()).toMinutes()) : Optional.empty();
    }

    /// Shorter than its kind's minimum (90 or 120 minutes), when the times are known.
    public boolean tooShort() {
        return minutes().map(m -> m < kind.minMinutes()).orElse(false);
    }
}
