package vn.dangvu.backup.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.backup.Backup;
import vn.dangvu.backup.BackupHealth;
import vn.dangvu.backup.BackupPreview;
import vn.dangvu.backup.BackupService;
import vn.dangvu.backup.BackupTexts;
import vn.dangvu.backup.BackupTrigger;
import vn.dangvu.backup.CheckReport;
import vn.dangvu.backup.UsbTargetLocator;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Contents;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.DialogService;

/// The Sao lưu screen: when and where the last backup was made, the copy outside this PC, the warnings, the list
/// of backups; back up now, to a USB stick in one click, check the data, restore (after showing what the backup holds).
public final class BackupViewModel {

    /// The screen's own questions (folder and file choosers, a choice among drives); the View answers them.
    public interface Chooser {
        Optional<Path> folder();

        Optional<Path> backupFile(Path folder);

        <T> Optional<T> pick(List<T> items, Function<T, String> label);
    }

    /// Puts a backup in place of the open data (the composition root closes and reopens it).
    @FunctionalInterface
    public interface Restorer {
        void restore(Path backup, boolean otherCommune);
    }

    /// One backup in the list, translated.
    public record Row(String when, String why, String forms, String members, String status, String file, Path path) {
    }

    private record State(BackupHealth health, List<Backup> backups) {
    }

    private final BackupService service;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Chooser chooser;
    private final Restorer restorer;
    private final ReadOnlyStringWrapper lastLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outsideLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public BackupViewModel(BackupService service, BackgroundTasks tasks, DialogService dialogs, Chooser chooser, Restorer restorer) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.restorer = restorer;
    }

    public void load() {
        tasks.run("", p -> new State(service.health(), service.list()), this::show, this::fail);
    }

    private void show(State s) {
        BackupHealth h = s.health();
        lastLine.set(h.last().map(b -> I18n.t("backup.ui.last", BackupTexts.when(b.createdAt()), b.folder()))
                .orElse(I18n.t("backup.ui.lastNever", h.folder())));
        outsideLine.set(h.lastOutside().map(o -> I18n.t("backup.ui.outside", BackupTexts.when(o.at()), o.where()))
                .orElse(I18n.t("backup.ui.outsideNever")));
        warning.set(String.join("\n", h.warnings()));
        List<Row> list = new ArrayList<>();
        for (Backup b : s.backups()) {
            String forms = I18n.t(b.scriptFile().isPresent() ? "backup.ui.forms.both" : "backup.ui.forms.binary");
            String members = b.manifest().tables().isEmpty() ? "" : BackupTexts.count(b.manifest().rows(Contents.MEMBERS));
            String status = I18n.t(b.verified() ? "backup.ui.status.verified" : b.bare() ? "backup.ui.status.bare" : "backup.ui.status.failed");
            list.add(new Row(BackupTexts.when(b.createdAt()), I18n.t(b.trigger().i18nKey()), forms, members, status,
                    b.binaryFile().getFileName().toString(), b.binaryFile()));
        }
        rows.setAll(list);
    }

    /// "Sao lưu ngay".
    public void backupNow() {
        busy(I18n.t("backup.ui.working"), p -> service.backup(BackupTrigger.MANUAL),
                b -> message.set(I18n.t("backup.ui.done", BackupTexts.when(b.createdAt()), b.binaryFile())));
    }

    /// "Sao lưu ra USB": one drive found → straight to it; several → the user picks one; none → a folder chooser.
    public void backupToUsb() {
        tasks.run("", p -> service.usbDrives(), drives -> {
            if (drives.size() == 1) {
                toDrive(drives.get(0).root());
            } else if (drives.isEmpty()) {
                chooser.folder().ifPresent(dir -> busy(I18n.t("backup.ui.usbWorking", dir), p -> service.backupTo(dir), this::usbDone));
            } else {
                chooser.pick(drives, d -> I18n.t("backup.ui.drive", d.label(), d.root(), BackupTexts.count(d.usableBytes() >> 20)))
                        .map(UsbTargetLocator.UsbDrive::root).ifPresent(this::toDrive);
            }
        }, this::fail);
    }

    private void toDrive(Path root) {
        busy(I18n.t("backup.ui.usbWorking", root), p -> service.backupToDrive(root), this::usbDone);
    }

    private void usbDone(Backup b) {
        message.set(I18n.t("backup.ui.usbDone", b.folder(), BackupTexts.when(b.createdAt())));
        dialogs.showInfo(I18n.t("backup.ui.usbDoneTitle"), I18n.t("backup.ui.usbDone", b.folder(), BackupTexts.when(b.createdAt())));
    }

    /// "Kiểm tra dữ liệu": reads everything and compares it with the newest backup.
    public void check() {
        busy(I18n.t("backup.ui.checking"), p -> service.check(), (CheckReport r) -> {
            String text = String.join("\n", BackupTexts.check(r));
            message.set(I18n.t(r.verdict().i18nKey()));
            if (r.damaged()) {
                dialogs.showError(text);
            } else {
                dialogs.showInfo(I18n.t("backup.ui.checkTitle"), text);
            }
        });
    }

    /// "Khôi phục…" with a backup chosen in the list, or (none chosen) a file chosen by the user.
    public void restore(Optional<Path> selected) {
        Optional<Path> file = selected.isPresent() ? selected : chooser.backupFile(service.folder());
        file.ifPresent(f -> busy(I18n.t("backup.ui.reading"), p -> service.preview(f), this::askRestore));
    }

    private void askRestore(BackupPreview p) {
        if (p.newer().isPresent()) {
            dialogs.showError(p.newer().get());
            return;
        }
        StringBuilder text = new StringBuilder(I18n.t("backup.ui.restoreIntro")).append("\n\n");
        BackupTexts.preview(p).forEach(l -> text.append(l).append('\n'));
        if (p.otherCommune()) {
            text.append('\n').append(I18n.t("backup.ui.otherCommune", p.commune().map(Object::toString).orElse("?")));
        }
        text.append('\n').append(I18n.t("backup.ui.restoreSafety"));
        if (dialogs.confirm(I18n.t("backup.ui.restoreTitle"), text.toString(), I18n.t("backup.ui.restoreAct"), I18n.t("backup.ui.cancel"))) {
            restorer.restore(p.file(), p.otherCommune());
        }
    }

    private <T> void busy(String status, BackgroundTasks.Work<T> work, Consumer<T> done) {
        working.set(true);
        message.set(status);
        tasks.run(status, work, r -> {
            working.set(false);
            done.accept(r);
            load();
        }, e -> {
            working.set(false);
            fail(e);
            load();
        });
    }

    private void fail(Throwable e) {
        String text = e instanceof AppException a ? a.userMessage() : I18n.t("backup.ui.error");
        message.set(text);
        dialogs.showError(text);
    }

    public ReadOnlyStringProperty lastLine() {
        return lastLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outsideLine() {
        return outsideLine.getReadOnlyProperty();
    }

    /// The warnings (no recent backup, none outside this PC), one per line; empty when all is well.
    public ReadOnlyStringProperty warning() {
        return warning.getReadOnlyProperty();
    }

    /// What the last action did (or is doing).
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty working() {
        return working.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}
