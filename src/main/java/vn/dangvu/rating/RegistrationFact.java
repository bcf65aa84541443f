package vn.dangvu.rating;

/// A member's learning registration of the year as the rating shows it beside the member (from the
/// registrations feature, wired in AppContext): registered or not, the items and how many were done, partly done
/// and not done.
public record RegistrationFact(long memberId, boolean registered, int items, int done, int partly, int notDone) {
}
