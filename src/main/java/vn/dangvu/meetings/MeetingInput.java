package vn.dangvu.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/// A meeting record as the clerk entered it: new (`id` empty) or an edit. `month` is the month the meeting is for;
/// `heldOn` must fall in it. Members of the cell's roll left out of `attendance` are recorded present.
public record MeetingInput(Optional<Long> id, long unitId, YearMonth month, MeetingKind kind, LocalDate heldOn,
                           Optional<LocalTime> start, Optional<LocalTime> end, Optional<String> topic,
                           Optional<String> note, List<AttendanceEntry> attendance) {

    public MeetingInput {
        attendance = List.copyOf(attendance);
    }

    /// A regular meeting held on `heldOn` with no times, topic or note.
    public static MeetingInput regular(long unitId, LocalDate heldOn, List<AttendanceEntry> attendance) {
        return new MeetingInput(Optional.empty(), unitId, YearMonth.from(heldOn), MeetingKind.REGULAR, heldOn,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), attendance);
    }
}
