package vn.dangvu.units.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.ui.FormFields;
import vn.dangvu.ui.Windows;

/// Small form helpers of the unit screens: Vietnamese date pickers, labelled grids and dialogs that stay open
/// with the refusal message until the change is saved.
final class UnitForms {

    private static final String FIELD_KEY = "dangvu.fieldKey";

    private UnitForms() {
    }

    static DatePicker datePicker(String id) {
        DatePicker p = FormFields.datePicker();
        p.setId(id);
        // a typed date counts without pressing Enter
        p.focusedProperty().addListener((o, a, f) -> {
            Dates.Reading r = FormFields.reading(p);
            if (!f && r.ok()) {
                p.setValue(r.date().orElse(null));
            }
        });
        return p;
    }

    /// The picker's date, reading text typed but not yet committed.
    static Optional<LocalDate> date(DatePicker p) {
        return FormFields.reading(p).date();
    }

    /// Tells fail about the first picker whose typed text is not a date (a mistyped date must not become "no date"
    /// or another day); the message names the field by its label.
    static boolean datesReadable(Consumer<String> fail, DatePicker... pickers) {
        for (DatePicker p : pickers) {
            Dates.Reading r = FormFields.reading(p);
            if (!r.ok()) {
                Object key = p.getProperties().get(FIELD_KEY);
                fail.accept(r.message(key == null ? "" : I18n.t(key.toString())));
                return false;
            }
        }
        return true;
    }

    static Optional<String> text(TextField f) {
        return Optional.ofNullable(Text.cleanOrNull(f.getText()));
    }

    static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    static void row(GridPane g, String labelKey, Node field) {
        field.getProperties().put(FIELD_KEY, labelKey);
        int r = g.getRowCount();
        Label l = new Label(I18n.t(labelKey));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        g.addRow(r, l, field);
    }

    /// A modal form. OK runs action(done, fail): done closes the dialog, fail shows the message and keeps it open.
    /// Returns the dialog's message label, so fields can clear it when they change.
    static Label show(Node owner, String id, String titleKey, String okKey, Node form,
                      BiConsumer<Runnable, Consumer<String>> action) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.getScene().getWindow());
        d.setTitle(I18n.t(titleKey));
        d.setHeaderText(null);
        d.setResizable(true);
        Label error = new Label();
        error.setId(id + "Error");
        error.setWrapText(true);
        error.setMaxWidth(520);
        // a message of two lines gets both (the window grows, see below) instead of one line cut with "…"
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.getStyleClass().add("danger");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox box = new VBox(12, form, error);
        box.setId(id);
        box.setPrefWidth(560);
        d.getDialogPane().setContent(box);
        d.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        ButtonType ok = new ButtonType(I18n.t(okKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("units.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId(id + "Ok");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            error.setText("");
            okButton.setDisable(true);
            action.accept(() -> {
                d.setResult(ok);
                d.close();
            }, msg -> {
                okButton.setDisable(false);
                error.setText(msg);
                // the message adds lines: grow the window so the buttons stay visible
                d.getDialogPane().getScene().getWindow().sizeToScene();
            });
        });
        Windows.dialog(d);
        d.show();
        return error;
    }
}
