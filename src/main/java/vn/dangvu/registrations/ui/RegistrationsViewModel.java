package vn.dangvu.registrations.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.registrations.CellCoverage;
import vn.dangvu.registrations.CellMember;
import vn.dangvu.registrations.CopySummary;
import vn.dangvu.registrations.Coverage;
import vn.dangvu.registrations.Registration;
import vn.dangvu.registrations.RegistrationImportReport;
import vn.dangvu.registrations.RegistrationService;
import vn.dangvu.registrations.Standing;
import vn.dangvu.registrations.Subject;
import vn.dangvu.registrations.Tally;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.DialogService;
import vn.dangvu.years.WorkingYear;

/// The registrations section: the year, its cells with their coverage, the chosen cell's members with where each
/// stands, and the entry form ([EntryViewModel]). "Save and next" saves the form and opens the next line of the list.
public final class RegistrationsViewModel {

    /// What the screen needs besides the registrations themselves: the working years, and the files it writes and
    /// reads (export, print, import), each run in the background.
    public interface Services {
        List<WorkingYear> years();

        RegistrationImportReport importFile(int year, Path file, boolean onlyValid) throws Exception;

        void exportXlsx(int year, Path file) throws Exception;

        void printForm(int year, Subject subject, Path file) throws Exception;

        void printCell(int year, long unitId, Path file) throws Exception;
    }

    private final RegistrationService service;
    private final Services files;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final EntryViewModel entry;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper yearState = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper writable = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<CellCoverage> cells = FXCollections.observableArrayList();
    private final ObjectProperty<CellCoverage> cell = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final FilteredList<Line> shown = new FilteredList<>(lines);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Line> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private List<WorkingYear> known = List.of();
    private BackgroundTasks.Cancellable refresh = () -> { };

    public RegistrationsViewModel(RegistrationService service, Services files, BackgroundTasks tasks, DialogService dialogs) {
        this.service = service;
        this.files = files;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.entry = new EntryViewModel(service, tasks);
        year.addListener((o, a, b) -> loadYear());
        cell.addListener((o, a, b) -> loadCell(Optional.empty()));
        filter.addListener((o, a, b) -> {
            String f = Text.fold(Text.clean(b));
            shown.setPredicate(f.isEmpty() ? null : l -> Text.fold(l.name()).contains(f));
        });
    }

    /// Reads the working years and shows the newest one not closed.
    public void load() {
        tasks.run("", p -> files.years(), ys -> {
            known = ys;
            years.setAll(ys.stream().map(WorkingYear::year).toList());
            if (ys.isEmpty()) {
                notice.set(I18n.t("registrations.ui.noYear"));
                entry.clear();
                return;
            }
            int pick = ys.stream().filter(WorkingYear::writable).mapToInt(WorkingYear::year).max().orElse(ys.getFirst().year());
            if (Integer.valueOf(pick).equals(year.get())) {
                loadYear();
            } else {
                year.set(pick);
            }
        }, e -> notice.set(EntryViewModel.failure(e)));
    }

    private void loadYear() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        Optional<WorkingYear> w = known.stream().filter(k -> k.year() == y).findFirst();
        writable.set(w.map(WorkingYear::writable).orElse(false));
        yearState.set(w.map(k -> I18n.t(k.writable() ? "registrations.ui.year.state" : "registrations.ui.year.closed",
                I18n.t(k.state().i18nKey()))).orElse(""));
        refreshCoverage(true);
        tasks.run("", p -> service.templates(y), entry.templates()::setAll, e -> notice.set(EntryViewModel.failure(e)));
    }

    /// Reads the coverage again; `reselect` also reloads the chosen cell's list.
    private void refreshCoverage(boolean reselect) {
        Integer y = year.get();
        Optional<Long> keep = Optional.ofNullable(cell.get()).map(CellCoverage::unitId);
        tasks.run("", p -> service.coverage(y), c -> {
            if (!y.equals(year.get())) {
                return;
            }
            showTotals(c);
            if (!reselect) {
                cells.replaceAll(old -> c.cells().stream().filter(n -> n.unitId() == old.unitId()).findFirst().orElse(old));
                return;
            }
            cells.setAll(c.cells());
            CellCoverage next = keep.flatMap(id -> c.cells().stream().filter(x -> x.unitId() == id).findFirst())
                    .orElse(c.cells().isEmpty() ? null : c.cells().getFirst());
            if (next != null && cell.get() != null && next.unitId() == cell.get().unitId()) {
                cell.set(next);
                loadCell(Optional.ofNullable(current.get()).map(Line::subject));
            } else {
                cell.set(next);
            }
            if (next == null) {
                lines.clear();
                entry.clear();
            }
        }, e -> notice.set(EntryViewModel.failure(e)));
    }

    private void showTotals(Coverage c) {
        CellCoverage t = c.total();
        totals.set(I18n.t("registrations.ui.totals", t.registered(), t.members(), t.missing(), t.items().items(),
                t.items().vague(), Dates.format(c.asOf())));
    }

    private void loadCell(Optional<Subject> keep) {
        CellCoverage c = cell.get();
        Integer y = year.get();
        if (c == null || y == null) {
            return;
        }
        tasks.run("", p -> new CellData(service.cellMembers(y, c.unitId()), service.find(y, Subject.cell(c.unitId()))), d -> {
            if (cell.get() != c) {
                return;
            }
            List<Line> out = new ArrayList<>();
            out.add(cellLine(c, d.collective()));
            d.members().forEach(m -> out.add(memberLine(m)));
            lines.setAll(out);
            Line pick = keep.flatMap(s -> out.stream().filter(l -> l.subject().equals(s)).findFirst())
                    .orElse(out.size() > 1 ? out.get(1) : out.getFirst());
            select(pick);
        }, e -> notice.set(EntryViewModel.failure(e)));
    }

    private record CellData(List<CellMember> members, Optional<Registration> collective) {
    }

    private static Line cellLine(CellCoverage c, Optional<Registration> r) {
        Tally t = r.map(x -> Tally.of(x.form().items())).orElse(Tally.NONE);
        Standing s = r.map(x -> Standing.of(x.status(), t)).orElse(Standing.MISSING);
        return new Line(Subject.cell(c.unitId()), I18n.t("registrations.ui.cellLine"), "", s, standingText(s, t),
                itemsText(t), resultText(t));
    }

    static Line memberLine(CellMember m) {
        Tally t = m.result().tally();
        return new Line(Subject.member(m.memberId()), m.fullName(), m.birthDate().map(d -> String.valueOf(d.getYear())).orElse(""),
                m.result().standing(), standingText(m.result().standing(), t), itemsText(t), resultText(t));
    }

    /// The list's short word for where a member stands; once every item is assessed, the overall result.
    private static String standingText(Standing s, Tally t) {
        return t.overall().map(a -> I18n.t(a.i18nKey())).orElse(I18n.t(s.shortKey()));
    }

    private static String itemsText(Tally t) {
        if (t.items() == 0) {
            return "";
        }
        return String.valueOf(t.items());
    }

    private static String resultText(Tally t) {
        return t.overall().map(a -> I18n.t(a.i18nKey())).orElse(t.assessed() > 0
                ? I18n.t("registrations.ui.assessedOf", t.assessed(), t.items()) : "");
    }

    /// Opens a line's registration in the form. When the form holds unsaved changes they are saved first; if they
    /// cannot be saved the form stays where it is (returns false).
    public boolean select(Line l) {
        if (l == null || l.equals(current.get())) {
            return true;
        }
        if (entry.dirty().get() && entry.editable().get()) {
            return entry.save(r -> {
                updateLine(r);
                open(l);
            });
        }
        open(l);
        return true;
    }

    private void open(Line l) {
        current.set(l);
        CellCoverage c = cell.get();
        String name = l.subject().isMember() ? l.name() : c == null ? "" : c.name();
        entry.open(year.get(), l.subject(), name, writable.get());
    }

    /// Saves the form and opens the next line of the list (Ctrl+Enter).
    public void saveAndNext() {
        Line from = current.get();
        entry.save(r -> {
            updateLine(r);
            int i = shown.indexOf(lineOf(r.form().subject()).orElse(from));
            if (i >= 0 && i + 1 < shown.size()) {
                open(shown.get(i + 1));
            } else {
                notice.set(I18n.t("registrations.ui.lastLine"));
            }
        });
    }

    /// Saves the form and stays (Ctrl+S).
    public void save() {
        entry.save(this::updateLine);
    }

    /// Moves to the next or previous line of the list (saving first, as [#select]).
    public void move(int step) {
        int i = shown.indexOf(current.get());
        int j = i + step;
        if (j >= 0 && j < shown.size()) {
            select(shown.get(j));
        }
    }

    private Optional<Line> lineOf(Subject s) {
        return lines.stream().filter(l -> l.subject().equals(s)).findFirst();
    }

    /// Shows a saved registration's new standing in its line at once; the cells' coverage follows shortly.
    private void updateLine(Registration r) {
        Tally t = Tally.of(r.form().items());
        Standing s = Standing.of(r.status(), t);
        lineOf(r.form().subject()).ifPresent(old -> {
            Line now = new Line(old.subject(), old.name(), old.born(), s, standingText(s, t), itemsText(t), resultText(t));
            lines.set(lines.indexOf(old), now);
            if (old.equals(current.get())) {
                current.set(now);
            }
        });
        scheduleRefresh();
    }

    private void scheduleRefresh() {
        refresh.cancel();
        refresh = tasks.schedule(400, () -> refreshCoverage(false));
    }

    /// The registered members of the cell other than the one in the form, to copy items from.
    public List<Line> copyCandidates() {
        return lines.stream().filter(l -> l.subject().isMember() && l.standing().registered() && !l.equals(current.get())).toList();
    }

    /// After a deletion: the line loses its registration.
    public void deleted() {
        Line l = current.get();
        if (l != null) {
            Standing s = Standing.MISSING;
            Line now = new Line(l.subject(), l.name(), l.born(), s, standingText(s, Tally.NONE), "", "");
            lines.set(lines.indexOf(l), now);
            current.set(now);
        }
        scheduleRefresh();
    }

    public void reloadTemplates() {
        Integer y = year.get();
        tasks.run("", p -> service.templates(y), entry.templates()::setAll, e -> notice.set(EntryViewModel.failure(e)));
    }

    /// "Copy from last year" into the shown year.
    public void copyForward() {
        Integer y = year.get();
        tasks.run(I18n.t("registrations.ui.copyForward.running"), p -> service.copyFromYear(y - 1, y), (CopySummary c) -> {
            dialogs.showInfo(I18n.t("registrations.ui.copyForward.title"), I18n.t("registrations.ui.copyForward.done",
                    y - 1, y, c.members(), c.cells(), c.skippedLeft(), c.skippedExisting(), c.templates()));
            loadYear();
        }, e -> dialogs.showError(EntryViewModel.failure(e)));
    }

    public void importFile(Path file, boolean onlyValid) {
        Integer y = year.get();
        tasks.run(I18n.t("registrations.ui.import.running", file.getFileName()), p -> files.importFile(y, file, onlyValid), r -> {
            StringBuilder sb = new StringBuilder(I18n.t("registrations.ui.import.counts", r.rowsRead(), r.members(), r.items(),
                    r.rejectedRows().size()));
            r.problems().stream().limit(30).forEach(x -> sb.append('\n').append(x.describe()));
            if (r.problems().size() > 30) {
                sb.append('\n').append(I18n.t("registrations.ui.import.more", r.problems().size() - 30));
            }
            sb.append("\n\n").append(I18n.t(r.written() ? "registrations.ui.import.written" : "registrations.ui.import.notWritten"));
            dialogs.showInfo(I18n.t("registrations.ui.import.title"), sb.toString());
            if (r.written()) {
                loadYear();
            }
        }, e -> dialogs.showError(EntryViewModel.failure(e)));
    }

    public void exportXlsx(Path file) {
        Integer y = year.get();
        tasks.run(I18n.t("registrations.ui.export.running"), p -> {
            files.exportXlsx(y, file);
            return file;
        }, f -> notice.set(I18n.t("registrations.ui.written", f)), e -> dialogs.showError(EntryViewModel.failure(e)));
    }

    public void printForm(Path file) {
        Optional<Subject> s = entry.subject();
        Integer y = year.get();
        s.ifPresent(subject -> tasks.run(I18n.t("registrations.ui.print.running"), p -> {
            files.printForm(y, subject, file);
            return file;
        }, f -> notice.set(I18n.t("registrations.ui.written", f)), e -> dialogs.showError(EntryViewModel.failure(e))));
    }

    public void printCell(Path file) {
        CellCoverage c = cell.get();
        Integer y = year.get();
        if (c != null) {
            tasks.run(I18n.t("registrations.ui.print.running"), p -> {
                files.printCell(y, c.unitId(), file);
                return file;
            }, f -> notice.set(I18n.t("registrations.ui.written", f)), e -> dialogs.showError(EntryViewModel.failure(e)));
        }
    }

    /// A file name for what the user saves ("dang-ky-2026.xlsx").
    public String suggestedName(String kind) {
        return kind + "-" + year.get();
    }

    public EntryViewModel entry() {
        return entry;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public ReadOnlyStringProperty yearState() {
        return yearState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty writable() {
        return writable.getReadOnlyProperty();
    }

    public ObservableList<CellCoverage> cells() {
        return cells;
    }

    public ObjectProperty<CellCoverage> cell() {
        return cell;
    }

    public ReadOnlyStringProperty totals() {
        return totals.getReadOnlyProperty();
    }

    public ObservableList<Line> lines() {
        return shown;
    }

    public StringProperty filter() {
        return filter;
    }

    public ReadOnlyObjectProperty<Line> current() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }
}
