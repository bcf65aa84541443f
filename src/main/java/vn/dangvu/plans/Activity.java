package vn.dangvu.plans;

import java.time.LocalDate;
import java.util.Optional;

/// One dated activity of a year's plan. `unitId`/`unitName` name the unit it concerns (a cell for its meeting, the
/// unit supervised); empty means the whole commune. `endDate` is the last day of an activity over several days.
public record Activity(long id, int year, LocalDate date, Optional<LocalDate> endDate, ActivityKind kind, String title,
                       Optional<String> topic, Optional<Long> unitId, Optional<String> unitName,
                       Optional<String> responsible, ActivityStatus status, Optional<LocalDate> doneDate,
                       Optional<String> result, Optional<String> postponeReason, Optional<String> note) {

    /// The last day of the activity (its end date, else its date).
    public LocalDate lastDay() {
        return endDate.orElse(date);
    }

    /// Still planned after its last day.
    public boolean overdue(LocalDate today) {
        return status == ActivityStatus.PLANNED && lastDay().isBefore(today);
    }

    /// True when the activity runs on `day`.
    public boolean on(LocalDate day) {
        return !day.isBefore(date) && !day.isAfter(lastDay());
    }

    /// The fields a user edits, for the edit dialog and for copying.
    public ActivityInput input() {
        return new ActivityInput(Optional.of(id), date, endDate, kind, title, topic, unitId, responsible, note);
    }
}
