package vn.dangvu.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import vn.dangvu.common.I18n;

/// Pieces shared by the member form and its event fields: date pickers that read d/M/yyyy and report text that is
/// not a date, and the ControlsFX decoration plus red (or amber) line under a checked field.
public final class FormFields {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter LENIENT = DateTimeFormatter.ofPattern("d/M/yyyy");

    private FormFields() {
    }

    public static DatePicker picker(ObjectProperty<LocalDate> p) {
        DatePicker d = new DatePicker();
        d.setPromptText(I18n.t("member.form.datePrompt"));
        d.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate v) {
                return v == null ? "" : DATE.format(v);
            }

            @Override
            public LocalDate fromString(String s) {
                return parse(s).orElse(null);
            }
        });
        d.valueProperty().bindBidirectional(p);
        return d;
    }

    /// A typed text that is not a date leaves the picker empty: report it when the field loses focus (null once
    /// the text is a date or empty again) instead of silently dropping it.
    public static void reportUnreadable(DatePicker d, Consumer<String> unreadable) {
        d.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                String text = d.getEditor().getText();
                unreadable.accept(text != null && !text.isBlank() && parse(text).isEmpty() ? text : null);
            }
        });
    }

    private static Optional<LocalDate> parse(String s) {
        try {
            return s == null || s.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(s.strip(), LENIENT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /// Decorates the control from its message (a warning in amber, an error in red) and returns the line that shows
    /// the message under it, hidden while empty.
    public static Label decorate(ValidationSupport validation, Control c, ObservableStringValue message,
                          ObservableBooleanValue warning, String id) {
        Label err = new Label();
        err.setId(id);
        err.textProperty().bind(message);
        err.setWrapText(true);
        err.setMaxWidth(320);
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
