package vn.dangvu.commendation;

import java.util.Optional;

import vn.dangvu.registrations.Assessment;

/// A member or organisation rated HTXSNV in a year, proposed for a yearly award: the name, the cell or the unit
/// itself, the years in a row it was HTXSNV up to this one, and (members) the overall result of the year's learning
/// registration once assessed.
public record CommendationCandidate(RecipientKind kind, long id, String name, String unitName, int yearsInRow,
                                    Optional<Assessment> registration) {
}
