package vn.dangvu.rating.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import vn.dangvu.common.I18n;
import vn.dangvu.rating.AutoCondition;
import vn.dangvu.rating.ExemptionReason;
import vn.dangvu.rating.Level;
import vn.dangvu.rating.QuotaMode;
import vn.dangvu.rating.RuleSet;

/// The rule sets tab: the list on the left; on the right the selected set's fields (read only for a built-in set
/// and one a closed year used), saving a copy, copying, and choosing the set for the year on the rating screen.
public final class RuleSetView {

    private final RuleSetViewModel vm;
    private final VBox root = new VBox(6);

    public RuleSetView(RuleSetViewModel vm) {
        this.vm = vm;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.setId("ruleSetView");
        root.setPadding(new Insets(8, 0, 0, 0));
        ListView<RuleSet> list = new ListView<>(vm.ruleSets());
        list.setId("ruleSetList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RuleSet item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "\n" + item.code()
                        + (item.builtIn() ? " · " + I18n.t("rating.ruleSet.ui.builtInShort") : ""));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selected().get()) {
                vm.selected().set(b);
            }
        });
        vm.selected().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        list.setMinWidth(200);

        BooleanBinding locked = vm.editable().not();
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        Label state = new Label();
        state.setId("ruleSetState");
        state.textProperty().bind(vm.state());
        state.setWrapText(true);
        state.getStyleClass().add("text-bold");
        g.add(state, 0, row++, 2, 1);
        row = text(g, row, "rating.ruleSet.field.name", "ruleSetName", vm.name(), locked, 0);
        TextField from = field("ruleSetFromYear", vm.fromYear(), locked, 5);
        TextField to = field("ruleSetToYear", vm.toYear(), locked, 5);
        row = line(g, row, "rating.ruleSet.field.fromYear", from, labelFor("rating.ruleSet.field.toYear", to), to);

        FlowPane levels = new FlowPane(12, 4);
        for (Level l : Level.values()) {
            levels.getChildren().add(check("ruleSetLevel" + l.name(), I18n.t(l.shortKey()), vm.level(l), locked));
        }
        row = line(g, row, "rating.ruleSet.field.levels", levels);

        CheckBox scores = check("ruleSetScores", I18n.t("rating.ruleSet.field.usesScores"), vm.usesScores(), locked);
        g.add(scores, 1, row++);
        BooleanBinding noScores = locked.or(vm.usesScores().not());
        TextField ex = field("ruleSetExcellentFrom", vm.excellentFrom(), noScores, 4);
        TextField good = field("ruleSetGoodFrom", vm.goodFrom(), noScores, 4);
        TextField done = field("ruleSetCompletedFrom", vm.completedFrom(), noScores, 4);
        row = line(g, row, "rating.ruleSet.field.excellentFrom", ex, labelFor("rating.ruleSet.field.goodFrom", good), good,
                labelFor("rating.ruleSet.field.completedFrom", done), done);

        CheckBox quota = check("ruleSetQuota", I18n.t("rating.ruleSet.field.quota"), vm.quota(), locked);
        quota.setWrapText(true);
        g.add(quota, 1, row++);
        BooleanBinding noQuota = locked.or(vm.quota().not());
        TextField pct = field("ruleSetQuotaPercent", vm.quotaPercent(), noQuota, 4);
        ComboBox<QuotaMode> mode = new ComboBox<>();
        mode.setId("ruleSetQuotaMode");
        mode.getItems().addAll(QuotaMode.values());
        mode.setCellFactory(v -> new ModeCell());
        mode.setButtonCell(new ModeCell());
        mode.valueProperty().bindBidirectional(vm.quotaMode());
        mode.disableProperty().bind(noQuota);
        mode.setAccessibleText(I18n.t("rating.ruleSet.field.quotaMode"));
        row = line(g, row, "rating.ruleSet.field.quotaPercent", pct, labelFor("rating.ruleSet.field.quotaMode", mode), mode);

        VBox exemptions = new VBox(4);
        for (ExemptionReason r : ExemptionReason.values()) {
            exemptions.getChildren().add(check("ruleSetExempt" + r.name(), I18n.t(r.i18nKey()), vm.exemption(r), locked));
        }
        row = line(g, row, "rating.ruleSet.field.exemptions", exemptions);
        TextField months = field("ruleSetMonths", vm.admissionMonths(), locked, 3);
        row = line(g, row, "rating.ruleSet.field.admissionMonths", months);
        VBox auto = new VBox(4);
        for (AutoCondition c : AutoCondition.values()) {
            CheckBox cb = check("ruleSetAuto" + c.name(), I18n.t(c.i18nKey()), vm.condition(c), locked);
            cb.setWrapText(true);
            cb.setMinWidth(0);
            auto.getChildren().add(cb);
        }
        row = line(g, row, "rating.ruleSet.field.conditions", auto);
        TextArea description = new TextArea();
        description.setId("ruleSetDescription");
        description.setPrefRowCount(2);
        description.setPrefColumnCount(20);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(vm.description());
        description.editableProperty().bind(vm.editable());
        row = line(g, row, "rating.ruleSet.field.description", description);

        Button save = new Button(I18n.t("rating.ruleSet.ui.save"));
        save.setId("ruleSetSave");
        save.disableProperty().bind(locked);
        save.setOnAction(e -> vm.save());
        Button use = new Button();
        use.setId("ruleSetUse");
        use.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("rating.ruleSet.ui.use",
                vm.year().get() == null ? "" : vm.year().get().toString()), vm.year()));
        use.disableProperty().bind(vm.selected().isNull().or(vm.year().isNull()));
        use.setOnAction(e -> vm.useForYear());
        g.add(new HBox(10, save, use), 1, row++);

        TextField code = field("ruleSetCopyCode", vm.copyCode(), vm.selected().isNull(), 12);
        code.setPromptText(I18n.t("rating.ruleSet.ui.copyCodePrompt"));
        TextField copyName = field("ruleSetCopyName", vm.copyName(), vm.selected().isNull(), 20);
        Button copy = new Button(I18n.t("rating.ruleSet.ui.copy"));
        copy.setId("ruleSetCopy");
        copy.disableProperty().bind(vm.selected().isNull());
        copy.setOnAction(e -> vm.copy());
        copy.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(copyName, Priority.ALWAYS);
        Label copyTitle = new Label(I18n.t("rating.ruleSet.ui.copyTitle"));
        copyTitle.getStyleClass().add("text-bold");
        g.add(copyTitle, 0, row++, 2, 1);
        row = line(g, row, "rating.ruleSet.field.copyCode", code, labelFor("rating.ruleSet.field.copyName", copyName), copyName, copy);

        Label error = new Label();
        error.setId("ruleSetError");
        error.getStyleClass().add("danger");
        error.textProperty().bind(vm.error());
        error.setWrapText(true);
        Label message = new Label();
        message.setId("ruleSetMessage");
        message.textProperty().bind(vm.message());
        message.setWrapText(true);
        g.add(new VBox(4, error, message), 0, row, 2, 1);

        g.setMinWidth(0);
        ScrollPane scroll = new ScrollPane(g);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFitToWidth(true);
        g.setPadding(new Insets(4, 12, 4, 4));
        SplitPane split = new SplitPane(list, scroll);
        split.setDividerPositions(0.28);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().add(split);
    }

    private static int text(GridPane g, int row, String key, String id, StringProperty value, BooleanBinding locked, int cols) {
        TextField f = field(id, value, locked, cols);
        return line(g, row, key, f);
    }

    private static TextField field(String id, StringProperty value, BooleanBinding locked, int cols) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.disableProperty().bind(locked);
        if (cols > 0) {
            f.setPrefColumnCount(cols);
            f.setMinWidth(Region.USE_PREF_SIZE);
        }
        return f;
    }

    private static CheckBox check(String id, String text, BooleanProperty value, BooleanBinding locked) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(value);
        c.disableProperty().bind(locked);
        return c;
    }

    private static Label labelFor(String key, Node field) {
        Label l = new Label(I18n.t(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /// The field's label in the first column, the nodes after one another in the second.
    private static int line(GridPane g, int row, String key, Node... nodes) {
        Label l = labelFor(key, nodes[0]);
        g.add(l, 0, row);
        if (nodes.length == 1) {
            g.add(nodes[0], 1, row);
        } else {
            HBox box = new HBox(8, nodes);
            box.setAlignment(Pos.CENTER_LEFT);
            g.add(box, 1, row);
        }
        return row + 1;
    }

    private static final class ModeCell extends ListCell<QuotaMode> {
        @Override
        protected void updateItem(QuotaMode item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : I18n.t(item.i18nKey()));
        }
    }
}
