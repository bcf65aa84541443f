package vn.dangvu.units;

import java.time.LocalDate;
import java.util.Optional;

import vn.dangvu.party.CellType;
import vn.dangvu.party.UnitKind;

/// The fields needed to create a unit.
public record NewUnit(Optional<Long> parentId, UnitKind kind, Optional<CellType> cellType, String name,
                      Optional<LocalDate> establishedDate, Optional<String> establishedDecision) {
}
