package vn.dangvu.members.ui;

import java.time.LocalDate;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import vn.dangvu.common.I18n;
import vn.dangvu.ui.FormFields;
import vn.dangvu.ui.Windows;

/// A small dialog for the committee's decision on a late transfer letter: the lateness, the decision's number and
/// date, and the period not counted in party age if the committee decided one. Enter records, Esc closes.
public final class LetterDecisionView {

    private final LetterDecisionViewModel vm;
    private final VBox root = new VBox(10);
    private Stage stage;

    public LetterDecisionView(LetterDecisionViewModel vm) {
        this.vm = vm;
        build();
        vm.done().addListener((o, a, b) -> {
            if (b && stage != null) {
                stage.close();
            }
        });
    }

    public Node root() {
        return root;
    }

    public void show(Window owner, String style) {
        stage = Windows.modal(owner, I18n.t("member.letter.title"), root, 640, 500, style);
    }

    private void build() {
        Label title = new Label(I18n.t("member.letter.title"));
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label lateness = new Label();
        lateness.setId("letterLateness");
        lateness.textProperty().bind(vm.lateness());
        lateness.setWrapText(true);
        lateness.setMinHeight(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        TextField no = new TextField();
        no.setId("letterDecisionNo");
        no.setPromptText(I18n.t("member.letter.decisionNoPrompt"));
        no.textProperty().bindBidirectional(vm.decisionNo);
        grid.addRow(0, new Label(I18n.t("member.letter.decisionNo")), no);
        grid.addRow(1, new Label(I18n.t("member.letter.decisionDate")),
                date("letterDecisionDate", vm.decisionDate, LetterDecisionViewModel.DateField.DATE));
        Label gapHint = new Label(I18n.t("member.letter.gapHint"));
        gapHint.setWrapText(true);
        gapHint.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(gapHint, 0, 2, 2, 1);
        grid.addRow(3, new Label(I18n.t("member.letter.gapFrom")),
                date("letterGapFrom", vm.gapFrom, LetterDecisionViewModel.DateField.GAP_FROM));
        grid.addRow(4, new Label(I18n.t("member.letter.gapTo")),
                date("letterGapTo", vm.gapTo, LetterDecisionViewModel.DateField.GAP_TO));
        Label message = new Label();
        message.setId("letterMessage");
        message.textProperty().bind(vm.message());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button save = new Button(I18n.t("member.letter.save"));
        save.setId("letterSave");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> vm.save());
        Button close = new Button(I18n.t("member.form.cancel"));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> {
            if (stage != null) {
                stage.close();
            }
        });
        HBox bottom = new HBox(8, message, save, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, lateness, grid, bottom);
        root.setPadding(new Insets(16));
        root.setId("letterDecisionView");
    }

    private DatePicker date(String id, ObjectProperty<LocalDate> value, LetterDecisionViewModel.DateField f) {
        DatePicker d = FormFields.datePicker(value);
        d.setId(id);
        d.setPrefWidth(170);
        FormFields.onReading(d, r -> vm.typedDate(f, r));
        return d;
    }
}
