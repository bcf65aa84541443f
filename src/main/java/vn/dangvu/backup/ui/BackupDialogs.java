package vn.dangvu.backup.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import vn.dangvu.common.I18n;

/// The Sao lưu screen's choosers: a folder (no USB stick found), a backup file, one drive among several.
public final class BackupDialogs implements BackupViewModel.Chooser {

    private final Supplier<Node> anchor;

    /// `anchor`: a node of the screen, whose window owns the dialogs.
    public BackupDialogs(Supplier<Node> anchor) {
        this.anchor = anchor;
    }

    private Window owner() {
        Node n = anchor.get();
        return n == null || n.getScene() == null ? null : n.getScene().getWindow();
    }

    @Override
    public Optional<Path> folder() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(I18n.t("backup.ui.chooseFolder"));
        return Optional.ofNullable(c.showDialog(owner())).map(File::toPath);
    }

    @Override
    public Optional<Path> backupFile(Path folder) {
        FileChooser c = new FileChooser();
        c.setTitle(I18n.t("backup.ui.chooseFile"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("backup.ui.fileFilter"), "*.mv.db", "*.sql.gz", "*.manifest"));
        if (Files.isDirectory(folder)) {
            c.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(c.showOpenDialog(owner())).map(File::toPath);
    }

    @Override
    public <T> Optional<T> pick(List<T> items, Function<T, String> label) {
        List<String> labels = items.stream().map(label).toList();
        ChoiceDialog<String> d = new ChoiceDialog<>(labels.get(0), labels);
        d.setTitle(I18n.t("backup.ui.pickDrive"));
        d.setHeaderText(I18n.t("backup.ui.pickDriveHeader"));
        if (owner() != null) {
            d.initOwner(owner());
        }
        return d.showAndWait().map(labels::indexOf).map(items::get);
    }
}
