package vn.dangvu.rating;

/// A leadership post a member holds on the rating date (bí thư, phó bí thư, chi ủy viên…): leaders are reviewed in
/// two places (HD 43-HD/BTCTW; domain.md §6.2), in their cell and with the collective they lead, and rated once.
/// `roleKey` is the post's i18n key.
public record LeaderFact(long memberId, long unitId, String unitName, String roleKey) {
}
