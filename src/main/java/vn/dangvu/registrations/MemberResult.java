package vn.dangvu.registrations;

import java.util.Optional;

/// One member's registration in a year, for the rating and the yearly report ([RegistrationService#results]):
/// whether the member registered, the registration's status, the counts of its items, and the overall result once
/// every item is assessed.
public record MemberResult(long memberId, long unitId, Standing standing, Optional<RegistrationStatus> status,
                           Tally tally) {

    public boolean registered() {
        return standing.registered();
    }

    public Optional<Assessment> overall() {
        return tally.overall();
    }
}
