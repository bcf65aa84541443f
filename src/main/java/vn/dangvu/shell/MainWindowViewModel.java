package vn.dangvu.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.DialogService;

/// The window's state: opening the database, first-run setup, or ready with a selected section.
public final class MainWindowViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);

    public enum Phase { LOADING, SETUP, READY }

    /// Opens the database and builds the services (on a background thread).
    @FunctionalInterface
    public interface Opener {
        Workspace open() throws AppException;
    }

    /// When opening failed: a way out the root can offer (restore the newest verified backup), asked on a
    /// background thread; empty when there is none.
    @FunctionalInterface
    public interface Recovery {
        Optional<Workspace.Question> offer(AppException failure);
    }

    /// What a background open gave: a workspace, or the failure and the way out offered for it.
    private record Opened(Workspace workspace, boolean configured, Throwable failure, Optional<Workspace.Question> offer) {
    }

    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Runnable exitApp;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.LOADING);
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(Section.OVERVIEW);
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(I18n.t("app.title"));
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(false);
    /// Set by the worker as soon as the database is open, so a window closed while opening still closes it.
    private final AtomicReference<Workspace> opening = new AtomicReference<>();
    private boolean closed;

    public MainWindowViewModel(BackgroundTasks tasks, DialogService dialogs, Runnable exitApp) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.exitApp = exitApp;
    }

    /// Opens the data in the background. Any failure is told to the user in Vietnamese, then the app exits.
    public void open(Opener opener) {
        open(opener, failure -> Optional.empty());
    }

    /// Opens the data in the background. A failure for which `recovery` offers a way out is asked about (restore
    /// the newest backup?); any other failure, or a way out declined, is told to the user, then the app exits.
    public void open(Opener opener, Recovery recovery) {
        phase.set(Phase.LOADING);
        tasks.run(I18n.t("shell.opening"), p -> {
            Workspace w;
            try {
                w = opener.open();
            } catch (AppException e) {
                Optional<Workspace.Question> offer = recovery.offer(e);
                if (offer.isEmpty()) {
                    throw e;
                }
                return new Opened(null, false, e, offer);
            }
            opening.set(w);
            try {
                return new Opened(w, w.configured(), null, Optional.empty());
            } catch (RuntimeException e) {
                w.close();
                throw e;
            }
        }, o -> {
            if (o.workspace() == null) {
                Workspace.Question q = o.offer().orElseThrow();
                if (dialogs.confirm(q.title(), q.message(), q.act(), q.stay())) {
                    open(q.action());
                } else {
                    dialogs.showError(userMessage(o.failure()));
                    exitApp.run();
                }
                return;
            }
            show(o.workspace(), o.configured());
        }, e -> {
            dialogs.showError(userMessage(e));
            exitApp.run();
        });
    }

    private void show(Workspace w, boolean configured) {
        workspace.set(w);
        title.set(I18n.t(w.demo() ? "app.title.demo" : "app.title"));
        demo.set(w.demo());
        phase.set(configured ? Phase.READY : Phase.SETUP);
        w.attach(this::reopen);
        Optional<Workspace.Question> q = w.startQuestion();
        if (q.isPresent() && dialogs.confirm(q.get().title(), q.get().message(), q.get().act(), q.get().stay())) {
            reopen(q.get().action(), null);
        }
    }

    /// File → Mở tệp dữ liệu khác: opens another data file in place of the current one.
    public void openOther(Path file) {
        replace(w -> w.openOther(file));
    }

    /// File → Tạo tệp dữ liệu mới: creates a data file and shows its first-run setup.
    public void createNew(Path file) {
        replace(w -> w.createNew(file));
    }

    /// File → Rời dữ liệu mẫu: back to the office's own data file.
    public void leaveDemo() {
        replace(Workspace::leaveDemo);
    }

    /// What the current workspace opens next.
    @FunctionalInterface
    private interface Next {
        Workspace open(Workspace current) throws AppException;
    }

    /// Another data file in place of the open one (the File menu): the next one is opened while the current stays
    /// open, so a failure is told and the current data stays; once open it replaces the current one, which is then
    /// closed. The one way a workspace is replaced is [#reopen]; this opens first because the files differ.
    private void replace(Next next) {
        Workspace current = workspace.get();
        if (current == null || phase.get() == Phase.LOADING) {
            return;
        }
        tasks.run(I18n.t("shell.opening"), p -> next.open(current), w -> {
            if (w != current) {
                reopen(() -> w, null);
            }
        }, e -> dialogs.showError(userMessage(e)));
    }

    /// Replaces the open workspace (a restore, another data file): closes it, then opens `next` in the background;
    /// when that fails the error is shown and `fallback` (when given) is opened instead.
    public void reopen(Opener next, Opener fallback) {
        Workspace old = workspace.get();
        section.set(Section.OVERVIEW);
        phase.set(Phase.LOADING);
        workspace.set(null);
        tasks.run(I18n.t("shell.opening"), p -> {
            if (old != null) {
                old.close();
            }
            try {
                Workspace w = next.open();
                opening.set(w);
                return new Opened(w, w.configured(), null, Optional.empty());
            } catch (AppException | RuntimeException e) {
                if (fallback == null) {
                    throw e;
                }
                LOG.warn("Opening the replacement failed; the data is opened as it was", e);
                Workspace w = fallback.open();
                opening.set(w);
                return new Opened(w, w.configured(), e, Optional.empty());
            }
        }, o -> {
            show(o.workspace(), o.configured());
            if (o.failure() != null) {
                dialogs.showError(userMessage(o.failure()));
            }
        }, e -> {
            dialogs.showError(userMessage(e));
            exitApp.run();
        });
    }

    private void closeLater(Workspace old) {
        tasks.run("", p -> {
            old.close();
            return Boolean.TRUE;
        }, ok -> { }, e -> LOG.warn("Closing the previous database failed", e));
    }

    /// The first-run setup was saved: show the overview.
    public void setupDone() {
        section.set(Section.OVERVIEW);
        phase.set(Phase.READY);
    }

    /// The demo database was opened: it replaces the current (empty) one, which is closed in the background.
    public void switchTo(Workspace next) {
        Workspace old = workspace.get();
        section.set(Section.OVERVIEW);
        show(next, true);
        if (old != null && old != next) {
            closeLater(old);
        }
    }

    public void select(Section s) {
        if (phase.get() == Phase.READY) {
            section.set(s);
        }
    }

    /// Stops background work, then closes the database (CHECKPOINT SYNC + SHUTDOWN). Safe to call twice.
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        tasks.shutdown();
        Workspace w = workspace.get() != null ? workspace.get() : opening.get();
        if (w != null) {
            w.close();
        }
    }

    /// Vietnamese text for a failure: the AppException's message, never a raw exception.
    public static String userMessage(Throwable e) {
        if (e instanceof AppException a) {
            return a.userMessage();
        }
        LOG.error("Unexpected failure", e);
        return I18n.t("app.error.unexpected", e.getClass().getSimpleName());
    }

    public ReadOnlyObjectProperty<Phase> phase() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Section> section() {
        return section.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Workspace> workspace() {
        return workspace.getReadOnlyProperty();
    }

    /// True while the demo commune is open (File → Rời dữ liệu mẫu shows).
    public ReadOnlyBooleanProperty demo() {
        return demo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }
}
