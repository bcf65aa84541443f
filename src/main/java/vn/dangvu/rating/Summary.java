package vn.dangvu.rating;

import java.util.List;

/// The rating summary of a year (domain.md §11.3): a line per cell (tree order), a line per grassroots
/// organisation with its quota (the command line's lines), the commune's totals, and the organisations' own levels
/// (the Đảng bộ xã, rated by the province, left out) with those not rated.
public record Summary(int year, RuleSet ruleSet, List<SummaryLine> cells, List<SummaryLine> organisations,
                      SummaryLine commune, LevelCounts unitLevels, int unitsNotRated, int unitsPending) {

    public Summary {
        cells = List.copyOf(cells);
        organisations = List.copyOf(organisations);
    }
}
