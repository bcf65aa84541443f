package vn.dangvu.members.ui;

import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationSupport;

import vn.dangvu.common.I18n;
import vn.dangvu.members.EventRules.Field;
import vn.dangvu.ui.Choice;
import vn.dangvu.ui.FormFields;

/// Labelled rows for the fields of one event ([EventInputViewModel]); a transfer detail's row shows only for the
/// event types that use it. Ids are the given prefix plus the field: "eventEXTERNAL_UNIT", "arrivalDATE".
final class EventInputView {

    private final EventInputViewModel vm;
    private final ValidationSupport validation;
    private final String prefix;
    private final double labelWidth;
    private final VBox box = new VBox(6);

    EventInputView(EventInputViewModel vm, ValidationSupport validation, String prefix, double labelWidth) {
        this.vm = vm;
        this.validation = validation;
        this.prefix = prefix;
        this.labelWidth = labelWidth;
    }

    VBox box() {
        return box;
    }

    EventInputView date(Field f, String key, ObjectProperty<LocalDate> p) {
        DatePicker d = FormFields.datePicker(p);
        FormFields.onReading(d, r -> vm.typedDate(f, I18n.t(key), r));
        return add(f, Bindings.createStringBinding(() -> I18n.t(key)), d);
    }

    EventInputView text(Field f, String key, StringProperty p) {
        return text(f, Bindings.createStringBinding(() -> I18n.t(key)), p);
    }

    /// The organisation outside the commune, labelled after the event type (destination or origin).
    EventInputView external() {
        return text(Field.EXTERNAL_UNIT, vm.externalLabel(), vm.external);
    }

    EventInputView cell(ObservableList<Choice<Long>> cells) {
        ComboBox<Choice<Long>> c = new ComboBox<>(cells);
        c.valueProperty().bindBidirectional(vm.cell);
        return add(Field.TO_UNIT, Bindings.createStringBinding(() -> I18n.t("member.event.toCell")), c);
    }

    private EventInputView text(Field f, ObservableStringValue label, StringProperty p) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(p);
        if (f == Field.EXTERNAL_UNIT) {
            t.setPromptText(I18n.t("member.event.externalPrompt"));
        }
        return add(f, label, t);
    }

    private EventInputView add(Field f, ObservableStringValue label, Control c) {
        c.setId(prefix + f.name());
        c.setMaxWidth(Double.MAX_VALUE);
        Label err = FormFields.decorate(validation, c, vm.message(f), Bindings.createBooleanBinding(() -> false),
                "error-" + prefix + f.name());
        VBox cell = new VBox(2, c, err);
        HBox.setHgrow(cell, Priority.ALWAYS);
        HBox r = row(label, cell, f);
        box.getChildren().add(r);
        return this;
    }

    private HBox row(ObservableStringValue text, Region content, Field f) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setMinWidth(labelWidth);
        label.setPrefWidth(labelWidth);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setPadding(new Insets(8, 0, 0, 0));
        content.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(content, Priority.ALWAYS);
        HBox r = new HBox(8, label, content);
        r.setAlignment(Pos.TOP_LEFT);
        r.visibleProperty().bind(vm.shown(f));
        r.managedProperty().bind(vm.shown(f));
        return r;
    }
}
