package vn.dangvu.rating;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.units.PartyUnit;

/// An organisation in a year's rating: its depth in the tree (for the indented list), the unit above it (where it
/// is rated), why it is not rated (if so), the stored evaluation, the conditions applied by themselves (its own
/// discipline in the year: KHTNV; a discipline inside it: no HTXSNV) and the disciplines behind them.
public record RosterUnit(PartyUnit unit, int depth, long ratedIn, Optional<ExemptionReason> exemption,
                         Optional<Evaluation> stored, Set<AutoCondition> automatic, boolean excellentBarred,
                         List<DisciplineFact> disciplines) {

    public RosterUnit {
        automatic = Set.copyOf(automatic);
        disciplines = List.copyOf(disciplines);
    }

    public boolean rated() {
        return exemption.isEmpty();
    }

    /// The decided level, else KHTNV when the organisation itself was disciplined in the year.
    public Optional<Level> level() {
        if (!rated()) {
            return Optional.empty();
        }
        Optional<Level> decided = stored.flatMap(Evaluation::level);
        return decided.isPresent() || !automatic.contains(AutoCondition.DISCIPLINE_IN_YEAR) ? decided
                : Optional.of(Level.NOT_COMPLETED);
    }

    public RosterUnit with(Evaluation e) {
        return new RosterUnit(unit, depth, ratedIn, exemption, Optional.of(e), automatic, excellentBarred, disciplines);
    }
}
