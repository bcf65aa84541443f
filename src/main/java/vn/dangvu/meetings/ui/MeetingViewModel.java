package vn.dangvu.meetings.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.meetings.Attendance;
import vn.dangvu.meetings.AttendanceEntry;
import vn.dangvu.meetings.Meeting;
import vn.dangvu.meetings.MeetingInput;
import vn.dangvu.meetings.MeetingKind;
import vn.dangvu.meetings.MeetingRules;
import vn.dangvu.meetings.MeetingService;
import vn.dangvu.meetings.MeetingSheet;
import vn.dangvu.meetings.RollMember;
import vn.dangvu.plans.PlanRules;
import vn.dangvu.plans.PlanService;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.years.WorkingYear;

/// The clerk's screen for cell meetings: one sheet per cell and month with everyone on the roll present by
/// default; the clerk marks the absent (keyboard: 1/2/3 or Space, D for unpaid dues), the day, times, kind and
/// topic, and saves. Lists the cells with the months recorded; a closed year is shown read-only.
public final class MeetingViewModel {

    /// A cell of the list with how many months of the year have a regular meeting recorded.
    public record CellLine(PlanRules.Cell cell, int recordedMonths) {
    }

    private record Loaded(List<PlanRules.Cell> cells, List<Meeting> meetings) {
    }

    private record Sheet(MeetingSheet sheet, List<Meeting> month) {
    }

    private final MeetingService meetings;
    private final PlanService plans;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectProperty<WorkingYear> year;
    private final ObservableList<CellLine> cells = FXCollections.observableArrayList();
    private final ObjectProperty<CellLine> cell = new SimpleObjectProperty<>();
    private final IntegerProperty month = new SimpleIntegerProperty(1);
    private final ObservableList<Meeting> monthMeetings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Meeting> current = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<LocalDate> heldOn = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>(MeetingKind.REGULAR);
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<AttendanceRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.attendance(), r.reason(), r.duesUnpaid()});
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper durationWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Integer> recordedMonths = FXCollections.observableArrayList();
    private Map<Long, Set<Integer>> recordedByCell = Map.of();
    private boolean filling;

    public MeetingViewModel(MeetingService meetings, PlanService plans, BackgroundTasks tasks, LocalDate today,
                            ReadOnlyObjectProperty<WorkingYear> year) {
        this.meetings = meetings;
        this.plans = plans;
        this.tasks = tasks;
        this.year = year;
        month.set(today.getMonthValue());
        year.addListener((o, a, b) -> {
            readOnly.set(b == null || !b.writable());
            if (a == null || b == null || a.year() != b.year()) {
                load();
            }
        });
        readOnly.set(year.get() == null || !year.get().writable());
        rows.addListener((ListChangeListener<AttendanceRow>) c -> {
            summarise();
            touched();
        });
        for (var p : List.of(start, end, topic, note)) {
            p.addListener((o, a, b) -> {
                checkDuration();
                touched();
            });
        }
        kind.addListener((o, a, b) -> {
            checkDuration();
            touched();
        });
        heldOn.addListener((o, a, b) -> {
            touched();
            if (!filling && b != null && !b.equals(a)) {
                rollFor(b);
            }
        });
    }

    /// Loads the cells and the year's meetings, then the selected cell's sheet for the month.
    public void load() {
        WorkingYear y = year.get();
        if (y == null) {
            cells.clear();
            clearSheet();
            return;
        }
        message.set("");
        tasks.run(I18n.t("meeting.ui.loading"), p -> new Loaded(plans.cells(), meetings.list(y.year(), Optional.empty())),
                l -> showCells(l, true), e -> error.set(text(e)));
    }

    /// Shows the cells; `sheet`: then the selected cell's sheet of the month (false when the caller opens one).
    private void showCells(Loaded l, boolean sheet) {
        Map<Long, Set<Integer>> recorded = new HashMap<>();
        for (Meeting m : l.meetings()) {
            if (MeetingKind.REGULAR.slot().equals(m.kind().slot())) {
                recorded.computeIfAbsent(m.unitId(), k -> new TreeSet<>()).add(m.month().getMonthValue());
            }
        }
        recordedByCell = recorded;
        Long keep = cell.get() == null ? null : cell.get().cell().id();
        List<CellLine> lines = l.cells().stream()
                .map(c -> new CellLine(c, recorded.getOrDefault(c.id(), Set.of()).size())).toList();
        cells.setAll(lines);
        CellLine pick = lines.stream().filter(c -> keep != null && c.cell().id() == keep).findFirst()
                .orElse(lines.isEmpty() ? null : lines.getFirst());
        if (sheet) {
            selectCell(pick);
        } else {
            cell.set(pick);
            recordedMonths.setAll(pick == null ? Set.of() : recorded.getOrDefault(pick.cell().id(), Set.of()));
        }
    }

    /// Shows a cell's sheet of the current month.
    public void selectCell(CellLine c) {
        cell.set(c);
        recordedMonths.setAll(c == null ? Set.of() : recordedByCell.getOrDefault(c.cell().id(), Set.of()));
        loadSheet();
    }

    public void selectMonth(int m) {
        month.set(Math.max(1, Math.min(12, m)));
        loadSheet();
    }

    /// Next (`step` 1) or previous (-1) month; stays in the year.
    public void moveMonth(int step) {
        selectMonth(month.get() + step);
    }

    /// Next or previous cell of the list.
    public void moveCell(int step) {
        int i = cells.indexOf(cell.get()) + step;
        if (i >= 0 && i < cells.size()) {
            selectCell(cells.get(i));
        }
    }

    /// The regular meeting of the cell and month, or a new sheet with everyone present.
    public void loadSheet() {
        CellLine c = cell.get();
        WorkingYear y = year.get();
        if (c == null || y == null) {
            clearSheet();
            return;
        }
        YearMonth ym = YearMonth.of(y.year(), month.get());
        tasks.run("", p -> new Sheet(meetings.sheet(c.cell().id(), ym), meetings.list(c.cell().id(), ym)), this::showSheet,
                e -> error.set(text(e)));
    }

    /// Opens one of the month's recorded meetings.
    public void open(Meeting m) {
        tasks.run("", p -> new Sheet(meetings.sheet(m.id()), meetings.list(m.unitId(), m.month())), this::showSheet,
                e -> error.set(text(e)));
    }

    /// A new sheet of another kind for the month (a separate thematic meeting, an extraordinary one).
    public void newMeeting(MeetingKind k) {
        CellLine c = cell.get();
        WorkingYear y = year.get();
        if (c == null || y == null) {
            return;
        }
        YearMonth ym = YearMonth.of(y.year(), month.get());
        LocalDate day = c.cell().dayIn(ym);
        tasks.run("", p -> new Sheet(meetings.newSheet(c.cell().id(), day), meetings.list(c.cell().id(), ym)), s -> {
            showSheet(s);
            kind.set(k);
            dirty.set(false);
        }, e -> error.set(text(e)));
    }

    private void showSheet(Sheet s) {
        filling = true;
        try {
            MeetingSheet sh = s.sheet();
            monthMeetings.setAll(s.month());
            current.set(sh.meeting().orElse(null));
            heldOn.set(sh.heldOn());
            Optional<Meeting> m = sh.meeting();
            start.set(m.flatMap(Meeting::start).map(MeetingRules::time).orElse(""));
            end.set(m.flatMap(Meeting::end).map(MeetingRules::time).orElse(""));
            kind.set(m.map(Meeting::kind).orElse(MeetingKind.REGULAR));
            topic.set(m.flatMap(Meeting::topic).orElse(""));
            note.set(m.flatMap(Meeting::note).orElse(""));
            Map<Long, String> names = sh.roll().stream().collect(Collectors.toMap(RollMember::memberId, RollMember::fullName));
            List<AttendanceRow> list = new ArrayList<>();
            for (AttendanceEntry e : sh.lines()) {
                list.add(new AttendanceRow(e.memberId(), names.getOrDefault(e.memberId(), "#" + e.memberId()), e));
            }
            rows.setAll(list);
            error.set("");
        } finally {
            filling = false;
        }
        dirty.set(false);
        summarise();
        checkDuration();
    }

    private void clearSheet() {
        filling = true;
        try {
            monthMeetings.clear();
            current.set(null);
            rows.clear();
            heldOn.set(null);
        } finally {
            filling = false;
        }
        dirty.set(false);
    }

    /// The roll of another day (the clerk changed the day): members still on it keep their marks.
    private void rollFor(LocalDate day) {
        CellLine c = cell.get();
        if (c == null || year.get() == null || !YearMonth.from(day).equals(YearMonth.of(year.get().year(), month.get()))) {
            return;
        }
        Map<Long, AttendanceRow> marks = rows.stream().collect(Collectors.toMap(AttendanceRow::memberId, Function.identity()));
        tasks.run("", p -> meetings.roll(c.cell().id(), day), roll -> {
            List<AttendanceRow> list = new ArrayList<>();
            for (RollMember r : roll) {
                list.add(marks.getOrDefault(r.memberId(), new AttendanceRow(r.memberId(), r.fullName(),
                        AttendanceEntry.present(r.memberId()))));
            }
            rows.setAll(list);
        }, e -> error.set(text(e)));
    }

    /// Space: present → absent with a reason → absent without → present.
    public void cycle(AttendanceRow r) {
        if (!readOnly.get()) {
            Attendance[] all = Attendance.values();
            r.attendance().set(all[(r.attendance().get().ordinal() + 1) % all.length]);
        }
    }

    public void mark(AttendanceRow r, Attendance a) {
        if (!readOnly.get()) {
            r.attendance().set(a);
        }
    }

    public void toggleDues(AttendanceRow r) {
        if (!readOnly.get()) {
            r.duesUnpaid().set(!r.duesUnpaid().get());
        }
    }

    /// Saves the sheet; the message names the cell and month.
    public void save() {
        CellLine c = cell.get();
        WorkingYear y = year.get();
        if (c == null || y == null || readOnly.get()) {
            return;
        }
        MeetingInput in;
        try {
            Optional<LocalTime> from = MeetingRules.time(start.get(), I18n.t("meeting.ui.start"));
            Optional<LocalTime> to = MeetingRules.time(end.get(), I18n.t("meeting.ui.end"));
            in = new MeetingInput(Optional.ofNullable(current.get()).map(Meeting::id), c.cell().id(),
                    YearMonth.of(y.year(), month.get()), kind.get(), heldOn.get(), from, to, text(topic.get()), text(note.get()),
                    rows.stream().map(AttendanceRow::entry).toList());
        } catch (AppException e) {
            error.set(e.userMessage());
            return;
        }
        String what = I18n.t("meeting.ui.saved", c.cell().name(), month.get() + "/" + y.year());
        tasks.run(I18n.t("meeting.ui.saving"), p -> meetings.save(in), id -> {
            message.set(what);
            dirty.set(false);
            reloadAfterChange(id);
        }, e -> error.set(text(e)));
    }

    public void delete() {
        Meeting m = current.get();
        if (m == null || readOnly.get()) {
            return;
        }
        tasks.run("", p -> {
            meetings.delete(m.id());
            return m.id();
        }, id -> {
            message.set(I18n.t("meeting.ui.deleted", m.unitName(), m.month().getMonthValue() + "/" + m.month().getYear()));
            reloadAfterChange(null);
        }, e -> error.set(text(e)));
    }

    private void reloadAfterChange(Long openId) {
        WorkingYear y = year.get();
        tasks.run("", p -> new Loaded(plans.cells(), meetings.list(y.year(), Optional.empty())), l -> {
            showCells(l, false);
            if (openId != null) {
                l.meetings().stream().filter(m -> m.id() == openId).findFirst().ifPresentOrElse(this::open, this::loadSheet);
            } else {
                loadSheet();
            }
        }, e -> error.set(text(e)));
    }

    private void summarise() {
        int n = rows.size();
        int present = count(Attendance.PRESENT);
        int pct = n == 0 ? 0 : Math.round(present * 100f / n);
        long dues = rows.stream().filter(r -> r.duesUnpaid().get()).count();
        summary.set(n == 0 ? I18n.t("meeting.ui.noRoll") : I18n.t("meeting.ui.summary", present, n, pct,
                count(Attendance.ABSENT_EXCUSED), count(Attendance.ABSENT_UNEXCUSED), dues));
    }

    private int count(Attendance a) {
        return (int) rows.stream().filter(r -> r.attendance().get() == a).count();
    }

    private void checkDuration() {
        try {
            Optional<LocalTime> from = MeetingRules.time(start.get(), "");
            Optional<LocalTime> to = MeetingRules.time(end.get(), "");
            MeetingInput probe = new MeetingInput(Optional.empty(), 0, YearMonth.of(2000, 1), kind.get(), null, from, to,
                    Optional.empty(), Optional.empty(), List.of());
            durationWarning.set(MeetingRules.shortBy(probe).map(m -> I18n.t("meeting.ui.tooShort", m, kind.get().minMinutes()))
                    .orElse(""));
        } catch (AppException e) {
            durationWarning.set("");
        }
    }

    private void touched() {
        if (!filling) {
            dirty.set(true);
        }
    }

    private static Optional<String> text(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    static String text(Throwable e) {
        return e instanceof AppException a ? a.userMessage() : I18n.t("meeting.ui.error.unexpected");
    }

    public ObservableList<CellLine> cells() {
        return cells;
    }

    public ObjectProperty<CellLine> cell() {
        return cell;
    }

    public IntegerProperty month() {
        return month;
    }

    /// Months of the selected cell with a regular meeting recorded.
    public ObservableList<Integer> recordedMonths() {
        return recordedMonths;
    }

    public ObservableList<Meeting> monthMeetings() {
        return monthMeetings;
    }

    /// The meeting shown, or null for a new sheet.
    public ReadOnlyObjectProperty<Meeting> current() {
        return current.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> heldOn() {
        return heldOn;
    }

    public StringProperty start() {
        return start;
    }

    public StringProperty end() {
        return end;
    }

    public ObjectProperty<MeetingKind> kind() {
        return kind;
    }

    public StringProperty topic() {
        return topic;
    }

    public StringProperty note() {
        return note;
    }

    public ObservableList<AttendanceRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty durationWarning() {
        return durationWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnly() {
        return readOnly.getReadOnlyProperty();
    }

    /// Changes not saved yet.
    public ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkingYear> year() {
        return year;
    }
}
