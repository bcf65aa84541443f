package vn.dangvu.registrations.ui;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.registrations.ItemTemplate;

/// The small windows of the registrations screen: the template menu, "copy from another member", confirmations and
/// the file choosers (replaceable in tests).
final class RegistrationDialogs {

    private final RegistrationsViewModel vm;
    private final Supplier<Scene> scene;
    private BiFunction<Window, String, File> chooser = RegistrationDialogs::choose;

    RegistrationDialogs(RegistrationsViewModel vm, Supplier<Scene> scene) {
        this.vm = vm;
        this.scene = scene;
    }

    void setChooser(BiFunction<Window, String, File> c) {
        this.chooser = c;
    }

    /// The year's templates as a menu under `anchor`: a chosen one fills the current line (or a new one).
    void templates(Node anchor, ItemGrid grid) {
        List<ItemTemplate> all = vm.entry().templates();
        ContextMenu menu = new ContextMenu();
        menu.setId("regTemplateMenu");
        if (all.isEmpty()) {
            MenuItem none = new MenuItem(I18n.t("registrations.ui.template.none"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
        int n = 1;
        for (ItemTemplate t : all) {
            String text = (n <= 9 ? "_" + n + ". " : "") + t.content() + (t.measure().isEmpty() ? "" : " — " + t.measure());
            MenuItem item = new MenuItem(text);
            item.setMnemonicParsing(true);
            int row = grid.current();
            item.setOnAction(e -> Platform.runLater(() -> grid.focus(vm.entry().applyTemplate(t, row))));
            menu.getItems().add(item);
            n++;
        }
        menu.show(anchor, Side.TOP, 0, 0);
    }

    /// Picks a registered member of the cell and appends their items.
    void copyFrom() {
        List<Line> candidates = vm.copyCandidates();
        Dialog<Line> d = new Dialog<>();
        d.setTitle(I18n.t("registrations.ui.copyFrom.title"));
        owned(d);
        TextField filter = new TextField();
        filter.setId("regCopyFilter");
        filter.setPromptText(I18n.t("registrations.ui.find"));
        ListView<Line> list = new ListView<>();
        list.setId("regCopyList");
        list.getItems().setAll(candidates);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Line l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : l.name() + " — " + l.items());
            }
        });
        filter.textProperty().addListener((o, a, b) -> {
            String f = Text.fold(Text.clean(b));
            list.getItems().setAll(candidates.stream().filter(l -> Text.fold(l.name()).contains(f)).toList());
            list.getSelectionModel().selectFirst();
        });
        list.getSelectionModel().selectFirst();
        ButtonType ok = new ButtonType(I18n.t("registrations.ui.copyFrom.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(I18n.t("dialog.button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setContent(new VBox(8, filter, list));
        d.setResultConverter(b -> b == ok ? list.getSelectionModel().getSelectedItem() : null);
        Platform.runLater(filter::requestFocus);
        d.showAndWait().ifPresent(l -> vm.entry().copyFrom(l.subject().id(), l.name()));
    }

    void copyForward() {
        Integer y = vm.year().get();
        if (y != null && confirm(I18n.t("registrations.ui.copyForward.confirm", y - 1, y), "registrations.ui.copyForward.ok")) {
            vm.copyForward();
        }
    }

    void delete() {
        if (confirm(I18n.t("registrations.ui.delete.confirm", vm.entry().title().get()), "registrations.ui.delete.ok")) {
            vm.entry().delete(vm::deleted);
        }
    }

    void importFile() {
        File f = chooser.apply(window(), "import");
        if (f == null) {
            return;
        }
        ButtonType all = new ButtonType(I18n.t("registrations.ui.import.all"), ButtonBar.ButtonData.YES);
        ButtonType valid = new ButtonType(I18n.t("registrations.ui.import.onlyValid"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(I18n.t("dialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(I18n.t("registrations.ui.import.ask", f.getName(), vm.year().get()), all, valid, cancel);
        Optional<ButtonType> b = a.showAndWait();
        if (b.isPresent() && b.get() != cancel) {
            vm.importFile(f.toPath(), b.get() == valid);
        }
    }

    void exportXlsx() {
        File f = chooser.apply(window(), "xlsx");
        if (f != null) {
            vm.exportXlsx(f.toPath());
        }
    }

    void printForm() {
        File f = chooser.apply(window(), "pdf");
        if (f != null) {
            vm.printForm(f.toPath());
        }
    }

    void printCell() {
        File f = chooser.apply(window(), "pdf");
        if (f != null) {
            vm.printCell(f.toPath());
        }
    }

    private boolean confirm(String text, String okKey) {
        ButtonType ok = new ButtonType(I18n.t(okKey), ButtonBar.ButtonData.OK_DONE);
        Alert a = alert(text, ok, new ButtonType(I18n.t("dialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return a.showAndWait().filter(b -> b == ok).isPresent();
    }

    private Alert alert(String text, ButtonType... buttons) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, buttons);
        a.setHeaderText(null);
        a.setTitle(I18n.t("registrations.ui.title"));
        owned(a);
        return a;
    }

    private void owned(Dialog<?> d) {
        Scene s = scene.get();
        if (s != null && s.getWindow() != null && s.getWindow().isShowing()) {
            d.initOwner(s.getWindow());
            d.getDialogPane().setStyle(s.getRoot().getStyle());
        }
    }

    private Window window() {
        Scene s = scene.get();
        return s == null ? null : s.getWindow();
    }

    private static File choose(Window owner, String kind) {
        FileChooser fc = new FileChooser();
        switch (kind) {
            case "import" -> {
                fc.setTitle(I18n.t("registrations.ui.import.choose"));
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("registrations.ui.files.sheets"),
                        "*.xlsx", "*.xls", "*.csv"));
                return fc.showOpenDialog(owner);
            }
            case "xlsx" -> {
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("registrations.ui.files.xlsx"), "*.xlsx"));
                fc.setInitialFileName(I18n.t("registrations.ui.files.exportName") + ".xlsx");
            }
            default -> {
                fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(I18n.t("registrations.ui.files.pdf"), "*.pdf"),
                        new FileChooser.ExtensionFilter(I18n.t("registrations.ui.files.docx"), "*.docx"));
                fc.setInitialFileName(I18n.t("registrations.ui.files.printName") + ".pdf");
            }
        }
        fc.setTitle(I18n.t("registrations.ui.save.choose"));
        return fc.showSaveDialog(owner);
    }
}
