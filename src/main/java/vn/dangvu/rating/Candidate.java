package vn.dangvu.rating;

import java.math.BigDecimal;
import java.util.Optional;

/// A member or organisation rated HTXSNV in a year, for the commendation screen (domain.md §6.5): the name, the
/// unit (the member's cell; the organisation itself), the decided score, and the years in a row up to this one
/// it was HTXSNV ("HTXSNV 5 năm liền" is the basis for a higher award).
public record Candidate(Subject subject, String name, long unitId, String unitName, Optional<BigDecimal> score,
                        int yearsInRow) {
}
