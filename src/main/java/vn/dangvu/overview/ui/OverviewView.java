package vn.dangvu.overview.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import vn.dangvu.common.I18n;

/// The overview screen (code-built): organisation heading, three count cards, members by status and reminders.
public final class OverviewView {

    private final OverviewViewModel vm;
    private final ScrollPane root = new ScrollPane();
    private final GridPane statusGrid = new GridPane();

    public OverviewView(OverviewViewModel vm) {
        this.vm = vm;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        Label commune = bound(vm.communeName(), "overviewCommune", "title-1");
        Label province = bound(vm.provinceLine(), "overviewProvince", "text-muted");
        Label organisation = bound(vm.organisationLine(), "overviewOrganisation", null);
        Label term = bound(vm.termLine(), "overviewTerm", null);
        Label notices = bound(vm.notices(), "overviewBackupWarning", "workspace-notice");
        notices.setWrapText(true);
        notices.setMaxWidth(Double.MAX_VALUE);
        notices.visibleProperty().bind(vm.notices().isNotEmpty());
        notices.managedProperty().bind(notices.visibleProperty());
        Label error = bound(vm.error(), "overviewError", "danger");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.setWrapText(true);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("overviewLoading");
        spinner.setMaxSize(48, 48);
        spinner.visibleProperty().bind(vm.loaded().not());
        spinner.managedProperty().bind(spinner.visibleProperty());

        FlowPane cards = new FlowPane(16, 16,
                card(vm.unitsCount(), "overviewUnits", I18n.t("overview.card.units")),
                card(vm.cellsCount(), "overviewCells", I18n.t("overview.card.cells")),
                card(vm.membersCount(), "overviewMembers", I18n.t("overview.card.members")));
        cards.visibleProperty().bind(vm.loaded());

        Label statusTitle = new Label(I18n.t("overview.byStatus"));
        statusTitle.getStyleClass().add("title-4");
        statusTitle.visibleProperty().bind(vm.loaded());
        statusGrid.setId("overviewByStatus");
        statusGrid.setHgap(24);
        statusGrid.setVgap(6);
        vm.byStatus().addListener((ListChangeListener<OverviewViewModel.StatusCount>) c -> fillStatus());

        Node reminders = new ReminderPane(vm).root();
        VBox.setMargin(reminders, new Insets(16, 0, 0, 0));
        VBox box = new VBox(10, commune, province, organisation, term, notices, spinner, error, cards, statusTitle, statusGrid,
                reminders);
        box.setPadding(new Insets(24, 32, 24, 32));
        VBox.setMargin(cards, new Insets(12, 0, 12, 0));
        root.setContent(box);
        root.setFitToWidth(true);
        root.setId("overviewView");
        root.getStyleClass().add("edge-to-edge");
        fillStatus();
    }

    private void fillStatus() {
        statusGrid.getChildren().clear();
        int row = 0;
        for (OverviewViewModel.StatusCount s : vm.byStatus()) {
            Label count = new Label(s.count());
            count.getStyleClass().add("text-bold");
            statusGrid.addRow(row++, new Label(s.status()), count);
        }
    }

    private static Node card(ObservableStringValue value, String id, String caption) {
        Label number = new Label();
        number.textProperty().bind(value);
        number.setId(id);
        number.getStyleClass().addAll("title-1", "overview-number");
        Label text = new Label(caption);
        text.getStyleClass().add("text-muted");
        VBox card = new VBox(4, number, text);
        card.getStyleClass().add("overview-card");
        card.setPadding(new Insets(16, 24, 16, 24));
        card.setMinWidth(180);
        return card;
    }

    private static Label bound(ObservableStringValue value, String id, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(value);
        l.setId(id);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }
}
