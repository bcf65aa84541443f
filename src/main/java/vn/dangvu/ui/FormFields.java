package vn.dangvu.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;

/// Pieces shared by the forms: date pickers that read typed dates strictly ([Dates]) and keep text that is not a
/// date in the field, and the ControlsFX decoration plus red (or amber) line under a checked field.
public final class FormFields {

    private FormFields() {
    }

    /// A date picker showing dd/MM/yyyy and reading typed text with [Dates#read]. Text that is not a date (31/02/2025,
    /// "abc") stays in the field for the user to correct, and the picker keeps its previous value meanwhile: the
    /// form learns of the text through [#onReading] and must refuse to save, never save the previous or a nearby day.
    public static DatePicker datePicker() {
        DatePicker d = new DatePicker();
        d.setPromptText(I18n.t("date.prompt"));
        d.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate v) {
                Partial p = partial(d);
                return p != null && v != null && v.equals(p.date().get()) ? p.text().get() : Dates.format(v);
            }

            @Override
            public LocalDate fromString(String s) {
                Dates.Reading r = read(d, s);
                // returning the current value leaves the typed text in the editor (null would clear it)
                return r.ok() ? r.date().orElse(null) : d.getValue();
            }
        });
        // Enter: the picker itself commits typed text only when the key is released, after a default button has
        // acted on the key press. A date is committed on the press, so the button saves what is shown; text that
        // is not a date is reported on the press (the button then refuses) and its release is stopped, or the
        // picker would put its previous value back in the field.
        d.addEventFilter(KeyEvent.ANY, e -> {
            if (e.getCode() != KeyCode.ENTER) {
                return;
            }
            Dates.Reading r = reading(d);
            if (r.ok() && e.getEventType() == KeyEvent.KEY_PRESSED) {
                d.setValue(r.date().orElse(null));
            } else if (!r.ok() && e.getEventType() == KeyEvent.KEY_PRESSED) {
                d.fireEvent(new ActionEvent(d, d));
            } else if (!r.ok()) {
                e.consume();
            }
        });
        // a day chosen in the calendar replaces refused text even when it is the value the picker kept meanwhile
        d.showingProperty().addListener((o, was, now) -> {
            if (!now && !reading(d).ok()) {
                d.getEditor().setText(d.getConverter().toString(d.getValue()));
            }
        });
        return d;
    }

    /// A [#datePicker()] bound both ways to the property.
    public static DatePicker datePicker(ObjectProperty<LocalDate> p) {
        DatePicker d = datePicker();
        d.valueProperty().bindBidirectional(p);
        return d;
    }

    /// What the picker's text says now, including text typed but not yet committed.
    public static Dates.Reading reading(DatePicker d) {
        return read(d, d.getEditor().getText());
    }

    private static final String PARTIAL = "dangvu.partialDate";

    /// A stored date known only in part (a birth year "1965" imported from a list, kept as 01/01/1965).
    private record Partial(Supplier<LocalDate> date, Supplier<String> text) {
    }

    /// Lets the picker show a value known only in part as that part: while `date` gives the stored value (null when the
    /// full date is known), the picker shows it as `text` ("1965") and reads that text back as the same value, so the
    /// part stays a part until the user types a full date. Any other text is read strictly, as always.
    public static void partial(DatePicker d, Supplier<LocalDate> date, Supplier<String> text) {
        d.getProperties().put(PARTIAL, new Partial(date, text));
    }

    private static Partial partial(DatePicker d) {
        Object p = d.getProperties().get(PARTIAL);
        return p instanceof Partial q && q.date().get() != null ? q : null;
    }

    private static Dates.Reading read(DatePicker d, String text) {
        Partial p = partial(d);
        if (p != null && text != null && text.strip().equals(p.text().get())) {
            return new Dates.Reading(text, Optional.of(p.date().get()), Optional.empty());
        }
        return Dates.read(text);
    }

    /// Tells `report` what the typed text reads as: when the field is left or Enter is pressed on it, and at once
    /// whenever the text becomes a date or blank (a corrected date clears its message while the user types).
    public static void onReading(DatePicker d, Consumer<Dates.Reading> report) {
        d.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                report.accept(reading(d));
            }
        });
        d.getEditor().textProperty().addListener((o, a, b) -> {
            Dates.Reading r = read(d, b);
            if (r.ok() || !d.isFocused()) {
                report.accept(r);
            }
        });
        d.addEventHandler(ActionEvent.ACTION, e -> report.accept(reading(d)));
    }

    /// Decorates the control from its message (a warning in amber, an error in red) and returns the line that shows
    /// the message under it, hidden while empty.
    public static Label decorate(ValidationSupport validation, Control c, ObservableStringValue message,
                          ObservableBooleanValue warning, String id) {
        Label err = new Label();
        err.setId(id);
        err.textProperty().bind(message);
        err.setWrapText(true);
        // as wide as its field: a message naming the field and the typed text wraps under the field, not in a column
        err.maxWidthProperty().bind(c.widthProperty());
        err.setMinHeight(Region.USE_PREF_SIZE);
        err.managedProperty().bind(err.textProperty().isNotEmpty());
        err.visibleProperty().bind(err.textProperty().isNotEmpty());
        err.styleProperty().bind(Bindings.when(warning).then("-fx-text-fill: #b26a00;").otherwise("-fx-text-fill: #c62828;"));
        validation.registerValidator(c, false, (Control x, Object v) -> ValidationResult.fromMessageIf(x,
                message.get(), warning.get() ? Severity.WARNING : Severity.ERROR, !message.get().isEmpty()));
        message.addListener((o, a, b) -> validation.revalidate(c));
        return err;
    }
}
