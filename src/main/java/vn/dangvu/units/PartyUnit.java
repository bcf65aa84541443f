package vn.dangvu.units;

import java.time.LocalDate;
import java.util.Optional;

import vn.dangvu.party.CellType;
import vn.dangvu.party.UnitKind;

/// A node of the unit tree.
public record PartyUnit(long id, Optional<Long> parentId, UnitKind kind, Optional<CellType> cellType, String name,
                        Optional<LocalDate> establishedDate, Optional<String> establishedDecision,
                        Optional<LocalDate> dissolvedDate, int sortOrder) {

    public boolean active() {
        return dissolvedDate.isEmpty();
    }
}
