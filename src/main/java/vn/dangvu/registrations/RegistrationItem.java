package vn.dangvu.registrations;

import java.time.LocalDate;
import java.util.Optional;

/// One item of a registration (domain.md §7.2 table II): the concrete deed ("việc làm cụ thể"), the measure that
/// carries it out, the deadline; at year end the self-assessment and its text, and the review: the cell's for a
/// member's item, the commune committee's for a cell's item. `responsible` is used by a cell's items only.
/// Texts are never null ("" when empty).
public record RegistrationItem(String content, String measure, Optional<LocalDate> deadline, String responsible,
                               Optional<Assessment> selfResult, String selfNote, Optional<Assessment> reviewResult,
                               String reviewNote) {

    public RegistrationItem {
        content = content == null ? "" : content;
        measure = measure == null ? "" : measure;
        responsible = responsible == null ? "" : responsible;
        selfNote = selfNote == null ? "" : selfNote;
        reviewNote = reviewNote == null ? "" : reviewNote;
    }

    /// A new item as registered (no assessment yet).
    public static RegistrationItem of(String content, String measure, Optional<LocalDate> deadline) {
        return new RegistrationItem(content, measure, deadline, "", Optional.empty(), "", Optional.empty(), "");
    }

    /// The result that counts: the review where there is one, else the self-assessment.
    public Optional<Assessment> result() {
        return reviewResult.or(() -> selfResult);
    }

    /// The same deed without any assessment, its deadline moved by `years` (copying to another year).
    public RegistrationItem forYear(int years) {
        return new RegistrationItem(content, measure, deadline.map(d -> d.plusYears(years)), responsible, Optional.empty(),
                "", Optional.empty(), "");
    }

    /// True when nothing is written in the item (an empty line of the form).
    public boolean blank() {
        return content.isBlank() && measure.isBlank() && deadline.isEmpty() && responsible.isBlank()
                && selfResult.isEmpty() && selfNote.isBlank() && reviewResult.isEmpty() && reviewNote.isBlank();
    }
}
