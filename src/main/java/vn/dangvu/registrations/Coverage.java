package vn.dangvu.registrations;

import java.time.LocalDate;
import java.util.List;

/// Registration coverage of a year, per cell in the order of the unit tree, and the total. `asOf` is the day the
/// roll is counted on: the last day of the year, or today while the year runs.
public record Coverage(int year, LocalDate asOf, List<CellCoverage> cells, CellCoverage total) {
}
