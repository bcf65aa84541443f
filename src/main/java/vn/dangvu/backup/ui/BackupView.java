package vn.dangvu.backup.ui;

import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import vn.dangvu.common.I18n;
import vn.dangvu.ui.Controls;

/// The Sao lưu screen (code-built): last backup and where, the copy outside this PC, warnings, the buttons (back up
/// now, to USB, check, restore) and the list of backups. Dialogs are [BackupDialogs]'.
public final class BackupView {

    private final BackupViewModel vm;
    private final VBox root = new VBox(10);
    private final TableView<BackupViewModel.Row> table = new TableView<>();

    public BackupView(BackupViewModel vm) {
        this.vm = vm;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        Label title = new Label(I18n.t("backup.ui.title"));
        title.getStyleClass().add("title-2");
        Label last = bound(vm.lastLine(), "backupLast");
        Label outside = bound(vm.outsideLine(), "backupOutside");
        Label warning = bound(vm.warning(), "backupWarning");
        warning.getStyleClass().add("workspace-notice");
        warning.visibleProperty().bind(vm.warning().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.setMaxWidth(Double.MAX_VALUE);

        Button now = button("backupNow", "backup.ui.now");
        now.getStyleClass().add("accent");
        now.setOnAction(e -> vm.backupNow());
        Button usb = button("backupUsb", "backup.ui.usb");
        usb.setOnAction(e -> vm.backupToUsb());
        Button check = button("backupCheck", "backup.ui.check");
        check.setOnAction(e -> vm.check());
        Button restore = button("backupRestore", "backup.ui.restore");
        restore.setOnAction(e -> vm.restore(Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                .map(BackupViewModel.Row::path)));
        HBox buttons = new HBox(8, now, usb, check, restore);
        buttons.disableProperty().bind(vm.working());

        Label message = bound(vm.message(), "backupMessage");
        Label listTitle = new Label(I18n.t("backup.ui.list"));
        listTitle.getStyleClass().add("title-4");
        listTitle.setWrapText(true);
        listTitle.setMinHeight(Region.USE_PREF_SIZE);

        table.setId("backupTable");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(I18n.t("backup.ui.empty")));
        table.getColumns().add(column("backup.ui.col.when", BackupViewModel.Row::when, 11.5));
        table.getColumns().add(column("backup.ui.col.why", BackupViewModel.Row::why, 12.5));
        table.getColumns().add(column("backup.ui.col.forms", BackupViewModel.Row::forms, 12));
        table.getColumns().add(column("backup.ui.col.members", BackupViewModel.Row::members, 7.5));
        table.getColumns().add(column("backup.ui.col.status", BackupViewModel.Row::status, 8));
        table.getColumns().add(column("backup.ui.col.file", BackupViewModel.Row::file, 26));
        // widths in em of the screen's font, so the headers fit at large font too; long texts wrap
        Controls.widthsInEm(last, table.getColumns());
        VBox.setVgrow(table, Priority.ALWAYS);

        root.getChildren().addAll(title, last, outside, warning, buttons, message, listTitle, table);
        root.setPadding(new Insets(24, 32, 24, 32));
        root.setId("backupView");
    }

    private static Button button(String id, String key) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        return b;
    }

    private static TableColumn<BackupViewModel.Row, String> column(String key, Function<BackupViewModel.Row, String> value,
                                                                   double width) {
        TableColumn<BackupViewModel.Row, String> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return Controls.wrap(c);
    }

    private static Label bound(ObservableStringValue value, String id) {
        Label l = new Label();
        l.textProperty().bind(value);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
