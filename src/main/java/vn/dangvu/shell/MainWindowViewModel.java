package vn.dangvu.shell;

import java.util.concurrent.atomic.AtomicReference;

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

    private record Opened(Workspace workspace, boolean configured) {
    }

    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Runnable exitApp;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.LOADING);
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(Section.OVERVIEW);
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(I18n.t("app.title"));
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
        phase.set(Phase.LOADING);
        tasks.run(I18n.t("shell.opening"), p -> {
            Workspace w = opener.open();
            opening.set(w);
            try {
                return new Opened(w, w.configured());
            } catch (RuntimeException e) {
                w.close();
                throw e;
            }
        }, o -> {
            workspace.set(o.workspace());
            title.set(I18n.t(o.workspace().demo() ? "app.title.demo" : "app.title"));
            phase.set(o.configured() ? Phase.READY : Phase.SETUP);
        }, e -> {
            dialogs.showError(userMessage(e));
            exitApp.run();
        });
    }

    /// The first-run setup was saved: show the overview.
    public void setupDone() {
        section.set(Section.OVERVIEW);
        phase.set(Phase.READY);
    }

    /// The demo database was opened: it replaces the current (empty) one, which is closed in the background.
    public void switchTo(Workspace demo) {
        Workspace old = workspace.get();
        section.set(Section.OVERVIEW);
        workspace.set(demo);
        title.set(I18n.t(demo.demo() ? "app.title.demo" : "app.title"));
        phase.set(Phase.READY);
        if (old != null && old != demo) {
            tasks.run("", p -> {
                old.close();
                return Boolean.TRUE;
            }, ok -> { }, e -> LOG.warn("Closing the previous database failed", e));
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

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }
}
