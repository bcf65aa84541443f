package vn.dangvu.shell;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import vn.dangvu.common.I18n;

/// Read-only TreeView of the party units.
public final class UnitTreeView {

    private final UnitTreeViewModel vm;
    private final VBox root = new VBox(12);
    private final TreeView<String> tree = new TreeView<>();

    public UnitTreeView(UnitTreeViewModel vm) {
        this.vm = vm;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        Label title = new Label(I18n.t("shell.section.units"));
        title.getStyleClass().add("title-3");
        Label note = new Label(I18n.t("units.tree.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        Label error = new Label();
        error.textProperty().bind(vm.error());
        error.getStyleClass().add("danger");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        tree.setId("unitTree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        VBox.setVgrow(tree, Priority.ALWAYS);
        vm.roots().addListener((ListChangeListener<UnitTreeViewModel.Node>) c -> fill());
        root.getChildren().addAll(title, note, error, tree);
        root.setPadding(new Insets(20, 24, 16, 24));
        root.setId("unitsView");
    }

    private void fill() {
        tree.getRoot().getChildren().clear();
        for (UnitTreeViewModel.Node n : vm.roots()) {
            tree.getRoot().getChildren().add(item(n));
        }
    }

    private static TreeItem<String> item(UnitTreeViewModel.Node n) {
        TreeItem<String> item = new TreeItem<>(n.label());
        item.setExpanded(true);
        for (UnitTreeViewModel.Node c : n.children()) {
            item.getChildren().add(item(c));
        }
        return item;
    }
}
