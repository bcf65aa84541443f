package vn.dangvu.plans.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import vn.dangvu.common.I18n;
import vn.dangvu.ui.Controls;
import vn.dangvu.years.RuleSetRef;
import vn.dangvu.years.WorkingYear;

/// The "Năm công tác" tab: the years with their state, the commands (open, copy from last year, start the review,
/// close, reopen with a reason) and the selected year's themes and rule set.
final class YearPanelView {

    private final YearsViewModel vm;
    private final VBox root = new VBox(12);

    YearPanelView(YearsViewModel vm) {
        this.vm = vm;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        TableView<WorkingYear> table = new TableView<>(vm.years());
        table.setId("yearTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Controls.column("year.ui.col.year", 70, y -> YearsViewModel.year(y.year())),
                Controls.wrappingColumn("year.ui.col.state", 190, y -> I18n.t(y.state().i18nKey())),
                Controls.column("year.ui.col.ruleSet", 130, WorkingYear::ruleSetCode),
                Controls.wrappingColumn("year.ui.col.theme", 400, y -> y.yearTheme().orElse(""))));
        table.setPrefHeight(170);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selected().get()) {
                vm.selected().set(b);
            }
        });
        vm.selected().addListener((o, a, b) -> table.getSelectionModel().select(b));

        YearDialogs dialogs = new YearDialogs(vm, root);
        Button open = Controls.button("yearOpen", "year.ui.open", () -> dialogs.open(false));
        Button copy = Controls.button("yearCopy", "year.ui.copy", () -> dialogs.open(true));
        Button review = Controls.button("yearReview", "year.ui.review", vm::startReview);
        review.disableProperty().bind(vm.canReview().not());
        Button close = Controls.button("yearClose", "year.ui.close", dialogs::confirmClose);
        close.disableProperty().bind(vm.canClose().not());
        Button reopen = Controls.button("yearReopen", "year.ui.reopen", dialogs::reopen);
        reopen.disableProperty().bind(vm.canReopen().not());
        HBox commands = new HBox(8, open, copy, review, close, reopen);
        commands.setAlignment(Pos.CENTER_LEFT);

        TextArea term = new TextArea();
        term.setId("yearTermTheme");
        term.setPrefRowCount(2);
        term.setWrapText(true);
        term.textProperty().bindBidirectional(vm.termTheme());
        TextArea theme = new TextArea();
        theme.setId("yearTheme");
        theme.setPrefRowCount(2);
        theme.setWrapText(true);
        theme.textProperty().bindBidirectional(vm.yearTheme());
        ComboBox<RuleSetRef> rules = new ComboBox<>(vm.ruleSets());
        rules.setId("yearRuleSet");
        Controls.label(rules, r -> r.code() + " – " + r.name());
        rules.valueProperty().bindBidirectional(vm.ruleSet());
        rules.setMaxWidth(Double.MAX_VALUE);
        // the box shows the rule set's code; its full name (long: the rule and its guidance with their dates) wraps
        // below it, so it is read in full at large font on a 1366×768 screen
        rules.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(RuleSetRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.code());
            }
        });
        Label rulesName = new Label();
        rulesName.setId("yearRuleSetName");
        rulesName.setWrapText(true);
        rulesName.setMinHeight(Region.USE_PREF_SIZE);
        rulesName.getStyleClass().add("text-muted");
        rulesName.textProperty().bind(rules.valueProperty().map(RuleSetRef::name).orElse(""));
        Button save = Controls.button("yearSaveThemes", "year.ui.saveThemes", vm::saveThemes);
        GridPane form = PlanForms.grid();
        PlanForms.row(form, "year.ui.termTheme", term);
        PlanForms.row(form, "year.ui.yearTheme", theme);
        PlanForms.row(form, "year.ui.ruleSet", new VBox(4, rules, rulesName));
        form.add(save, 1, form.getRowCount());
        form.disableProperty().bind(vm.readOnly());

        Label error = Controls.error("yearError", vm.error());
        Label message = Controls.message("yearMessage", vm.message());
        Label hint = new Label(I18n.t("year.ui.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        VBox.setVgrow(table, Priority.SOMETIMES);
        root.getChildren().addAll(commands, table, new Label(I18n.t("year.ui.details")), form, error, message, hint);
        root.setPadding(new Insets(12));
        root.setId("yearPanel");
    }
}
