package vn.dangvu.registrations;

import java.time.LocalDateTime;
import java.util.Optional;

/// A stored registration: the form as saved (its id set), the cell it was registered in, its status, the year it was
/// copied from (a draft made by "copy from last year") and when it was last saved.
public record Registration(long id, RegistrationForm form, long unitId, RegistrationStatus status,
                           Optional<Integer> copiedFromYear, LocalDateTime updatedAt) {
}
