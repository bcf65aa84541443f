package vn.dangvu.registrations.ui;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import vn.dangvu.common.I18n;
import vn.dangvu.registrations.RegistrationRules;

/// The entry form (right side of the registrations screen): who, the study and pledge lines, the item lines
/// ([ItemGrid]) in registration or year-end assessment mode, and the actions with their keys.
final class EntryView {

    private final EntryViewModel vm;
    private final ItemGrid items;
    private final VBox root = new VBox(8);
    final Button save = button("registrations.ui.save", "registrations.ui.save.tip", "regSave");
    final Button saveNext = button("registrations.ui.saveNext", "registrations.ui.saveNext.tip", "regSaveNext");
    final Button discard = button("registrations.ui.discard", "registrations.ui.discard.tip", "regDiscard");
    final Button add = button("registrations.ui.add", "registrations.ui.add.tip", "regAdd");
    final Button duplicate = button("registrations.ui.duplicate", "registrations.ui.duplicate.tip", "regDuplicate");
    final Button template = button("registrations.ui.template", "registrations.ui.template.tip", "regTemplate");
    final Button asTemplate = button("registrations.ui.asTemplate", "registrations.ui.asTemplate.tip", "regAsTemplate");
    final Button copy = button("registrations.ui.copyFrom", "registrations.ui.copyFrom.tip", "regCopyFrom");
    final Button print = button("registrations.ui.printForm", "registrations.ui.printForm.tip", "regPrint");
    final Button delete = button("registrations.ui.delete", "registrations.ui.delete.tip", "regDelete");

    EntryView(EntryViewModel vm) {
        this.vm = vm;
        this.items = new ItemGrid(vm);
        build();
    }

    Node root() {
        return root;
    }

    ItemGrid items() {
        return items;
    }

    private void build() {
        Label title = new Label();
        title.textProperty().bind(vm.title());
        title.setId("regFormTitle");
        title.getStyleClass().add("title-4");
        Label state = new Label();
        state.textProperty().bind(vm.state());
        state.setId("regFormState");
        state.getStyleClass().add("text-muted");
        ToggleGroup mode = new ToggleGroup();
        ToggleButton register = toggle("registrations.ui.mode.register", "regModeRegister", mode);
        ToggleButton assess = toggle("registrations.ui.mode.assess", "regModeAssess", mode);
        register.setSelected(!vm.assessing().get());
        assess.setSelected(vm.assessing().get());
        mode.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.assessing().set(b == assess);
            }
        });
        title.setMinWidth(0);
        register.setMinWidth(Region.USE_PREF_SIZE);
        assess.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, register, assess);
        head.setAlignment(Pos.CENTER_LEFT);
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().addAll(labels, wide);
        TextField study = field(vm.study(), "regStudy");
        TextField pledge = field(vm.pledge(), "regPledge");
        TextField date = field(vm.registeredDate(), "regDate");
        date.setPrefColumnCount(9);
        date.setMaxWidth(Region.USE_PREF_SIZE);
        date.setPromptText(I18n.t("date.prompt"));
        ComboBox<String> target = new ComboBox<>();
        target.setId("regTarget");
        target.getItems().add(null);
        target.getItems().addAll(RegistrationRules.TARGETS);
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : I18n.t(RegistrationRules.targetKey(code));
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        target.valueProperty().bindBidirectional(vm.target());
        target.disableProperty().bind(vm.editable().not());
        Label targetLabel = new Label(I18n.t("registrations.ui.target"));
        for (Node n : new Node[] {target, targetLabel}) {
            n.visibleProperty().bind(vm.collective());
            n.managedProperty().bind(vm.collective());
        }
        HBox dateLine = new HBox(8, date, targetLabel, target);
        dateLine.setAlignment(Pos.CENTER_LEFT);
        Label pledgeLabel = new Label();
        pledgeLabel.textProperty().bind(vm.pledgeLabel());
        fields.addRow(0, new Label(I18n.t("registrations.field.STUDY")), study);
        fields.addRow(1, pledgeLabel, pledge);
        fields.addRow(2, new Label(I18n.t("registrations.field.REGISTERED_DATE")), dateLine);
        Label dateProblem = message("regDateProblem");
        dateProblem.textProperty().bind(vm.dateProblem());
        fields.add(dateProblem, 1, 3);

        GridPane yearEnd = new GridPane();
        yearEnd.setHgap(8);
        yearEnd.setVgap(6);
        yearEnd.getColumnConstraints().addAll(new ColumnConstraints(), wide);
        Label reviewLabel = new Label();
        reviewLabel.textProperty().bind(vm.reviewCommentLabel());
        yearEnd.addRow(0, new Label(I18n.t("registrations.field.SELF_SUMMARY")), field(vm.selfSummary(), "regSelfSummary"));
        yearEnd.addRow(1, reviewLabel, field(vm.review(), "regReview"));
        yearEnd.visibleProperty().bind(vm.assessing());
        yearEnd.managedProperty().bind(vm.assessing());

        ScrollPane scroll = new ScrollPane(items.root());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        FlowPane lineActions = new FlowPane(6, 6, add, duplicate, template, copy, asTemplate);
        for (Button b : new Button[] {add, duplicate, template, copy, asTemplate}) {
            b.disableProperty().bind(vm.editable().not());
        }
        Label message = message("regMessage");
        message.textProperty().bind(vm.message());
        Label hint = new Label(I18n.t("registrations.ui.keys"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setId("regKeys");
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox bottom = new HBox(6, print, delete, gap2, discard, save, saveNext);
        bottom.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {print, delete, discard, save, saveNext}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        saveNext.getStyleClass().add("accent");
        save.disableProperty().bind(vm.editable().not());
        saveNext.disableProperty().bind(vm.editable().not());
        discard.disableProperty().bind(vm.dirty().not());
        print.disableProperty().bind(vm.stored().not());
        delete.disableProperty().bind(vm.stored().not().or(vm.editable().not()));
        root.getChildren().addAll(head, state, fields, scroll, yearEnd, lineActions, message, bottom, hint);
        root.setPadding(new Insets(8, 12, 8, 12));
        root.setId("regForm");
    }

    private static Label message(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("reg-message");
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    private TextField field(StringProperty p, String id) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        t.editableProperty().bind(vm.editable());
        t.setMaxWidth(Double.MAX_VALUE);
        return t;
    }

    private static ToggleButton toggle(String key, String id, ToggleGroup g) {
        ToggleButton b = new ToggleButton(I18n.t(key));
        b.setId(id);
        b.setToggleGroup(g);
        b.setFocusTraversable(false);
        return b;
    }

    /// A button that keeps the keyboard in the form; its key is in the tooltip.
    private static Button button(String key, String tip, String id) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(I18n.t(tip)));
        return b;
    }
}
