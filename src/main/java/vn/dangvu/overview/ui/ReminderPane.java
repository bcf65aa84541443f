package vn.dangvu.overview.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import vn.dangvu.common.I18n;

/// The "Nhắc việc" part of the overview: one titled group per reminder kind with the member lines, and the
/// register reconciliation line with its "Đã đối chiếu" button. Hidden until the reminders are loaded.
final class ReminderPane {

    private final OverviewViewModel vm;
    private final VBox groups = new VBox(10);
    private final VBox root = new VBox(10);

    ReminderPane(OverviewViewModel vm) {
        this.vm = vm;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        Label title = new Label(I18n.t("overview.reminders"));
        title.getStyleClass().add("title-4");
        groups.setId("overviewReminders");
        Label none = new Label(I18n.t("overview.reminders.none"));
        none.setId("overviewRemindersNone");
        none.getStyleClass().add("text-muted");
        none.visibleProperty().bind(vm.remindersLoaded().and(Bindings.isEmpty(vm.reminders())));
        none.managedProperty().bind(none.visibleProperty());
        Label error = new Label();
        error.textProperty().bind(vm.remindersError());
        error.getStyleClass().add("danger");
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        Label reconciliation = new Label();
        reconciliation.setId("overviewReconciliation");
        reconciliation.setWrapText(true);
        reconciliation.textProperty().bind(vm.reconciliationLine());
        Button mark = new Button(I18n.t("overview.reconciliation.mark"));
        mark.setId("overviewMarkReconciled");
        mark.visibleProperty().bind(vm.reconciliationDue());
        mark.managedProperty().bind(mark.visibleProperty());
        mark.setOnAction(e -> vm.markReconciled());
        HBox reconciliationRow = new HBox(12, reconciliation, mark);
        reconciliationRow.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(title, error, none, groups, reconciliationRow);
        root.visibleProperty().bind(vm.remindersLoaded());
        root.managedProperty().bind(root.visibleProperty());
        vm.reminders().addListener((ListChangeListener<OverviewViewModel.ReminderGroup>) c -> fill());
        fill();
    }

    private void fill() {
        groups.getChildren().clear();
        for (OverviewViewModel.ReminderGroup g : vm.reminders()) {
            Label head = new Label(g.title());
            head.getStyleClass().add("text-bold");
            if (g.id().equals("VOTE_OVERDUE") || g.id().equals("away") || g.id().equals("absent")) {
                head.getStyleClass().add("danger");
            }
            VBox box = new VBox(2, head);
            box.setId("overviewReminder-" + g.id());
            for (int i = 0; i < g.lines().size(); i++) {
                Labeled l;
                if (i < g.memberIds().size()) {
                    // a click (or Enter / Space) opens the member's record
                    long id = g.memberIds().get(i);
                    Hyperlink link = new Hyperlink(g.lines().get(i));
                    link.setId("reminderMember-" + id);
                    link.setOnAction(e -> {
                        link.setVisited(false);
                        vm.openMember(id);
                    });
                    l = link;
                } else {
                    l = new Label(g.lines().get(i));
                }
                l.setWrapText(true);
                l.getStyleClass().add("reminder-line");
                VBox.setMargin(l, new Insets(0, 0, 0, 16));
                box.getChildren().add(l);
            }
            groups.getChildren().add(box);
        }
    }
}
