package vn.dangvu.units.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.party.CellType;
import vn.dangvu.units.LeaderAssignment;
import vn.dangvu.units.UnitDetails;
import vn.dangvu.units.UnitUpdate;

/// Right-hand panel: the selected unit's fields (editable), member counts and leadership table.
final class UnitDetailPane {

    private final UnitTreeViewModel vm;
    private final UnitDialogs dialogs;
    private final VBox root = new VBox(10);
    private final Label title = new Label();
    private final Label counts = new Label();
    private final Label history = new Label();
    private final ComboBox<CellType> cellType = UnitDialogs.cellTypes("unitCellType");
    private final TextField name = UnitForms.field("unitName");
    private final TextField shortCode = UnitForms.field("unitShortCode");
    private final DatePicker established = UnitForms.datePicker("unitEstablished");
    private final TextField decision = UnitForms.field("unitDecision");
    private final TextField schedule = UnitForms.field("unitSchedule");
    private final TextArea note = new TextArea();
    private final Label saveError = new Label();
    private final TableView<LeaderAssignment> leaders = new TableView<>();

    UnitDetailPane(UnitTreeViewModel vm, UnitDialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        build();
        vm.selected().addListener((o, a, d) -> show(d));
        show(vm.selected().get());
    }

    Node root() {
        return root;
    }

    private void build() {
        title.getStyleClass().add("title-4");
        title.setId("unitTitle");
        title.setWrapText(true);
        counts.setId("unitMemberCount");
        history.setId("unitHistory");
        history.getStyleClass().add("text-muted");
        history.setWrapText(true);
        history.managedProperty().bind(history.textProperty().isNotEmpty());
        note.setId("unitNote");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        GridPane g = UnitForms.grid();
        UnitForms.row(g, "units.field.name", name);
        UnitForms.row(g, "units.field.cellType", cellType);
        UnitForms.row(g, "units.field.shortCode", shortCode);
        UnitForms.row(g, "units.field.established", established);
        UnitForms.row(g, "units.field.establishedDecision", decision);
        UnitForms.row(g, "units.field.schedule", schedule);
        UnitForms.row(g, "units.field.note", note);
        Button save = new Button(I18n.t("units.button.save"));
        save.setId("unitSave");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        saveError.setId("unitSaveError");
        saveError.getStyleClass().add("danger");
        saveError.setWrapText(true);
        saveError.managedProperty().bind(saveError.textProperty().isNotEmpty());
        Label leadTitle = new Label(I18n.t("units.leaders.title"));
        leadTitle.getStyleClass().add("title-4");
        leaders.setId("unitLeaders");
        leaders.setItems(vm.leaders());
        leaders.setPlaceholder(new Label(I18n.t("units.leaders.none")));
        leaders.setPrefHeight(190);
        leaders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        leaders.getColumns().setAll(List.of(
                column("units.leader.member", 170, LeaderAssignment::memberName),
                column("units.leader.role", 130, a -> I18n.t(a.role().i18nKey())),
                column("units.leader.period", 220, a -> I18n.t("units.leader.periodValue", Dates.format(a.from()),
                        date(a.to()))),
                column("units.leader.term", 150, a -> a.termLabel().orElse("")
                        + a.termEnd().map(e -> " " + I18n.t("units.leader.termEndValue", e)).orElse("")),
                column("units.leader.decisionShort", 125, a -> a.decisionNo().orElse(""))));
        Button add = new Button(I18n.t("units.button.addLeader"));
        add.setId("leaderAdd");
        add.setOnAction(e -> dialogs.addLeader());
        add.disableProperty().bind(vm.canEdit().not());
        Button end = new Button(I18n.t("units.button.endLeader"));
        end.setId("leaderEnd");
        end.disableProperty().bind(leaders.getSelectionModel().selectedItemProperty().isNull());
        end.setOnAction(e -> dialogs.endLeader(leaders.getSelectionModel().getSelectedItem()));
        Button remove = new Button(I18n.t("units.button.removeLeader"));
        remove.setId("leaderRemove");
        remove.disableProperty().bind(leaders.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> dialogs.removeLeader(leaders.getSelectionModel().getSelectedItem()));
        root.getChildren().addAll(title, counts, history, g, new HBox(10, save), saveError, leadTitle, leaders,
                new HBox(8, add, end, remove));
        root.setPadding(new Insets(4, 4, 4, 12));
        root.setId("unitDetail");
        root.disableProperty().bind(vm.selected().isNull());
    }

    private void show(UnitDetails d) {
        saveError.setText("");
        if (d == null) {
            title.setText(I18n.t("units.detail.none"));
            for (TextField f : new TextField[] {name, shortCode, decision, schedule}) {
                f.clear();
            }
            return;
        }
        title.setText(d.unit().name());
        name.setText(d.unit().name());
        cellType.setValue(d.unit().cellType().orElse(null));
        shortCode.setText(d.shortCode().orElse(""));
        established.setValue(d.unit().establishedDate().orElse(null));
        // text that was refused for the unit shown before must not stay in the field
        established.getEditor().setText(Dates.format(established.getValue()));
        decision.setText(d.unit().establishedDecision().orElse(""));
        schedule.setText(d.meetingSchedule().orElse(""));
        note.setText(d.note().orElse(""));
        counts.setText(I18n.t("units.detail.counts", I18n.t(d.unit().kind().i18nKey()),
                d.fullMembers() + d.probationaryMembers(), d.fullMembers(), d.probationaryMembers()));
        history.setText(d.dissolvedDate().map(date -> I18n.t("units.detail.dissolved", date,
                d.dissolvedDecision().orElse("—"))).orElse(""));
    }

    private void save() {
        UnitDetails d = vm.selected().get();
        if (!UnitForms.datesReadable(saveError::setText, established)) {
            return;
        }
        vm.save(new UnitUpdate(d.unit().id(), name.getText(), Optional.ofNullable(cellType.getValue()),
                UnitForms.text(shortCode), UnitForms.date(established), UnitForms.text(decision), UnitForms.text(schedule),
                Optional.ofNullable(note.getText())), () -> { }, saveError::setText);
    }

    private static String date(Optional<LocalDate> d) {
        return Dates.format(d.orElse(null));
    }

    private static TableColumn<LeaderAssignment, String> column(String key, double width,
                                                                Function<LeaderAssignment, String> value) {
        TableColumn<LeaderAssignment, String> c = new TableColumn<>(I18n.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
