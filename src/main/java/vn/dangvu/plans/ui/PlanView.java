package vn.dangvu.plans.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.plans.Activity;
import vn.dangvu.plans.ActivityKind;
import vn.dangvu.plans.ActivityStatus;
import vn.dangvu.ui.Choice;
import vn.dangvu.ui.Controls;

/// The "Kế hoạch" tab: filters (unit, kind, state, month), list or month view, and the commands on the selected
/// activity. Enter edits, Delete deletes; the export buttons are added by the section ([#addExport]).
final class PlanView {

    private final PlanViewModel vm;
    private final BorderPane root = new BorderPane();
    private final HBox exports = new HBox(8);
    private final PlanDialogs dialogs;

    PlanView(PlanViewModel vm) {
        this.vm = vm;
        this.dialogs = new PlanDialogs(vm, root);
        build();
    }

    Node root() {
        return root;
    }


    private void build() {
        TableView<Activity> table = table();
        PlanMonthGrid grid = new PlanMonthGrid(vm, dialogs::edit);
        Node center = grid.root();
        root.centerProperty().bind(Bindings.when(vm.monthView()).then(center).otherwise((Node) table));
        root.setTop(new VBox(8, filters(), commands(), Controls.error("planWarnings", vm.warnings()),
                Controls.error("planError", vm.error())));
        Label summary = Controls.message("planSummary", vm.summary());
        Label message = Controls.message("planMessage", vm.message());
        Label details = new Label();
        details.setId("planDetails");
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);
        details.textProperty().bind(vm.selectedActivity().map(this::details).orElse(""));
        details.managedProperty().bind(details.textProperty().isNotEmpty());
        VBox bottom = new VBox(4, details, summary, message);
        bottom.setPadding(new Insets(6, 0, 0, 0));
        root.setBottom(bottom);
        root.setPadding(new Insets(12));
        root.setId("planPanel");
        // tests reach the save dialog through the panel: they cannot drive the platform's file chooser
        root.getProperties().put(SaveChooser.class, (Consumer<SaveChooser>) dialogs::setChooser);
    }

    private Node filters() {
        ToggleGroup views = new ToggleGroup();
        ToggleButton list = new ToggleButton(I18n.t("plan.ui.view.list"));
        list.setId("planListView");
        ToggleButton month = new ToggleButton(I18n.t("plan.ui.view.month"));
        month.setId("planMonthView");
        list.setToggleGroup(views);
        month.setToggleGroup(views);
        list.setSelected(true);
        views.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.monthView().set(b == month);
            }
        });
        ComboBox<Choice<Long>> unit = new ComboBox<>(vm.units());
        unit.setId("planUnit");
        unit.valueProperty().bindBidirectional(vm.unit());
        unit.setPrefWidth(220);
        ComboBox<Choice<ActivityKind>> kind = new ComboBox<>();
        kind.getItems().setAll(PlanViewModel.kinds());
        kind.setId("planKind");
        kind.valueProperty().bindBidirectional(vm.kind());
        ComboBox<PlanViewModel.StatusFilter> status = new ComboBox<>();
        status.getItems().setAll(PlanViewModel.StatusFilter.values());
        status.setId("planStatus");
        Controls.label(status, s -> I18n.t(s.i18nKey()));
        status.valueProperty().bindBidirectional(vm.status());
        ComboBox<Integer> monthBox = new ComboBox<>();
        monthBox.setId("planMonth");
        for (int m = 0; m <= 12; m++) {
            monthBox.getItems().add(m);
        }
        Controls.label(monthBox, m -> m == 0 ? I18n.t("plan.ui.month.all") : I18n.t("plan.ui.month", m));
        monthBox.valueProperty().addListener((o, a, b) -> vm.month().set(b == null ? 0 : b));
        vm.month().addListener((o, a, b) -> monthBox.setValue(b.intValue()));
        monthBox.setValue(vm.month().get());
        Button prev = Controls.button("planPrevMonth", "plan.ui.prevMonth", () -> vm.moveMonth(-1));
        Button next = Controls.button("planNextMonth", "plan.ui.nextMonth", () -> vm.moveMonth(1));
        prev.visibleProperty().bind(vm.monthView());
        next.visibleProperty().bind(vm.monthView());
        prev.managedProperty().bind(prev.visibleProperty());
        next.managedProperty().bind(next.visibleProperty());
        for (Region r : List.of(list, month, unit, kind, status, monthBox)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane row = new FlowPane(8, 6, list, month, new Separator(Orientation.VERTICAL), unit, kind, status, prev, monthBox, next);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node commands() {
        Button add = Controls.button("planAdd", "plan.ui.add", dialogs::add);
        Button edit = Controls.button("planEdit", "plan.ui.edit", dialogs::editSelected);
        Button done = Controls.button("planDone", "plan.ui.done", dialogs::done);
        Button postpone = Controls.button("planPostpone", "plan.ui.postpone", dialogs::postpone);
        Button reopen = Controls.button("planReopen", "plan.ui.reopen", () -> vm.reopen(vm.selectedActivity().get()));
        Button delete = Controls.button("planDelete", "plan.ui.delete", dialogs::confirmDelete);
        Button defaults = Controls.button("planDefault", "plan.ui.default", vm::createDefault);
        Button document = Controls.button("planDocument", "plan.ui.document", dialogs::exportDocument);
        Button table = Controls.button("planXlsx", "plan.ui.xlsx", dialogs::exportTable);
        document.disableProperty().bind(vm.year().isNull().or(vm.empty()));
        table.disableProperty().bind(vm.year().isNull().or(vm.empty()));
        exports.getChildren().addAll(document, table);
        var none = vm.selectedActivity().isNull().or(vm.readOnly());
        add.disableProperty().bind(vm.readOnly().or(vm.year().isNull()));
        for (Button b : List.of(edit, done, postpone, delete)) {
            b.disableProperty().bind(none);
        }
        reopen.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> vm.selectedActivity().get() == null
                || vm.selectedActivity().get().status() == ActivityStatus.PLANNED, vm.selectedActivity())));
        defaults.visibleProperty().bind(vm.empty().and(vm.readOnly().not()));
        defaults.managedProperty().bind(defaults.visibleProperty());
        FlowPane row = new FlowPane(8, 6, add, edit, done, postpone, reopen, delete, defaults,
                new Separator(Orientation.VERTICAL), exports);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableView<Activity> table() {
        TableView<Activity> t = new TableView<>(vm.shown());
        t.setId("planTable");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.getColumns().addAll(List.of(
                Controls.column("plan.ui.col.date", 120, PlanView::when),
                Controls.wrappingColumn("plan.ui.col.title", 420, a -> a.title() + a.topic().map(x -> " — " + x).orElse("")),
                Controls.wrappingColumn("plan.ui.col.unit", 140, a -> a.unitName().orElse(I18n.t("plan.ui.unit.commune"))),
                Controls.wrappingColumn("plan.ui.col.responsible", 130, a -> a.responsible().orElse("")),
                Controls.wrappingColumn("plan.ui.col.status", 230, this::outcome)));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedActivity().set(b));
        vm.selectedActivity().addListener((o, a, b) -> {
            if (b != t.getSelectionModel().getSelectedItem()) {
                t.getSelectionModel().select(b);
            }
        });
        t.setRowFactory(tv -> {
            TableRow<Activity> row = new TableRow<>() {
                @Override
                protected void updateItem(Activity a, boolean empty) {
                    super.updateItem(a, empty);
                    getStyleClass().removeAll("plan-overdue", "plan-done", "plan-postponed", "plan-planned");
                    if (!empty && a != null) {
                        getStyleClass().add(PlanMonthGrid.style(a, vm));
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    dialogs.edit(row.getItem());
                }
            });
            return row;
        });
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.selectedActivity().get() != null) {
                dialogs.editSelected();
            } else if (e.getCode() == KeyCode.DELETE && vm.selectedActivity().get() != null && !vm.readOnly().get()) {
                dialogs.confirmDelete();
            }
        });
        t.setPlaceholder(new Label(I18n.t("plan.ui.empty")));
        // a year being worked on opens at today's activities, not at January
        vm.shown().addListener((ListChangeListener<Activity>) c -> {
            int at = vm.firstFromToday();
            if (at > 0 && vm.selectedActivity().get() == null) {
                t.scrollTo(Math.max(0, at - 2));
            }
        });
        return t;
    }

    /// "05/01/2026", or "02/01 – 31/01/2026" for an activity over several days.
    static String when(Activity a) {
        return a.endDate().map(e -> DAY_MONTH.format(a.date()) + " – " + Dates.format(e)).orElse(Dates.format(a.date()));
    }

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    /// "Đã thực hiện 05/01/2026: kết quả", "Hoãn: lý do", "Quá hạn" or "Chưa thực hiện".
    String outcome(Activity a) {
        return switch (a.status()) {
            case DONE -> I18n.t("plan.ui.outcome.done", a.doneDate().map(Dates::format).orElse(""),
                    a.result().map(r -> ": " + r).orElse(""));
            case POSTPONED -> I18n.t("plan.ui.outcome.postponed", a.postponeReason().orElse(""));
            case PLANNED -> I18n.t(vm.isOverdue(a) ? "plan.ui.outcome.overdue" : "plan.ui.outcome.planned");
        };
    }

    /// The selected activity in full, under the table (the columns cut long text).
    String details(Activity a) {
        if (a == null) {
            return "";
        }
        return I18n.t("plan.ui.details", when(a), a.title(), a.topic().map(t -> " " + I18n.t("plan.ui.details.topic", t)).orElse(""),
                a.unitName().orElse(I18n.t("plan.ui.unit.commune")), a.responsible().orElse("–"), outcome(a));
    }
}
