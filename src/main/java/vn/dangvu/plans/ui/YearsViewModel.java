package vn.dangvu.plans.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.plans.OpenedYear;
import vn.dangvu.plans.PlanService;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.years.RuleSetRef;
import vn.dangvu.years.WorkingYear;
import vn.dangvu.years.WorkingYearService;
import vn.dangvu.years.YearState;

/// The working-year panel and the year every tab of the Kế hoạch section shows: the years with their state, open a
/// year (with the default plan, or last year's plan copied), the themes and the rule set, start the review, close,
/// reopen with a written reason. A closed year is read-only on every tab ([#readOnly], [#banner]).
public final class YearsViewModel {

    private final WorkingYearService years;
    private final PlanService plans;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ObservableList<WorkingYear> list = FXCollections.observableArrayList();
    private final ObservableList<RuleSetRef> ruleSets = FXCollections.observableArrayList();
    private final ObjectProperty<WorkingYear> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canReview = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canClose = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canReopen = new ReadOnlyBooleanWrapper();
    private final StringProperty termTheme = new SimpleStringProperty("");
    private final StringProperty yearTheme = new SimpleStringProperty("");
    private final ObjectProperty<RuleSetRef> ruleSet = new SimpleObjectProperty<>();

    private record Loaded(List<WorkingYear> years, List<RuleSetRef> ruleSets) {
    }

    public YearsViewModel(WorkingYearService years, PlanService plans, BackgroundTasks tasks, Clock clock) {
        this.years = years;
        this.plans = plans;
        this.tasks = tasks;
        this.clock = clock;
        selected.addListener((o, a, b) -> showSelected());
        showSelected();
    }

    /// Loads the years and selects the current one (the newest not closed), keeping a selection already made.
    public void load() {
        tasks.run(I18n.t("year.ui.loading"), p -> new Loaded(years.list(), years.ruleSets()), this::show,
                e -> error.set(text(e)));
    }

    private void show(Loaded l) {
        Integer keep = selected.get() == null ? null : selected.get().year();
        ruleSets.setAll(l.ruleSets());
        list.setAll(l.years());
        Optional<WorkingYear> pick = keep == null ? Optional.empty()
                : l.years().stream().filter(y -> y.year() == keep).findFirst();
        selected.set(pick.or(() -> l.years().stream().filter(WorkingYear::writable).findFirst())
                .or(() -> l.years().stream().findFirst()).orElse(null));
        showSelected();
    }

    private void showSelected() {
        WorkingYear y = selected.get();
        readOnly.set(y == null || !y.writable());
        canReview.set(y != null && y.state() == YearState.OPEN);
        canClose.set(y != null && y.state() != YearState.CLOSED);
        canReopen.set(y != null && y.state() == YearState.CLOSED);
        banner.set(y == null ? I18n.t("year.ui.none") : y.writable() ? "" : I18n.t("year.ui.closedBanner", year(y.year())));
        termTheme.set(y == null ? "" : y.termTheme().orElse(""));
        yearTheme.set(y == null ? "" : y.yearTheme().orElse(""));
        ruleSet.set(y == null ? null : ruleSets.stream().filter(r -> r.code().equals(y.ruleSetCode())).findFirst()
                .orElse(new RuleSetRef(y.ruleSetCode(), y.ruleSetCode())));
    }

    /// The year the "open a year" dialog proposes: the one after the newest, else this calendar year.
    public int suggestedYear() {
        return list.stream().mapToInt(WorkingYear::year).max().stream().map(y -> y + 1).findFirst()
                .orElse(LocalDate.now(clock).getYear());
    }

    /// Opens a year typed in the dialog with its plan; `fail` keeps the dialog open with the message.
    public void openYear(String typedYear, String theme, boolean copyFromLastYear, Runnable done, Consumer<String> fail) {
        int year;
        try {
            year = Integer.parseInt(typedYear.strip());
        } catch (NumberFormatException e) {
            fail.accept(I18n.t("year.ui.error.notAYear", typedYear.strip()));
            return;
        }
        tasks.run(I18n.t("year.ui.opening", year(year)), p -> plans.openYear(year, Optional.ofNullable(theme), copyFromLastYear),
                (OpenedYear o) -> {
                    message.set(I18n.t(o.copied() ? "year.ui.opened.copied" : copyFromLastYear ? "year.ui.opened.noLastPlan"
                            : "year.ui.opened.default", year(year), o.activities(), year(year - 1))
                            + (o.othersCopied() > 0 ? " " + I18n.t("year.ui.opened.drafts", o.othersCopied()) : ""));
                    selected.set(o.year());
                    done.run();
                    load();
                }, e -> fail.accept(text(e)));
    }

    public void saveThemes() {
        WorkingYear y = selected.get();
        RuleSetRef rs = ruleSet.get();
        change(() -> {
            WorkingYear after = years.setThemes(y.year(), termTheme.get(), yearTheme.get());
            if (rs != null && !rs.code().equals(after.ruleSetCode())) {
                after = years.setRuleSet(y.year(), rs.code());
            }
            return after;
        }, "year.ui.saved");
    }

    public void startReview() {
        int y = selected.get().year();
        change(() -> years.startReview(y), "year.ui.reviewStarted");
    }

    public void close() {
        int y = selected.get().year();
        change(() -> years.close(y), "year.ui.closed");
    }

    /// Reopens the selected closed year with the written reason; `fail` keeps the dialog open with the message.
    public void reopen(String reason, Runnable done, Consumer<String> fail) {
        int y = selected.get().year();
        tasks.run("", p -> years.reopen(y, reason), (WorkingYear w) -> {
            message.set(I18n.t("year.ui.reopened", year(y)));
            selected.set(w);
            done.run();
            load();
        }, e -> fail.accept(text(e)));
    }

    @FunctionalInterface
    private interface Change {
        WorkingYear run() throws AppException;
    }

    private void change(Change c, String doneKey) {
        error.set("");
        tasks.run("", p -> c.run(), (WorkingYear w) -> {
            message.set(I18n.t(doneKey, year(w.year())));
            selected.set(w);
            load();
        }, e -> error.set(text(e)));
    }

    static String text(Throwable e) {
        return e instanceof AppException a ? a.userMessage() : I18n.t("year.ui.error.unexpected");
    }

    static String year(int y) {
        return String.valueOf(y);
    }

    public ObservableList<WorkingYear> years() {
        return list;
    }

    public ObservableList<RuleSetRef> ruleSets() {
        return ruleSets;
    }

    /// The year every tab shows; the year bar and the panel's table set it.
    public ObjectProperty<WorkingYear> selected() {
        return selected;
    }

    /// True when no year is chosen or the chosen year is closed: nothing of it can be changed.
    public ReadOnlyBooleanProperty readOnly() {
        return readOnly.getReadOnlyProperty();
    }

    /// What the section says above its tabs: the closed year's notice, or how to start.
    public ReadOnlyStringProperty banner() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReview() {
        return canReview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canClose() {
        return canClose.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReopen() {
        return canReopen.getReadOnlyProperty();
    }

    public StringProperty termTheme() {
        return termTheme;
    }

    public StringProperty yearTheme() {
        return yearTheme;
    }

    public ObjectProperty<RuleSetRef> ruleSet() {
        return ruleSet;
    }

    /// The selected year for the other tabs, read-only.
    public ReadOnlyObjectProperty<WorkingYear> year() {
        return selected;
    }
}
