package vn.dangvu.members.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.members.Holiday;
import vn.dangvu.ui.FormFields;
import vn.dangvu.ui.Windows;

/// A small dialog listing the public holidays (Tết, 30/4, 1/5, 2/9, Giỗ Tổ, days off in lieu) that the working-day
/// deadlines skip, with a line to add a day and a button to remove the selected one. Esc closes it.
public final class HolidaysView {

    private final HolidaysViewModel vm;
    private final VBox root = new VBox(8);

    public HolidaysView(HolidaysViewModel vm) {
        this.vm = vm;
        build();
    }

    public Node root() {
        return root;
    }

    public void show(Window owner, String style) {
        Windows.modal(owner, I18n.t("holiday.title"), root, 560, 560, style);
    }

    private void build() {
        Label title = new Label(I18n.t("holiday.title"));
        title.getStyleClass().add("title-3");
        Label hint = new Label(I18n.t("holiday.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        ListView<Holiday> list = new ListView<>(vm.holidays());
        list.setId("holidayList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Holiday h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? "" : Dates.format(h.date()) + " · " + h.name());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selected.set(b));
        VBox.setVgrow(list, Priority.ALWAYS);
        DatePicker date = FormFields.datePicker(vm.date);
        date.setId("holidayDate");
        date.setPromptText(I18n.t("holiday.date"));
        date.setPrefWidth(150);
        FormFields.onReading(date, vm::typedDate);
        TextField name = new TextField();
        name.setId("holidayName");
        name.setPromptText(I18n.t("holiday.name"));
        name.textProperty().bindBidirectional(vm.name);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(I18n.t("holiday.add"));
        add.setId("holidayAdd");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.add());
        HBox line = new HBox(8, date, name, add);
        line.setAlignment(Pos.CENTER_LEFT);
        Button remove = new Button(I18n.t("holiday.remove"));
        remove.setId("holidayRemove");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.disableProperty().bind(vm.selected.isNull());
        remove.setOnAction(e -> vm.removeSelected());
        Label message = new Label();
        message.setId("holidayMessage");
        message.textProperty().bind(vm.message());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(8, message, remove);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        bottom.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, hint, list, line, bottom);
        root.setPadding(new Insets(16));
        root.setId("holidaysView");
    }
}
