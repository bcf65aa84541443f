package vn.dangvu.units;

import java.time.LocalDate;
import java.util.Optional;

import vn.dangvu.party.CellType;

/// The editable fields of a unit (the detail panel). A different name is a rename.
public record UnitUpdate(long id, String name, Optional<CellType> cellType, Optional<String> shortCode,
                         Optional<LocalDate> establishedDate, Optional<String> establishedDecision,
                         Optional<String> meetingSchedule, Optional<String> note) {
}
