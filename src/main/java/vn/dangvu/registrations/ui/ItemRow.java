package vn.dangvu.registrations.ui;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.dangvu.common.Dates;
import vn.dangvu.registrations.Assessment;
import vn.dangvu.registrations.RegistrationItem;

/// One line of the form's item table as the clerk types it: texts, the deadline as typed, the assessments, and the
/// line's problem (empty when none).
public final class ItemRow {

    final StringProperty content = new SimpleStringProperty("");
    final StringProperty measure = new SimpleStringProperty("");
    final StringProperty deadline = new SimpleStringProperty("");
    final StringProperty responsible = new SimpleStringProperty("");
    final ObjectProperty<Assessment> selfResult = new SimpleObjectProperty<>();
    final StringProperty selfNote = new SimpleStringProperty("");
    final ObjectProperty<Assessment> reviewResult = new SimpleObjectProperty<>();
    final StringProperty reviewNote = new SimpleStringProperty("");
    final StringProperty problem = new SimpleStringProperty("");
    /// Says what but not how or by when ("chung chung"): shown as a hint while typing.
    final BooleanBinding vague = Bindings.createBooleanBinding(() -> !content.get().isBlank()
            && (measure.get().isBlank() || deadline.get().isBlank()), content, measure, deadline);

    static ItemRow of(RegistrationItem i) {
        ItemRow r = new ItemRow();
        r.content.set(i.content());
        r.measure.set(i.measure());
        r.deadline.set(i.deadline().map(Dates::format).orElse(""));
        r.responsible.set(i.responsible());
        r.selfResult.set(i.selfResult().orElse(null));
        r.selfNote.set(i.selfNote());
        r.reviewResult.set(i.reviewResult().orElse(null));
        r.reviewNote.set(i.reviewNote());
        return r;
    }

    /// A copy without the assessments (duplicating a line, copying another member's items).
    ItemRow copy() {
        ItemRow r = new ItemRow();
        r.content.set(content.get());
        r.measure.set(measure.get());
        r.deadline.set(deadline.get());
        r.responsible.set(responsible.get());
        return r;
    }

    boolean blank() {
        return content.get().isBlank() && measure.get().isBlank() && deadline.get().isBlank() && responsible.get().isBlank()
                && selfResult.get() == null && selfNote.get().isBlank() && reviewResult.get() == null && reviewNote.get().isBlank();
    }

    RegistrationItem item(Optional<LocalDate> day) {
        return new RegistrationItem(content.get(), measure.get(), day, responsible.get(), Optional.ofNullable(selfResult.get()),
                selfNote.get(), Optional.ofNullable(reviewResult.get()), reviewNote.get());
    }

    public StringProperty content() {
        return content;
    }

    public StringProperty measure() {
        return measure;
    }

    public StringProperty deadline() {
        return deadline;
    }

    public StringProperty responsible() {
        return responsible;
    }

    public ObjectProperty<Assessment> selfResult() {
        return selfResult;
    }

    public StringProperty selfNote() {
        return selfNote;
    }

    public ObjectProperty<Assessment> reviewResult() {
        return reviewResult;
    }

    public StringProperty reviewNote() {
        return reviewNote;
    }

    public StringProperty problem() {
        return problem;
    }

    public BooleanBinding vague() {
        return vague;
    }
}
