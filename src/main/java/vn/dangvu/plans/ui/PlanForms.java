package vn.dangvu.plans.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.ui.FormFields;

/// Form pieces of the Kế hoạch section: labelled grids, strict date pickers, and dialogs that stay open with the
/// refusal message until the change is saved (the unit screens' pattern).
final class PlanForms {

    private static final String FIELD_KEY = "dangvu.fieldKey";

    private PlanForms() {
    }

    static DatePicker datePicker(String id, LocalDate value) {
        DatePicker p = FormFields.datePicker();
        p.setId(id);
        p.setValue(value);
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

    /// Tells `fail` about the first picker whose text is not a date, naming the field; false then.
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

    static TextField field(String id, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        return f;
    }

    static TextArea area(String id, String value) {
        TextArea a = new TextArea(value);
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }

    static Optional<String> text(String s) {
        return Optional.ofNullable(Text.cleanOrNull(s));
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

    static Label row(GridPane g, String labelKey, Node field) {
        field.getProperties().put(FIELD_KEY, labelKey);
        Label l = new Label(I18n.t(labelKey));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        g.addRow(g.getRowCount(), l, field);
        if (field instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        return l;
    }

    /// A modal form. OK runs action(done, fail): done closes the dialog, fail shows the message and keeps it open.
    static Dialog<ButtonType> show(Node owner, String id, String titleKey, String okKey, Node form,
                                   BiConsumer<Runnable, Consumer<String>> action) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.getScene().getWindow());
        d.setTitle(I18n.t(titleKey));
        d.setHeaderText(null);
        d.setResizable(true);
        Label error = new Label();
        error.setId(id + "Error");
        error.setWrapText(true);
        error.setMaxWidth(560);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.getStyleClass().add("danger");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox box = new VBox(12, form, error);
        box.setId(id);
        box.setPrefWidth(600);
        d.getDialogPane().setContent(box);
        d.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        ButtonType ok = new ButtonType(I18n.t(okKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("dialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
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
                d.getDialogPane().getScene().getWindow().sizeToScene();
            });
        });
        d.show();
        return d;
    }
}
