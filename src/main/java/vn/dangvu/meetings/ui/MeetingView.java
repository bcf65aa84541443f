package vn.dangvu.meetings.ui;

import java.util.Arrays;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.meetings.Meeting;
import vn.dangvu.meetings.MeetingKind;
import vn.dangvu.ui.Controls;
import vn.dangvu.ui.FormFields;

/// The "Sinh hoạt chi bộ" tab: the cells (with the months recorded) on the left; the sheet of the chosen cell and
/// month on the right: day, times, kind, topic, and the roll with everyone present until marked absent.
/// Keys: Alt+←/→ month, Alt+↑/↓ cell, Ctrl+S save; on the roll 1/2/3 or Space for attendance, D for unpaid dues,
/// Enter or F2 to type the reason.
public final class MeetingView {

    private final MeetingViewModel vm;
    private final BorderPane root = new BorderPane();

    public MeetingView(MeetingViewModel vm) {
        this.vm = vm;
        root.setLeft(cells());
        root.setCenter(sheet());
        root.setPadding(new Insets(12));
        root.setId("meetingPanel");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                guard(() -> vm.moveMonth(1));
            } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                guard(() -> vm.moveMonth(-1));
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                guard(() -> vm.moveCell(1));
            } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                guard(() -> vm.moveCell(-1));
            } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.save();
            } else {
                return;
            }
            e.consume();
        });
    }

    public Parent root() {
        return root;
    }

    private Node cells() {
        ListView<MeetingViewModel.CellLine> list = new ListView<>(vm.cells());
        list.setId("meetingCells");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MeetingViewModel.CellLine c, boolean empty) {
                super.updateItem(c, empty);
                setText(null);
                if (empty || c == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(c.cell().name());
                name.setWrapText(true);
                name.maxWidthProperty().bind(getListView().widthProperty().subtract(32));
                name.setMinHeight(Region.USE_PREF_SIZE);
                Label count = new Label(I18n.t("meeting.ui.cellCount", c.recordedMonths()));
                count.getStyleClass().add("text-muted");
                setGraphic(new VBox(1, name, count));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.cell().get()) {
                guard(() -> vm.selectCell(b), () -> list.getSelectionModel().select(vm.cell().get()));
            }
        });
        vm.cell().addListener((o, a, b) -> list.getSelectionModel().select(b));
        Label title = new Label(I18n.t("meeting.ui.cells"));
        title.getStyleClass().add("text-bold");
        Label hint = new Label(I18n.t("meeting.ui.keys"));
        hint.setId("meetingKeys");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.maxWidthProperty().bind(list.widthProperty());
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(6, title, list, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 12, 0, 0));
        return box;
    }

    private Node sheet() {
        ComboBox<Integer> month = new ComboBox<>();
        month.setId("meetingMonth");
        for (int m = 1; m <= 12; m++) {
            month.getItems().add(m);
        }
        Controls.label(month, m -> I18n.t(vm.recordedMonths().contains(m) ? "meeting.ui.month.recorded" : "meeting.ui.month", m));
        vm.recordedMonths().addListener((ListChangeListener<Integer>) c -> Controls.label(month,
                m -> I18n.t(vm.recordedMonths().contains(m) ? "meeting.ui.month.recorded" : "meeting.ui.month", m)));
        month.setValue(vm.month().get());
        vm.month().addListener((o, a, b) -> month.setValue(b.intValue()));
        month.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.month().get()) {
                guard(() -> vm.selectMonth(b), () -> month.setValue(vm.month().get()));
            }
        });
        Button prev = Controls.button("meetingPrevMonth", "meeting.ui.prevMonth", () -> guard(() -> vm.moveMonth(-1)));
        Button next = Controls.button("meetingNextMonth", "meeting.ui.nextMonth", () -> guard(() -> vm.moveMonth(1)));
        ComboBox<Meeting> records = new ComboBox<>(vm.monthMeetings());
        records.setId("meetingRecords");
        Controls.label(records, m -> I18n.t(m.kind().i18nKey()) + " – " + Dates.format(m.heldOn()));
        records.setPromptText(I18n.t("meeting.ui.newSheet"));
        vm.current().addListener((o, a, b) -> records.setValue(b));
        records.setOnAction(e -> {
            Meeting m = records.getValue();
            if (m != null && m != vm.current().get()) {
                guard(() -> vm.open(m), () -> records.setValue(vm.current().get()));
            }
        });
        MenuButton other = new MenuButton(I18n.t("meeting.ui.other"));
        other.setId("meetingOther");
        for (MeetingKind k : List.of(MeetingKind.THEMATIC, MeetingKind.EXTRAORDINARY)) {
            String key = "meeting.ui.other." + k.name();
            MenuItem item = new MenuItem(I18n.t(key));
            item.setOnAction(e -> guard(() -> vm.newMeeting(k)));
            other.getItems().add(item);
        }
        other.disableProperty().bind(vm.readOnly());
        Label monthLabel = new Label(I18n.t("meeting.ui.monthLabel"));
        Label recordLabel = new Label(I18n.t("meeting.ui.record"));
        for (Region r : List.of(monthLabel, recordLabel, month, records, other, prev, next)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox months = new HBox(6, monthLabel, prev, month, next);
        months.setAlignment(Pos.CENTER_LEFT);
        HBox sheets = new HBox(6, recordLabel, records, other);
        sheets.setAlignment(Pos.CENTER_LEFT);
        FlowPane nav = new FlowPane(16, 6, months, sheets);
        nav.setAlignment(Pos.CENTER_LEFT);

        Node table = new AttendanceTable(vm).root();
        Label summary = Controls.message("meetingSummary", vm.summary());
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox bottom = new HBox(8, commands(), summary);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, nav, form(), Controls.error("meetingDuration", vm.durationWarning()), table, bottom,
                Controls.error("meetingError", vm.error()), Controls.message("meetingMessage", vm.message()));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Node form() {
        DatePicker day = FormFields.datePicker(vm.heldOn());
        day.setId("meetingDate");
        TextField start = new TextField();
        start.setId("meetingStart");
        start.setPromptText(I18n.t("meeting.ui.timePrompt"));
        start.textProperty().bindBidirectional(vm.start());
        TextField end = new TextField();
        end.setId("meetingEnd");
        end.setPromptText(I18n.t("meeting.ui.timePrompt"));
        end.textProperty().bindBidirectional(vm.end());
        ComboBox<MeetingKind> kind = new ComboBox<>();
        kind.getItems().setAll(Arrays.asList(MeetingKind.values()));
        kind.setId("meetingKind");
        Controls.label(kind, k -> I18n.t(k.i18nKey()));
        kind.valueProperty().bindBidirectional(vm.kind());
        TextField topic = new TextField();
        topic.setId("meetingTopic");
        topic.textProperty().bindBidirectional(vm.topic());
        TextField note = new TextField();
        note.setId("meetingNote");
        note.textProperty().bindBidirectional(vm.note());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.SOMETIMES);
        ColumnConstraints time = new ColumnConstraints();
        time.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().addAll(label, field, label, time, label, time);
        g.addRow(0, new Label(I18n.t("meeting.ui.date")), day, new Label(I18n.t("meeting.ui.hours")), start,
                new Label(I18n.t("meeting.ui.until")), end);
        g.add(new Label(I18n.t("meeting.ui.kind")), 0, 1);
        g.add(kind, 1, 1);
        g.add(new Label(I18n.t("meeting.field.topic")), 2, 1);
        g.add(topic, 3, 1, 3, 1);
        g.add(new Label(I18n.t("meeting.field.note")), 0, 2);
        g.add(note, 1, 2, 5, 1);
        kind.setMaxWidth(Double.MAX_VALUE);
        day.setMaxWidth(Double.MAX_VALUE);
        g.disableProperty().bind(vm.readOnly().or(vm.cell().isNull()));
        return g;
    }

    private Node commands() {
        Button save = Controls.button("meetingSave", "meeting.ui.save", vm::save);
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.readOnly().or(vm.cell().isNull()));
        Button delete = Controls.button("meetingDelete", "meeting.ui.delete", this::confirmDelete);
        delete.disableProperty().bind(vm.readOnly().or(vm.current().isNull()));
        Label unsaved = new Label(I18n.t("meeting.ui.unsaved"));
        unsaved.getStyleClass().add("text-muted");
        unsaved.visibleProperty().bind(vm.dirty());
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        for (Region r : List.of(save, delete, unsaved)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, save, delete, unsaved);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void confirmDelete() {
        Meeting m = vm.current().get();
        if (m != null && confirm(I18n.t("meeting.ui.delete.confirm", I18n.t(m.kind().i18nKey()), Dates.format(m.heldOn()),
                m.unitName()), "meeting.ui.delete")) {
            vm.delete();
        }
    }

    /// Runs `go` unless changes are unsaved and the clerk keeps them.
    private void guard(Runnable go) {
        guard(go, () -> { });
    }

    private void guard(Runnable go, Runnable stay) {
        if (!vm.dirty().get() || vm.readOnly().get() || confirm(I18n.t("meeting.ui.discard"), "meeting.ui.discard.ok")) {
            go.run();
        } else {
            stay.run();
        }
    }

    private boolean confirm(String text, String okKey) {
        ButtonType ok = new ButtonType(I18n.t(okKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("dialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ok, cancel);
        a.initOwner(root.getScene().getWindow());
        a.setHeaderText(null);
        a.setTitle(I18n.t("meeting.ui.confirm.title"));
        a.getDialogPane().setStyle(root.getScene().getRoot().getStyle());
        return a.showAndWait().filter(ok::equals).isPresent();
    }
}
