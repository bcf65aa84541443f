package vn.dangvu.units.ui;

import java.util.HashMap;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;

import vn.dangvu.common.I18n;
import vn.dangvu.units.ui.UnitTreeViewModel.UnitNode;

/// The unit tree screen (Tổ chức đảng): toolbar, tree with warning badges, warnings list and the detail panel.
public final class UnitTreeView {

    private final UnitTreeViewModel vm;
    private final VBox root = new VBox(10);
    private final TreeView<UnitNode> tree = new TreeView<>();
    /// True while the view itself changes the tree's selection (rebuild, following the view model).
    private boolean syncing;
    private final UnitDialogs dialogs;

    public UnitTreeView(UnitTreeViewModel vm) {
        this.vm = vm;
        this.dialogs = new UnitDialogs(vm, root);
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        Label title = new Label(I18n.t("shell.section.units"));
        title.getStyleClass().add("title-3");
        Label error = message("unitsError", "danger");
        error.textProperty().bind(vm.error());
        Label notice = message("unitsNotice", "success");
        notice.textProperty().bind(vm.notice());
        tree.setId("unitTree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new UnitCell());
        // only the user's choice in the tree selects a unit; a rebuilt tree or list must not move the selection
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && b.getValue() != null && (vm.selected().get() == null
                    || vm.selected().get().unit().id() != b.getValue().unit().id())) {
                vm.select(b.getValue().unit().id());
            }
        });
        vm.selected().addListener((o, a, d) -> {
            TreeItem<UnitNode> shown = tree.getSelectionModel().getSelectedItem();
            if (d != null && (shown == null || shown.getValue() == null || shown.getValue().unit().id() != d.unit().id())) {
                selectInTree(d.unit().id());
            }
        });
        vm.roots().addListener((ListChangeListener<UnitNode>) c -> fill());
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label warnTitle = new Label(I18n.t("units.warnings.title"));
        warnTitle.getStyleClass().add("title-4");
        ListView<UnitTreeViewModel.WarningRow> warnings = new ListView<>();
        // registered before the list view's own listener: a reloaded warnings list starts with nothing selected, so
        // the selection model does not pick the warning now at the same place and jump to its unit
        vm.warnings().addListener((ListChangeListener<UnitTreeViewModel.WarningRow>) c -> warnings.getSelectionModel()
                .clearSelection());
        warnings.setItems(vm.warnings());
        warnings.setId("unitWarnings");
        warnings.setPrefHeight(170);
        warnings.setPlaceholder(new Label(I18n.t("units.warnings.none")));
        warnings.setCellFactory(l -> {
            WarningCell cell = new WarningCell();
            cell.prefWidthProperty().bind(l.widthProperty().subtract(24));
            return cell;
        });
        warnings.getSelectionModel().selectedItemProperty().addListener((o, a, w) -> {
            if (w != null) {
                selectInTree(w.unitId());
                vm.select(w.unitId());
            }
        });
        VBox left = new VBox(8, tree, warnTitle, warnings);
        ScrollPane right = new ScrollPane(new UnitDetailPane(vm, dialogs).root());
        right.setFitToWidth(true);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.36);
        VBox.setVgrow(split, Priority.ALWAYS);
        HBox head = new HBox(16, title, notice);
        head.setAlignment(Pos.BASELINE_LEFT);
        root.getChildren().addAll(head, error, toolbar(), split);
        root.setPadding(new Insets(16, 20, 12, 20));
        root.setId("unitsView");
    }

    /// The unit actions; they wrap onto a second line when the window is narrow or the font large (never cut).
    private FlowPane toolbar() {
        Button add = button("unitAdd", "units.button.add", e -> dialogs.create());
        add.disableProperty().bind(vm.canCreate().not());
        Button move = button("unitMove", "units.button.moveUnit", e -> dialogs.move());
        move.disableProperty().bind(vm.canMove().not());
        Button merge = button("unitMerge", "units.button.mergeUnit", e -> dialogs.merge());
        merge.disableProperty().bind(vm.canMerge().not());
        Button dissolve = button("unitDissolve", "units.button.dissolveUnit", e -> dialogs.dissolve());
        dissolve.disableProperty().bind(vm.canDissolve().not());
        CheckBox dissolved = new CheckBox(I18n.t("units.showDissolved"));
        dissolved.setId("unitShowDissolved");
        dissolved.selectedProperty().bindBidirectional(vm.showDissolved());
        FlowPane bar = new FlowPane(8, 8, add, move, merge, dissolve, dissolved);
        FlowPane.setMargin(dissolved, new Insets(0, 0, 0, 16));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String id, String key, EventHandler<ActionEvent> action) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    private static Label message(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    private void fill() {
        Long keep = vm.selected().get() == null ? null : vm.selected().get().unit().id();
        syncing = true;
        try {
            tree.getRoot().getChildren().clear();
            for (UnitNode n : vm.roots()) {
                tree.getRoot().getChildren().add(item(n));
            }
            if (keep != null) {
                selectInTree(keep);
            }
        } finally {
            syncing = false;
        }
    }

    private void selectInTree(long unitId) {
        Map<Long, TreeItem<UnitNode>> byId = new HashMap<>();
        index(tree.getRoot(), byId);
        TreeItem<UnitNode> item = byId.get(unitId);
        if (item != null) {
            boolean was = syncing;
            syncing = true;
            try {
                tree.getSelectionModel().select(item);
            } finally {
                syncing = was;
            }
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    private static void index(TreeItem<UnitNode> item, Map<Long, TreeItem<UnitNode>> byId) {
        if (item.getValue() != null) {
            byId.put(item.getValue().unit().id(), item);
        }
        for (TreeItem<UnitNode> c : item.getChildren()) {
            index(c, byId);
        }
    }

    private static TreeItem<UnitNode> item(UnitNode n) {
        TreeItem<UnitNode> item = new TreeItem<>(n);
        item.setExpanded(true);
        for (UnitNode c : n.children()) {
            item.getChildren().add(item(c));
        }
        return item;
    }

    /// Tree row: name, muted when dissolved, with a warning badge (count and tooltip) when rules warn.
    private static final class UnitCell extends TreeCell<UnitNode> {
        @Override
        protected void updateItem(UnitNode n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().remove("text-muted");
            if (empty || n == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(n.label());
            if (!n.unit().active()) {
                getStyleClass().add("text-muted");
            }
            if (n.warnings().isEmpty()) {
                setGraphic(null);
                setTooltip(null);
            } else {
                SVGPath icon = new SVGPath();
                // Material Design "alert" (Apache 2.0), 24×24: a warning triangle with "!"
                icon.setContent("M13,14H11V10H13M13,18H11V16H13M1,21H23L12,2L1,21Z");
                icon.getStyleClass().add("unit-warning-icon");
                icon.setFill(Color.web("#b35900"));
                icon.setScaleX(0.65);
                icon.setScaleY(0.65);
                Label badge = new Label(String.valueOf(n.warnings().size()), new Group(icon));
                badge.getStyleClass().add("unit-warning-badge");
                badge.setStyle("-fx-text-fill: #b35900; -fx-font-weight: bold;");
                setGraphic(badge);
                setContentDisplay(ContentDisplay.RIGHT);
                setTooltip(new Tooltip(String.join("\n", n.warnings())));
            }
        }
    }

    /// A warning in as many lines as it needs (a Text wraps at a known width, so the cell is as high as its lines).
    private static final class WarningCell extends ListCell<UnitTreeViewModel.WarningRow> {
        private final Text text = new Text();

        WarningCell() {
            text.wrappingWidthProperty().bind(prefWidthProperty().subtract(8));
            text.fontProperty().bind(fontProperty());
            text.fillProperty().bind(textFillProperty());
        }

        @Override
        protected void updateItem(UnitTreeViewModel.WarningRow w, boolean empty) {
            super.updateItem(w, empty);
            text.setText(empty || w == null ? "" : I18n.t("units.warnings.row", w.unitName(), w.text()));
            setGraphic(empty || w == null ? null : text);
        }
    }
}
