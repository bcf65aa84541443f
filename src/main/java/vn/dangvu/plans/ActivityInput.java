package vn.dangvu.plans;

import java.time.LocalDate;
import java.util.Optional;

/// An activity as the user typed it: a new one (`id` empty) or an edit. Checked by [PlanRules#check].
public record ActivityInput(Optional<Long> id, LocalDate date, Optional<LocalDate> endDate, ActivityKind kind,
                            String title, Optional<String> topic, Optional<Long> unitId, Optional<String> responsible,
                            Optional<String> note) {

    /// A new activity on one day for the whole commune.
    public static ActivityInput of(LocalDate date, ActivityKind kind, String title) {
        return new ActivityInput(Optional.empty(), date, Optional.empty(), kind, title, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public ActivityInput until(LocalDate end) {
        return new ActivityInput(id, date, Optional.of(end), kind, title, topic, unitId, responsible, note);
    }

    public ActivityInput about(String t) {
        return new ActivityInput(id, date, endDate, kind, title, Optional.of(t), unitId, responsible, note);
    }

    public ActivityInput forUnit(long unit) {
        return new ActivityInput(id, date, endDate, kind, title, topic, Optional.of(unit), responsible, note);
    }

    public ActivityInput by(String who) {
        return new ActivityInput(id, date, endDate, kind, title, topic, unitId, Optional.of(who), note);
    }

    /// The same activity with no id (a copy, or a new record in bulk).
    public ActivityInput asNew() {
        return new ActivityInput(Optional.empty(), date, endDate, kind, title, topic, unitId, responsible, note);
    }
}
