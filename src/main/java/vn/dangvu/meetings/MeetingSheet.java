package vn.dangvu.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/// The clerk's sheet of a cell and month: the meeting already recorded (if any) with its lines, or a new sheet with
/// everyone on the roll present. `lines` are in Vietnamese name order; `roll` and `lines` hold the same members,
/// except members recorded at a saved meeting who have left the roll since (kept, so nothing recorded is lost).
public record MeetingSheet(long unitId, String unitName, Optional<Meeting> meeting, LocalDate heldOn,
                           List<RollMember> roll, List<AttendanceEntry> lines) {
}
