package vn.dangvu.members.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.members.AgeBand;
import vn.dangvu.members.CodeItem;
import vn.dangvu.members.MemberExportService.Column;
import vn.dangvu.members.MemberFilter;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.Choice;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.SwapList;

/// The member list: accent-free search (debounced, answered from the in-memory index), filters, chosen columns
/// (kept across runs) and an export of exactly the rows and columns shown.
public final class MemberListViewModel {

    /// Typing pauses shorter than this do not start a query (perf-baselines.md: 100–150 ms).
    public static final long DEBOUNCE_MS = 150;
    public static final List<Column> DEFAULT_COLUMNS = List.of(Column.FULL_NAME, Column.BIRTH_DATE, Column.UNIT,
            Column.STATUS);

    /// What the list needs of the member and unit services.
    public interface Source {
        /// The rows in order; the list is shown as it is, so it must not change afterwards.
        List<MemberRow> list(MemberQuery q) throws AppException;

        int count() throws AppException;

        List<CodeItem> codes(String kind) throws AppException;

        /// (id, name) of the cells, in tree order.
        List<Choice<Long>> cells() throws AppException;
    }

    /// MemberExportService::write
    @FunctionalInterface
    public interface Exporter {
        void write(Path out, List<Column> columns, List<MemberRow> rows) throws AppException;
    }

    /// Where the chosen columns are kept.
    public interface ColumnStore {
        List<Column> load();

        void save(List<Column> columns);
    }

    private record Result(List<MemberRow> rows, int total) {
    }

    private final Source source;
    private final Exporter exporter;
    private final ColumnStore store;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final StringProperty search = new SimpleStringProperty("");
    private final SwapList<MemberRow> rows = new SwapList<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final Map<Column, BooleanProperty> visible = new EnumMap<>(Column.class);
    private final ObservableList<Choice<Long>> cells = FXCollections.observableArrayList();
    private final ObservableList<Choice<Set<MemberStatus>>> statuses = FXCollections.observableArrayList();
    private final ObservableList<Choice<Gender>> genders = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> ethnicities = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> theoryLevels = FXCollections.observableArrayList();
    private final ObservableList<Choice<AgeBand>> ageBands = FXCollections.observableArrayList();
    private final ObservableList<Choice<AgeBand>> partyAgeBands = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> cell = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Set<MemberStatus>>> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Gender>> gender = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> ethnicity = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> theoryLevel = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<AgeBand>> ageBand = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<AgeBand>> partyAgeBand = new SimpleObjectProperty<>();
    private BackgroundTasks.Cancellable pending;
    private long sequence;
    private MemberQuery shownQuery;

    private final Clock clock;

    public MemberListViewModel(Source source, Exporter exporter, ColumnStore store, BackgroundTasks tasks,
                               DialogService dialogs, Clock clock) {
        this.source = source;
        this.clock = clock;
        this.exporter = exporter;
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        List<Column> chosen = store.load();
        for (Column c : Column.values()) {
            BooleanProperty p = new SimpleBooleanProperty(chosen.contains(c));
            p.addListener((o, a, b) -> saveColumns());
            visible.put(c, p);
        }
        fixedChoices();
        search.addListener((obs, old, now) -> searchChanged());
        for (ObjectProperty<?> f : List.of(cell, status, gender, ethnicity, theoryLevel, ageBand, partyAgeBand)) {
            f.addListener((o, a, b) -> query());
        }
    }

    private void fixedChoices() {
        statuses.add(new Choice<>(Set.of(), I18n.t("members.filter.anyStatus")));
        statuses.add(new Choice<>(onRoll(), I18n.t("members.filter.onRoll")));
        for (MemberStatus s : MemberStatus.values()) {
            statuses.add(new Choice<>(Set.of(s), I18n.t(s.i18nKey())));
        }
        genders.add(new Choice<>(null, I18n.t("members.filter.anyGender")));
        for (Gender g : Gender.values()) {
            genders.add(new Choice<>(g, I18n.t(g.i18nKey())));
        }
        ageBands.add(new Choice<>(null, I18n.t("members.filter.anyAge")));
        partyAgeBands.add(new Choice<>(null, I18n.t("members.filter.anyPartyAge")));
        for (AgeBand b : AgeBand.values()) {
            ageBands.add(new Choice<>(b, I18n.t(b.ageKey())));
            partyAgeBands.add(new Choice<>(b, I18n.t(b.partyAgeKey())));
        }
        cells.add(new Choice<>(null, I18n.t("members.filter.allCells")));
        ethnicities.add(new Choice<>(null, I18n.t("members.filter.anyEthnicity")));
        theoryLevels.add(new Choice<>(null, I18n.t("members.filter.anyTheory")));
        clearFilters();
    }

    private static Set<MemberStatus> onRoll() {
        Set<MemberStatus> s = EnumSet.noneOf(MemberStatus.class);
        for (MemberStatus m : MemberStatus.values()) {
            if (m.onRoll()) {
                s.add(m);
            }
        }
        return s;
    }

    /// Loads the code lists and cells, then the list for the current search and filters.
    public void load() {
        tasks.run("", p -> List.of(source.cells(), source.codes(CodeItem.ETHNICITY), source.codes(CodeItem.THEORY_LEVEL)),
                lists -> {
                    addAll(cells, lists.get(0));
                    addAll(ethnicities, lists.get(1));
                    addAll(theoryLevels, lists.get(2));
                }, e -> { });
        query();
    }

    @SuppressWarnings("unchecked")
    private static <T> void addAll(ObservableList<Choice<T>> target, List<?> items) {
        for (Object o : items) {
            if (o instanceof CodeItem c) {
                target.add((Choice<T>) new Choice<>(c.code(), c.name()));
            } else {
                target.add((Choice<T>) o);
            }
        }
    }

    /// Reloads after a change made elsewhere (form saved, event recorded).
    public void reload() {
        shownQuery = null;
        query();
    }

    /// Back to how the list opens: the current members ("Đang sinh hoạt": on the roll), every cell, no other filter.
    public void clearFilters() {
        cell.set(cells.getFirst());
        status.set(statuses.get(1));
        gender.set(genders.getFirst());
        ethnicity.set(ethnicities.getFirst());
        theoryLevel.set(theoryLevels.getFirst());
        ageBand.set(ageBands.getFirst());
        partyAgeBand.set(partyAgeBands.getFirst());
    }

    private void searchChanged() {
        if (pending != null) {
            pending.cancel();
        }
        pending = tasks.schedule(DEBOUNCE_MS, this::query);
    }

    MemberQuery currentQuery() {
        MemberFilter f = new MemberFilter(value(status, Set.of()), value(gender, null), value(ethnicity, null),
                value(theoryLevel, null), value(ageBand, null), value(partyAgeBand, null), LocalDate.now(clock));
        return new MemberQuery(Text.clean(search.get()), Optional.ofNullable(value(cell, null)), f);
    }

    private static <T> T value(ObjectProperty<Choice<T>> p, T none) {
        return p.get() == null || p.get().value() == null ? none : p.get().value();
    }

    private void query() {
        pending = null;
        MemberQuery q = currentQuery();
        if (q.equals(shownQuery)) {
            return;
        }
        long seq = ++sequence;
        if (shownQuery == null && rows.isEmpty()) {
            // the first list waits for the member index, which takes seconds at 100,000 members right after start-up
            loading.set(true);
            summary.set(I18n.t("members.list.loading"));
        }
        tasks.run("", p -> new Result(source.list(q), source.count()), r -> {
            loading.set(false);
            // a slower, older query must not overwrite a newer result
            if (seq == sequence) {
                shownQuery = q;
                rows.replace(r.rows());
                summary.set(summaryText(q, r));
            }
        }, e -> {
            loading.set(false);
            summary.set(e instanceof AppException a ? a.userMessage() : I18n.t("members.browser.error"));
        });
    }

    private static String summaryText(MemberQuery q, Result r) {
        MemberFilter f = q.filter();
        boolean onRollOnly = f.statuses().equals(onRoll()) && new MemberFilter(Set.of(), f.gender(), f.ethnicityCode(),
                f.theoryLevelCode(), f.ageBand(), f.partyAgeBand(), f.asOf()).isEmpty();
        boolean filtered = q.unitId().isPresent() || !f.isEmpty() && !onRollOnly;
        if (filtered) {
            return I18n.t("members.list.shown", r.rows().size(), r.total());
        }
        if (!q.search().isEmpty()) {
            return I18n.t("members.browser.found", r.rows().size(), q.search());
        }
        return onRollOnly ? I18n.t("members.list.onRollCount", r.rows().size(), r.total())
                : I18n.t("members.browser.count", r.rows().size());
    }

    /// The visible columns, in the order of the enum (the table order).
    public List<Column> visibleColumns() {
        List<Column> out = new ArrayList<>();
        for (Column c : Column.values()) {
            if (visible.get(c).get()) {
                out.add(c);
            }
        }
        return out;
    }

    private void saveColumns() {
        store.save(visibleColumns());
    }

    /// Writes exactly the rows and columns shown to an .xlsx or .csv file, off the FX thread.
    public void export(Path out) {
        List<Column> columns = visibleColumns();
        List<MemberRow> shown = List.copyOf(rows);
        tasks.run(I18n.t("members.list.exporting"), p -> {
            exporter.write(out, columns, shown);
            return shown.size();
        }, n -> dialogs.showInfo(I18n.t("members.list.exportDoneTitle"), I18n.t("members.list.exportDone", n, out)),
                e -> dialogs.showError(e instanceof AppException a ? a.userMessage() : I18n.t("members.browser.error")));
    }

    /// A cell's text for a column (dates as dd/MM/yyyy).
    public static String text(Column c, MemberRow r) {
        Object v = c.value(r);
        if (v == null) {
            return "";
        }
        return v instanceof LocalDate d ? Dates.format(d) : v.toString();
    }

    public BooleanProperty visible(Column c) {
        return visible.get(c);
    }

    public StringProperty search() {
        return search;
    }

    /// True while the first list is being read (the table then says so instead of "no members").
    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<MemberRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<Choice<Long>> cells() {
        return cells;
    }

    public ObservableList<Choice<Set<MemberStatus>>> statuses() {
        return statuses;
    }

    public ObservableList<Choice<Gender>> genders() {
        return genders;
    }

    public ObservableList<Choice<String>> ethnicities() {
        return ethnicities;
    }

    public ObservableList<Choice<String>> theoryLevels() {
        return theoryLevels;
    }

    public ObservableList<Choice<AgeBand>> ageBands() {
        return ageBands;
    }

    public ObservableList<Choice<AgeBand>> partyAgeBands() {
        return partyAgeBands;
    }

    public ObjectProperty<Choice<Long>> cell() {
        return cell;
    }

    public ObjectProperty<Choice<Set<MemberStatus>>> status() {
        return status;
    }

    public ObjectProperty<Choice<Gender>> gender() {
        return gender;
    }

    public ObjectProperty<Choice<String>> ethnicity() {
        return ethnicity;
    }

    public ObjectProperty<Choice<String>> theoryLevel() {
        return theoryLevel;
    }

    public ObjectProperty<Choice<AgeBand>> ageBand() {
        return ageBand;
    }

    public ObjectProperty<Choice<AgeBand>> partyAgeBand() {
        return partyAgeBand;
    }
}
