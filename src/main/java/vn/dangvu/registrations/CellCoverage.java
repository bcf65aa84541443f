package vn.dangvu.registrations;

/// How far a cell's members registered in a year (the "coverage" of issue 10): members on the roll (with those who
/// left during the year after registering), registered, missing (on the roll, expected, not registered), exempt or
/// temporarily away and not registered, the members' items with their counts, and whether the cell registered
/// itself (collective registration) with how many items.
public record CellCoverage(long unitId, String name, int members, int registered, int missing, int excused,
                           Tally items, boolean collective, int collectiveItems) {

    /// Of the members expected to register (registered or missing; the exempt and the away are not expected), the
    /// percentage who did, to one decimal (the yearly report); 0 when none is expected.
    public double registeredPercent() {
        return Tally.percent(registered, registered + missing);
    }

    public CellCoverage plus(CellCoverage o) {
        return new CellCoverage(unitId, name, members + o.members, registered + o.registered, missing + o.missing,
                excused + o.excused, items.plus(o.items), collective && o.collective, collectiveItems + o.collectiveItems);
    }
}
