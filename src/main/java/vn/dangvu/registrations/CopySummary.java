package vn.dangvu.registrations;

/// What [RegistrationService#copyFromYear] did: drafts made for members and cells, members skipped because they
/// left the roll, registrations skipped because the new year already had one, templates copied.
public record CopySummary(int members, int cells, int skippedLeft, int skippedExisting, int templates) {
}
