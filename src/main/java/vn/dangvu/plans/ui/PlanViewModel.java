package vn.dangvu.plans.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.plans.Activity;
import vn.dangvu.plans.ActivityInput;
import vn.dangvu.plans.ActivityKind;
import vn.dangvu.plans.ActivityStatus;
import vn.dangvu.plans.PlanDocumentService;
import vn.dangvu.plans.PlanRules;
import vn.dangvu.plans.PlanService;
import vn.dangvu.plans.YearPlan;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.Choice;
import vn.dangvu.years.WorkingYear;

/// The year's plan: the activities of the year shown by the year bar, filtered by unit, kind, state and month, as a
/// list or a month grid; add, edit, done, postponed, back to planned, delete; the default plan for an empty year;
/// what the plan lacks (a quarter without a thematic meeting). Nothing can be changed in a closed year.
public final class PlanViewModel {

    /// The unit filter's value for activities of the whole commune (no unit).
    public static final long COMMUNE = 0L;

    /// The state filter.
    public enum StatusFilter {
        ALL, PLANNED, OVERDUE, DONE, POSTPONED;

        public String i18nKey() {
            return "plan.ui.filter." + name();
        }
    }

    private final PlanService plans;
    private final PlanDocumentService documents;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ReadOnlyObjectProperty<WorkingYear> year;
    private final ObservableList<Activity> all = FXCollections.observableArrayList();
    private final FilteredList<Activity> shown = new FilteredList<>(all);
    private final ObservableList<Choice<Long>> units = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<ActivityKind>> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ALL);
    /// 0 = the whole year (list view); 1..12 the month shown.
    private final IntegerProperty month = new SimpleIntegerProperty(0);
    private final BooleanProperty monthView = new SimpleBooleanProperty(false);
    private final ObjectProperty<Activity> selectedActivity = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private record Loaded(List<Activity> activities, List<PlanRules.Cell> cells) {
    }

    public PlanViewModel(PlanService plans, PlanDocumentService documents, BackgroundTasks tasks, Clock clock,
                         ReadOnlyObjectProperty<WorkingYear> year) {
        this.plans = plans;
        this.documents = documents;
        this.tasks = tasks;
        this.clock = clock;
        this.year = year;
        kind.set(kinds().getFirst());
        year.addListener((o, a, b) -> {
            readOnly.set(b == null || !b.writable());
            if (a == null || b == null || a.year() != b.year()) {
                load();
            }
        });
        readOnly.set(year.get() == null || !year.get().writable());
        unit.addListener((o, a, b) -> refilter());
        kind.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        month.addListener((o, a, b) -> refilter());
        monthView.addListener((o, a, b) -> {
            if (b && month.get() == 0) {
                month.set(defaultMonth());
            }
            refilter();
        });
    }

    /// Loads the year's activities and the cells.
    public void load() {
        WorkingYear y = year.get();
        if (y == null) {
            all.clear();
            refilter();
            return;
        }
        int shownYear = y.year();
        tasks.run(I18n.t("plan.ui.loading", YearsViewModel.year(shownYear)),
                p -> new Loaded(plans.activities(shownYear), plans.cells()), l -> show(shownYear, l), e -> error.set(text(e)));
    }

    private void show(int loadedYear, Loaded l) {
        if (year.get() == null || year.get().year() != loadedYear) {
            return;
        }
        Long keepUnit = unit.get() == null ? null : unit.get().value();
        List<Choice<Long>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, I18n.t("plan.ui.unit.all")));
        choices.add(new Choice<>(COMMUNE, I18n.t("plan.ui.unit.commune")));
        l.cells().forEach(c -> choices.add(new Choice<>(c.id(), c.name())));
        units.setAll(choices);
        unit.set(choices.stream().filter(c -> Objects.equals(c.value(), keepUnit)).findFirst().orElse(choices.getFirst()));
        Long keep = selectedActivity.get() == null ? null : selectedActivity.get().id();
        all.setAll(l.activities());
        selectedActivity.set(keep == null ? null : all.stream().filter(a -> a.id() == keep).findFirst().orElse(null));
        empty.set(l.activities().isEmpty());
        Set<Integer> quarters = PlanRules.quartersWithoutThematic(l.activities());
        warnings.set(quarters.isEmpty() || l.activities().isEmpty() ? "" : I18n.t("plan.ui.warning.thematic",
                quarters.stream().map(PlanViewModel::roman).collect(Collectors.joining(", "))));
        error.set("");
        refilter();
    }

    private void refilter() {
        LocalDate today = LocalDate.now(clock);
        Choice<Long> u = unit.get();
        Choice<ActivityKind> k = kind.get();
        StatusFilter s = status.get();
        int m = monthView.get() || month.get() > 0 ? month.get() : 0;
        Predicate<Activity> p = a -> (u == null || u.value() == null || (u.value() == COMMUNE ? a.unitId().isEmpty()
                : a.unitId().equals(Optional.of(u.value()))))
                && (k == null || k.value() == null || a.kind() == k.value())
                && matches(s, a, today)
                && (m == 0 || touchesMonth(a, m));
        shown.setPredicate(p);
        long done = all.stream().filter(a -> a.status() == ActivityStatus.DONE).count();
        long overdue = all.stream().filter(a -> a.overdue(today)).count();
        long postponed = all.stream().filter(a -> a.status() == ActivityStatus.POSTPONED).count();
        summary.set(all.isEmpty() ? "" : I18n.t("plan.ui.summary", all.size(), done, overdue, postponed, shown.size()));
    }

    private static boolean matches(StatusFilter s, Activity a, LocalDate today) {
        return switch (s == null ? StatusFilter.ALL : s) {
            case ALL -> true;
            case PLANNED -> a.status() == ActivityStatus.PLANNED;
            case OVERDUE -> a.overdue(today);
            case DONE -> a.status() == ActivityStatus.DONE;
            case POSTPONED -> a.status() == ActivityStatus.POSTPONED;
        };
    }

    private static boolean touchesMonth(Activity a, int m) {
        int first = a.date().getMonthValue();
        int last = a.lastDay().getYear() > a.date().getYear() ? 12 : a.lastDay().getMonthValue();
        return m >= first && m <= last;
    }

    /// The month the month view opens on: this month in the current year, else January.
    int defaultMonth() {
        LocalDate today = LocalDate.now(clock);
        return year.get() != null && year.get().year() == today.getYear() ? today.getMonthValue() : 1;
    }

    /// The index in [#shown] of the first activity not over before today (0 when none).
    public int firstFromToday() {
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < shown.size(); i++) {
            if (!shown.get(i).lastDay().isBefore(today)) {
                return i;
            }
        }
        return 0;
    }

    /// Today, from the app's clock.
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /// Still planned after its last day (today from the clock).
    public boolean isOverdue(Activity a) {
        return a.overdue(LocalDate.now(clock));
    }

    /// The month view's month.
    public Optional<YearMonth> shownMonth() {
        return year.get() == null || month.get() == 0 ? Optional.empty() : Optional.of(YearMonth.of(year.get().year(), month.get()));
    }

    /// The shown activities running on `day` (the month grid's cell).
    public List<Activity> on(LocalDate day) {
        return shown.stream().filter(a -> a.on(day)).toList();
    }

    /// Moves the month view by `step` months, staying in the year.
    public void moveMonth(int step) {
        month.set(Math.max(1, Math.min(12, (month.get() == 0 ? defaultMonth() : month.get()) + step)));
    }

    /// An activity the dialog proposes: the selected unit's, on the shown month's first day (or today in the year).
    public ActivityInput blank() {
        int y = year.get().year();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = month.get() > 0 ? LocalDate.of(y, month.get(), 1) : today.getYear() == y ? today : LocalDate.of(y, 1, 1);
        Optional<Long> u = Optional.ofNullable(unit.get()).map(Choice::value).filter(v -> v != COMMUNE);
        return new ActivityInput(Optional.empty(), day, Optional.empty(), ActivityKind.OTHER, "", Optional.empty(), u,
                Optional.empty(), Optional.empty());
    }

    public void save(ActivityInput a, Runnable done, Consumer<String> fail) {
        int y = year.get().year();
        run(() -> plans.save(y, a), a.id().isPresent() ? "plan.ui.saved" : "plan.ui.added", done, fail);
    }

    public void markDone(Activity a, Optional<LocalDate> day, String result, Runnable done, Consumer<String> fail) {
        if (day.isEmpty()) {
            fail.accept(I18n.t("plan.error.doneDateRequired"));
            return;
        }
        run(() -> {
            plans.markDone(a.id(), day.get(), Optional.ofNullable(result));
            return 0;
        }, "plan.ui.markedDone", done, fail);
    }

    public void postpone(Activity a, String reason, Optional<LocalDate> newDate, Runnable done, Consumer<String> fail) {
        run(() -> {
            plans.postpone(a.id(), reason, newDate);
            return 0;
        }, "plan.ui.postponed", done, fail);
    }

    public void reopen(Activity a) {
        run(() -> {
            plans.reopen(a.id());
            return 0;
        }, "plan.ui.reopened", () -> { }, error::set);
    }

    public void delete(Activity a) {
        run(() -> {
            plans.delete(a.id());
            return 0;
        }, "plan.ui.deleted", () -> selectedActivity.set(null), error::set);
    }

    public void createDefault() {
        int y = year.get().year();
        run(() -> plans.createDefault(y), "plan.ui.defaultCreated", () -> { }, error::set);
    }

    /// What the export dialog shows: the plan's number and date if issued, else the next number of the register;
    /// the summary.
    public record DocumentInfo(Optional<String> number, Optional<LocalDate> date, String nextNumber, String summary) {
    }

    /// Reads what the export dialog needs, then hands it to `show`.
    public void documentInfo(Consumer<DocumentInfo> show) {
        int y = year.get().year();
        LocalDate today = today();
        tasks.run("", p -> {
            Optional<YearPlan> plan = plans.plan(y);
            String next;
            try {
                next = plans.previewNumber(today);
            } catch (AppException e) {
                next = "";
            }
            return new DocumentInfo(plan.flatMap(YearPlan::documentNumber), plan.flatMap(YearPlan::documentDate), next,
                    documents.summary(y));
        }, show, e -> error.set(text(e)));
    }

    /// Writes the plan's document (.docx or .pdf), first taking its number from the register when `issue` (dated
    /// `date`, with `summary`); a refusal keeps the dialog open.
    public void exportDocument(Path out, boolean issue, Optional<LocalDate> date, String summary, Runnable done,
                               Consumer<String> fail) {
        int y = year.get().year();
        if (issue && date.isEmpty()) {
            fail.accept(I18n.t("plan.error.documentDateRequired"));
            return;
        }
        tasks.run(I18n.t("plan.ui.writing"), p -> {
            if (issue) {
                plans.issueDocument(y, date.get(), summary);
            }
            documents.writeDocument(y, out);
            return out;
        }, written -> {
            message.set(I18n.t("plan.ui.written", written));
            done.run();
        }, e -> fail.accept(text(e)));
    }

    /// Writes every activity of the year to .xlsx.
    public void exportTable(Path out) {
        int y = year.get().year();
        tasks.run(I18n.t("plan.ui.writing"), p -> {
            documents.writeTable(y, out);
            return out;
        }, written -> message.set(I18n.t("plan.ui.written", written)), e -> error.set(text(e)));
    }

    /// The file name the save dialog proposes: "ke-hoach-2026.docx".
    public String fileName(String extension) {
        return "ke-hoach-" + (year.get() == null ? "" : year.get().year()) + extension;
    }

    @FunctionalInterface
    private interface Change {
        Object run() throws AppException;
    }

    private void run(Change c, String doneKey, Runnable done, Consumer<String> fail) {
        error.set("");
        tasks.run("", p -> c.run(), r -> {
            message.set(I18n.t(doneKey, r instanceof Integer n ? n : 0));
            done.run();
            load();
        }, e -> fail.accept(text(e)));
    }

    static String text(Throwable e) {
        return e instanceof AppException a ? a.userMessage() : I18n.t("plan.ui.error.unexpected");
    }

    /// Quarter numbers as written in documents: I, II, III, IV.
    static String roman(int q) {
        return switch (q) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }

    /// The kind filter's choices: all, then each kind.
    public static List<Choice<ActivityKind>> kinds() {
        List<Choice<ActivityKind>> out = new ArrayList<>();
        out.add(new Choice<>(null, I18n.t("plan.ui.kind.all")));
        for (ActivityKind k : ActivityKind.values()) {
            out.add(new Choice<>(k, I18n.t(k.i18nKey())));
        }
        return out;
    }

    public ObservableList<Activity> shown() {
        return shown;
    }

    public ObservableList<Choice<Long>> units() {
        return units;
    }

    public ObjectProperty<Choice<Long>> unit() {
        return unit;
    }

    public ObjectProperty<Choice<ActivityKind>> kind() {
        return kind;
    }

    public ObjectProperty<StatusFilter> status() {
        return status;
    }

    public IntegerProperty month() {
        return month;
    }

    public BooleanProperty monthView() {
        return monthView;
    }

    public ObjectProperty<Activity> selectedActivity() {
        return selectedActivity;
    }

    public ReadOnlyBooleanProperty readOnly() {
        return readOnly.getReadOnlyProperty();
    }

    /// The plan has no activity (the "default plan" button shows).
    public ReadOnlyBooleanProperty empty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warnings() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkingYear> year() {
        return year;
    }
}
