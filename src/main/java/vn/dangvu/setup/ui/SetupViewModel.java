package vn.dangvu.setup.ui;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.ui.BackgroundTasks;

/// First-run setup: the organisation's name, province line, secretary and current term; or open the demo commune.
public final class SetupViewModel {

    /// Stores the setup (SettingsService::setup).
    @FunctionalInterface
    public interface SetupCall {
        OrganizationSettings setup(SetupRequest request) throws AppException;
    }

    /// Opens (creating on first use) the demo database, in the background; returns what switches the window to it
    /// (run on the FX thread).
    @FunctionalInterface
    public interface DemoOpener {
        Runnable open(DoubleConsumer progress) throws AppException;
    }

    private final SetupCall setupCall;
    private final DemoOpener demoOpener;
    private final BackgroundTasks tasks;
    private final Consumer<OrganizationSettings> onDone;

    private final StringProperty commune = new SimpleStringProperty("");
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty secretary = new SimpleStringProperty("");
    private final StringProperty termStart = new SimpleStringProperty("2025");
    private final StringProperty termEnd = new SimpleStringProperty("2030");
    private final ReadOnlyStringWrapper communeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper provinceError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper termError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper generalError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public SetupViewModel(SetupCall setupCall, DemoOpener demoOpener, BackgroundTasks tasks,
                          Consumer<OrganizationSettings> onDone) {
        this.setupCall = setupCall;
        this.demoOpener = demoOpener;
        this.tasks = tasks;
        this.onDone = onDone;
    }

    /// Checks the form and, when it is complete, stores it in the background. Returns false if a field is wrong.
    public boolean save() {
        clearErrors();
        if (Text.clean(commune.get()).isEmpty()) {
            communeError.set(I18n.t("setup.error.communeRequired"));
        }
        if (Text.clean(province.get()).isEmpty()) {
            provinceError.set(I18n.t("setup.error.provinceRequired"));
        }
        Integer start = year(termStart.get());
        Integer end = year(termEnd.get());
        if (start == null || end == null) {
            termError.set(I18n.t("setup.error.yearNumber"));
        }
        if (!communeError.get().isEmpty() || !provinceError.get().isEmpty() || !termError.get().isEmpty() || busy.get()) {
            return false;
        }
        SetupRequest request = new SetupRequest(commune.get(), province.get(), secretary.get(), "", start, end);
        busy.set(true);
        tasks.run(I18n.t("setup.saving"), p -> setupCall.setup(request), s -> {
            busy.set(false);
            onDone.accept(s);
        }, this::fail);
        return true;
    }

    public void openDemo() {
        if (busy.get()) {
            return;
        }
        clearErrors();
        busy.set(true);
        tasks.run(I18n.t("setup.demo.progress"), demoOpener::open, switchToDemo -> {
            busy.set(false);
            switchToDemo.run();
        }, this::fail);
    }

    private void fail(Throwable t) {
        busy.set(false);
        if (!(t instanceof AppException a)) {
            generalError.set(I18n.t("app.error.unexpected", String.valueOf(t.getMessage())));
            return;
        }
        switch (a.key()) {
            case "setup.error.communeRequired" -> communeError.set(a.userMessage());
            case "setup.error.provinceRequired" -> provinceError.set(a.userMessage());
            case "setup.error.termYears" -> termError.set(a.userMessage());
            default -> generalError.set(a.userMessage());
        }
    }

    private void clearErrors() {
        communeError.set("");
        provinceError.set("");
        termError.set("");
        generalError.set("");
    }

    /// A four-digit year, or null.
    static Integer year(String s) {
        String c = Text.clean(s);
        if (!c.matches("\\d{4}")) {
            return null;
        }
        return Integer.parseInt(c);
    }

    public StringProperty commune() {
        return commune;
    }

    public StringProperty province() {
        return province;
    }

    public StringProperty secretary() {
        return secretary;
    }

    public StringProperty termStart() {
        return termStart;
    }

    public StringProperty termEnd() {
        return termEnd;
    }

    public ReadOnlyStringProperty communeError() {
        return communeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty provinceError() {
        return provinceError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty termError() {
        return termError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty generalError() {
        return generalError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
