package vn.dangvu.units;

import vn.dangvu.party.UnitKind;
import vn.dangvu.party.CellType;
import java.time.LocalDate;
import java.util.Optional;

/// The fields needed to create a unit.
public record NewUnit(Optional<Long> parentId, UnitKind kind, Optional<CellType> cellType, String name,
                      Optional<LocalDate> establishedDate, Optional<String> establishedDecision) {
}
