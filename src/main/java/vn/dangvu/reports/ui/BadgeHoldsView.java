package vn.dangvu.reports.ui;

import java.util.Map;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
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

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.members.BadgeRules.DisciplineForm;
import vn.dangvu.members.BadgeService;
import vn.dangvu.ui.Windows;

/// A small dialog with the months a discipline holds a Party badge back, per form, in the rule set of the chosen
/// round's year. Enter saves, Esc closes.
public final class BadgeHoldsView {

    private final BadgeHoldsViewModel vm;
    private final VBox root = new VBox(10);
    private Stage stage;

    public BadgeHoldsView(BadgeHoldsViewModel vm) {
        this.vm = vm;
        build();
    }

    /// The dialog's source on the badge service.
    public static BadgeHoldsViewModel.Source source(BadgeService badges) {
        return new BadgeHoldsViewModel.Source() {
            @Override
            public Optional<String> ruleSetFor(int year) {
                return badges.ruleSetFor(year);
            }

            @Override
            public Map<DisciplineForm, Integer> holds(int year) {
                return badges.holds(year);
            }

            @Override
            public void setHold(String ruleSet, DisciplineForm form, Integer months) throws AppException {
                badges.setHold(ruleSet, form, months);
            }
        };
    }

    public Node root() {
        return root;
    }

    public void show(Window owner, String style) {
        stage = Windows.modal(owner, I18n.t("badge.hold.title"), root, 620, 440, style);
    }

    private void build() {
        Label title = new Label(I18n.t("badge.hold.title"));
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label heading = new Label();
        heading.setId("badgeHoldRuleSet");
        heading.textProperty().bind(vm.heading());
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(I18n.t("badge.hold.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setMinWidth(130);
        ColumnConstraints unit = new ColumnConstraints();
        unit.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, unit);
        int row = 0;
        for (DisciplineForm f : DisciplineForm.values()) {
            TextField months = new TextField();
            months.setId("badgeHold" + f.name());
            months.setPrefColumnCount(8);
            months.setPromptText(I18n.t("badge.hold.whileStanding"));
            months.textProperty().bindBidirectional(vm.months(f));
            grid.addRow(row++, new Label(BadgeHoldsViewModel.formName(f)), months, new Label(I18n.t("badge.hold.months")));
        }
        Label message = new Label();
        message.setId("badgeHoldMessage");
        message.textProperty().bind(vm.message());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button save = new Button(I18n.t("badge.hold.save"));
        save.setId("badgeHoldSave");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> vm.save());
        Button close = new Button(I18n.t("badge.hold.close"));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> {
            if (stage != null) {
                stage.close();
            }
        });
        HBox bottom = new HBox(8, message, save, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, heading, hint, grid, bottom);
        root.setPadding(new Insets(16));
        root.setId("badgeHoldsView");
    }
}
