package vn.dangvu.registrations;

import java.util.Optional;

/// A registration of a bulk history load (the demo commune's past years), written as given by
/// [RegistrationService#importHistory]: the form (a member's or a cell's), the member's cell, the status, the year's
/// study theme and, for a member, the rating level the year ended with.
public record HistoryRegistration(RegistrationForm form, long unitId, RegistrationStatus status, Optional<Long> themeId,
                                  Optional<String> resultLevel) {
}
