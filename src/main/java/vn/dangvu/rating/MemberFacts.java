package vn.dangvu.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.dangvu.party.MemberStatus;

/// What the roster needs of a member (read by [RatingRepository]): the current cell and status, the admission
/// date, and the lifecycle events after the rating date in date order (what happened before it is in the current
/// state and the first later event's "before").
record MemberFacts(long id, String fullName, Optional<LocalDate> birthDate, String cardNumber, Long unitId,
                   MemberStatus status, Optional<LocalDate> admitted, List<Change> later) {

    /// One lifecycle event: its day, the status and cell before and after it.
    record Change(LocalDate date, Optional<MemberStatus> before, MemberStatus after, Optional<Long> fromUnit,
                  Optional<Long> toUnit) {
    }
}
