package vn.dangvu.rating;

import java.util.Optional;
import java.util.OptionalInt;

/// One line of the rating summary (domain.md §11.3): a cell, a grassroots organisation or the commune; the members
/// decided at each level, not rated (exempt, suspended, newly admitted), not yet decided, the organisation's own
/// level, and (for a grassroots organisation) the HTXSNV quota.
public record SummaryLine(long unitId, String name, int depth, LevelCounts levels, int notRated, int pending,
                          Optional<Level> unitLevel, OptionalInt allowed) {

    /// Members with a decided level.
    public int rated() {
        return levels.total();
    }

    public int members() {
        return rated() + notRated + pending;
    }

    /// `n` more members: not rated when `exempt`, else decided at `level` or not yet decided.
    SummaryLine plus(Optional<Level> level, boolean exempt, int n) {
        if (exempt) {
            return new SummaryLine(unitId, name, depth, levels, notRated + n, pending, unitLevel, allowed);
        }
        if (level.isEmpty()) {
            return new SummaryLine(unitId, name, depth, levels, notRated, pending + n, unitLevel, allowed);
        }
        return new SummaryLine(unitId, name, depth, levels.add(level, n), notRated, pending, unitLevel, allowed);
    }

    SummaryLine plus(SummaryLine o) {
        return new SummaryLine(unitId, name, depth, levels.plus(o.levels), notRated + o.notRated, pending + o.pending, unitLevel,
                allowed);
    }

    SummaryLine withAllowed(OptionalInt a) {
        return new SummaryLine(unitId, name, depth, levels, notRated, pending, unitLevel, a);
    }

    /// "21,4" (one decimal, Vietnamese comma) of `part` among the members rated; "" when none is rated.
    public static String percent(int part, int of) {
        if (of == 0) {
            return "";
        }
        long tenths = Math.round(part * 1000.0 / of);
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "," + (tenths % 10);
    }
}
