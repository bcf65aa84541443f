package vn.dangvu.plans.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import vn.dangvu.common.I18n;
import vn.dangvu.plans.Activity;
import vn.dangvu.plans.ActivityKind;
import vn.dangvu.plans.ActivityStatus;

/// The month view: a week per row from Monday, each day with the activities running on it (the first few, then
/// "+n"). A click selects an activity, a double click edits it.
final class PlanMonthGrid {

    /// Activities listed in a day's box before "+n".
    static final int PER_DAY = 3;

    private final PlanViewModel vm;
    private final Consumer<Activity> edit;
    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final VBox root = new VBox(6);

    PlanMonthGrid(PlanViewModel vm, Consumer<Activity> edit) {
        this.vm = vm;
        this.edit = edit;
        grid.setId("planMonthGrid");
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setPadding(new Insets(4));
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 7);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        title.setId("planMonthTitle");
        title.getStyleClass().add("plan-month-title");
        root.getChildren().addAll(title, scroll);
        vm.shown().addListener((ListChangeListener<Activity>) c -> fill());
        vm.month().addListener((o, a, b) -> fill());
        vm.monthView().addListener((o, a, b) -> fill());
        vm.selectedActivity().addListener((o, a, b) -> fill());
        fill();
    }

    Node root() {
        return root;
    }

    private void fill() {
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        Optional<YearMonth> shown = vm.shownMonth();
        if (!vm.monthView().get() || shown.isEmpty()) {
            return;
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            String key = "plan.ui.weekday." + d.name();
            Label h = new Label(I18n.t(key));
            h.getStyleClass().add("text-bold");
            grid.add(h, d.getValue() - 1, 0);
        }
        YearMonth m = shown.get();
        title.setText(I18n.t("plan.ui.monthTitle", m.getMonthValue(), String.valueOf(m.getYear())));
        int offset = m.atDay(1).getDayOfWeek().getValue() - 1;
        for (int day = 1; day <= m.lengthOfMonth(); day++) {
            int cell = offset + day - 1;
            grid.add(dayBox(m.atDay(day)), cell % 7, 1 + cell / 7);
        }
        for (int r = 0; r <= (offset + m.lengthOfMonth() - 1) / 7 + 1; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setMinHeight(r == 0 ? Region.USE_PREF_SIZE : Region.USE_COMPUTED_SIZE);
            rc.setVgrow(Priority.SOMETIMES);
            grid.getRowConstraints().add(rc);
        }
    }

    private Node dayBox(LocalDate day) {
        VBox box = new VBox(1);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.setId("planDay-" + day.getDayOfMonth());
        box.getStyleClass().add("plan-day");
        box.setPadding(new Insets(3));
        Label number = new Label(String.valueOf(day.getDayOfMonth()));
        number.getStyleClass().add("text-bold");
        box.getChildren().add(number);
        List<Activity> on = vm.on(day);
        for (Activity a : on.subList(0, Math.min(PER_DAY, on.size()))) {
            Label l = new Label(a.kind() == ActivityKind.CELL_MEETING ? a.unitName().orElse(a.title()) : a.title());
            l.setTooltip(new Tooltip(a.title() + a.unitName().map(n -> " – " + n).orElse("")));
            l.getStyleClass().addAll("plan-item", style(a, vm));
            if (a.equals(vm.selectedActivity().get())) {
                l.getStyleClass().add("plan-selected");
            }
            l.setMaxWidth(Double.MAX_VALUE);
            l.setOnMouseClicked(e -> {
                vm.selectedActivity().set(a);
                if (e.getClickCount() == 2) {
                    edit.accept(a);
                }
            });
            box.getChildren().add(l);
        }
        if (on.size() > PER_DAY) {
            Label more = new Label(I18n.t("plan.ui.more", on.size() - PER_DAY));
            more.getStyleClass().add("text-muted");
            box.getChildren().add(more);
        }
        return box;
    }

    /// The style class of an activity by where it stands: overdue, done, postponed, else planned.
    static String style(Activity a, PlanViewModel vm) {
        if (a.status() == ActivityStatus.DONE) {
            return "plan-done";
        }
        if (a.status() == ActivityStatus.POSTPONED) {
            return "plan-postponed";
        }
        return vm.isOverdue(a) ? "plan-overdue" : "plan-planned";
    }
}
