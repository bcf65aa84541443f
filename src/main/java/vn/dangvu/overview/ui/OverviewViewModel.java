package vn.dangvu.overview.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongConsumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.overview.OverviewData;
import vn.dangvu.overview.OverviewService;
import vn.dangvu.overview.ReminderRules;
import vn.dangvu.overview.ReminderService;
import vn.dangvu.overview.Reminders;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.plans.Activity;
import vn.dangvu.plans.ActivityKind;
import vn.dangvu.ui.BackgroundTasks;

/// The overview: commune name, province line and counts, loaded in the background; then the reminders,
/// in a second background task so the counts never wait for them.
public final class OverviewViewModel {

    /// Names listed per reminder group; the rest are summed up in one line.
    static final int MAX_NAMES = 50;
    /// Cells named on one line of overdue cell meetings.
    static final int MAX_CELLS = 5;

    private final OverviewService service;
    private final Optional<ReminderService> reminderService;
    private final BackgroundTasks tasks;
    private final ReadOnlyStringWrapper communeName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper provinceLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper organisationLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper termLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitsCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cellsCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper membersCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<StatusCount> byStatus = FXCollections.observableArrayList();
    private final ObservableList<ReminderGroup> reminders = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper remindersLoaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper reconciliationDue = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper reconciliationLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper remindersError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notices = new ReadOnlyStringWrapper("");

    /// One line of the "members by status" list, already translated.
    public record StatusCount(String status, String count) {
    }

    /// One group of reminders, translated: a title with the count, and one line per member (capped), soonest due
    /// first. `memberIds` holds the member of each named line, in the same order (the "… và n khác" line has none).
    public record ReminderGroup(String id, String title, List<String> lines, List<Long> memberIds, int count) {
    }

    private LongConsumer openMember = id -> { };

    /// Without reminders (kept for callers that have no database at hand).
    public OverviewViewModel(OverviewService service, BackgroundTasks tasks) {
        this(service, Optional.empty(), tasks);
    }

    public OverviewViewModel(OverviewService service, ReminderService reminders, BackgroundTasks tasks) {
        this(service, Optional.of(reminders), tasks);
    }

    private OverviewViewModel(OverviewService service, Optional<ReminderService> reminders, BackgroundTasks tasks) {
        this.service = service;
        this.reminderService = reminders;
        this.tasks = tasks;
    }

    public void load() {
        tasks.run(I18n.t("overview.loading"), p -> service.load(), this::show, this::fail);
    }

    private void show(OverviewData d) {
        communeName.set(d.settings().communeName());
        provinceLine.set(d.settings().provinceLine());
        organisationLine.set(d.settings().partyOrganizationName()
                + d.settings().secretaryName().map(s -> " · " + I18n.t("overview.secretary", s)).orElse(""));
        termLine.set(d.term().map(t -> I18n.t("overview.term", t.label())).orElse(""));
        unitsCount.set(count(d.units()));
        cellsCount.set(count(d.cells()));
        membersCount.set(count(d.membersOnRoll()));
        byStatus.clear();
        for (Map.Entry<MemberStatus, Integer> e : d.onRollByStatus().entrySet()) {
            byStatus.add(new StatusCount(I18n.t(e.getKey().i18nKey()), count(e.getValue())));
        }
        if (d.membersOffRoll() > 0) {
            byStatus.add(new StatusCount(I18n.t("overview.offRoll"), count(d.membersOffRoll())));
        }
        error.set("");
        loaded.set(true);
        loadReminders();
    }

    /// Loads warnings other features give the overview (no recent backup, none outside this PC), in the background;
    /// one per line in [#notices()].
    public void loadNotices(BackgroundTasks.Work<List<String>> source) {
        tasks.run("", source, list -> notices.set(String.join("\n", list)), e -> notices.set(""));
    }

    /// Loads (or reloads) the reminders in the background.
    public void loadReminders() {
        reminderService.ifPresent(r -> tasks.run("", p -> r.load(), this::showReminders, this::reminderFail));
    }

    /// The "Đã đối chiếu" button: records today as the last register reconciliation, then reloads.
    public void markReconciled() {
        reminderService.ifPresent(r -> tasks.run("", p -> r.markReconciled(), d -> loadReminders(), this::reminderFail));
    }

    /// A reminder line was clicked: the composition root opens that member's form.
    public void setOpenMember(LongConsumer open) {
        this.openMember = open;
    }

    public void openMember(long memberId) {
        openMember.accept(memberId);
    }

    private void showReminders(Reminders r) {
        List<ReminderGroup> groups = new ArrayList<>();
        probationGroup(groups, r, ReminderRules.ProbationStage.VOTE_OVERDUE, "overview.reminder.voteOverdue",
                p -> I18n.t("overview.reminder.voteOverdue.line", p.fullName(), unit(p.unitName()),
                        date(p.probationEnd()), date(p.voteDeadline())));
        probationGroup(groups, r, ReminderRules.ProbationStage.AWAITING_VOTE, "overview.reminder.awaitingVote",
                p -> I18n.t("overview.reminder.awaitingVote.line", p.fullName(), unit(p.unitName()),
                        date(p.probationEnd()), date(p.voteDeadline())));
        probationGroup(groups, r, ReminderRules.ProbationStage.ENDING_SOON, "overview.reminder.endingSoon",
                p -> I18n.t("overview.reminder.endingSoon.line", p.fullName(), unit(p.unitName()), date(p.probationEnd())));
        if (!r.awayPastReturn().isEmpty()) {
            List<Reminders.Away> away = r.awayPastReturn().stream().sorted(Comparator.comparing(
                    Reminders.Away::expectedReturn, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
            groups.add(group("away", I18n.t("overview.reminder.away", count(away.size())), away,
                    Reminders.Away::memberId, a -> I18n.t("overview.reminder.away.line", a.fullName(), unit(a.unitName()),
                            date(a.expectedReturn()))));
        }
        if (!r.meetings().absences().isEmpty()) {
            groups.add(group("absent", I18n.t("overview.reminder.absent", count(r.meetings().absences().size())),
                    r.meetings().absences(), a -> a.memberId(), a -> I18n.t("overview.reminder.absent.line", a.fullName(),
                            unit(a.unitName()), a.meetings(), date(a.lastMeeting()))));
        }
        if (!r.meetings().unpaidDues().isEmpty()) {
            groups.add(group("dues", I18n.t("overview.reminder.dues", count(r.meetings().unpaidDues().size())),
                    r.meetings().unpaidDues(), d -> d.memberId(), d -> I18n.t("overview.reminder.dues.line", d.fullName(),
                            unit(d.unitName()), d.months(), String.valueOf(d.year()))));
        }
        if (!r.overdueActivities().isEmpty()) {
            groups.add(overdueGroup(r.overdueActivities()));
        }
        if (!r.lateLetters().isEmpty()) {
            groups.add(group("lateLetter", I18n.t("overview.reminder.lateLetter", count(r.lateLetters().size())), r.lateLetters(),
                    Reminders.LateLetter::memberId, a -> I18n.t("overview.reminder.lateLetter.line", a.fullName(),
                            unit(a.unitName()), date(a.letterDate()), date(a.deadline()), date(a.arrival()))));
        }
        reminders.setAll(groups);
        reconciliationDue.set(r.reconciliationDue());
        reconciliationLine.set(r.lastReconciliation()
                .map(d -> I18n.t(r.reconciliationDue() ? "overview.reconciliation.due" : "overview.reconciliation.done", date(d)))
                .orElse(I18n.t("overview.reconciliation.never")));
        remindersError.set("");
        remindersLoaded.set(true);
    }

    private static void probationGroup(List<ReminderGroup> groups, Reminders r, ReminderRules.ProbationStage stage,
                                       String titleKey, Function<Reminders.Probation, String> line) {
        // soonest due first: the vote's deadline, or the end of probation for those not yet at it; names break ties
        Function<Reminders.Probation, LocalDate> due = stage == ReminderRules.ProbationStage.ENDING_SOON
                ? Reminders.Probation::probationEnd : Reminders.Probation::voteDeadline;
        List<Reminders.Probation> list = r.probation(stage).stream()
                .sorted(Comparator.comparing(due, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        if (!list.isEmpty()) {
            groups.add(group(stage.name(), I18n.t(titleKey, count(list.size())), list, Reminders.Probation::memberId, line));
        }
    }

    private static <T> ReminderGroup group(String id, String title, List<T> items, Function<T, Long> member,
                                           Function<T, String> line) {
        return group(id, title, items, member, line, "overview.reminder.more");
    }

    /// `member` gives the member each named line opens; null for a group whose lines name no member.
    private static <T> ReminderGroup group(String id, String title, List<T> items, Function<T, Long> member,
                                           Function<T, String> line, String moreKey) {
        List<String> lines = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (T item : items.subList(0, Math.min(MAX_NAMES, items.size()))) {
            lines.add(line.apply(item));
            if (member != null) {
                ids.add(member.apply(item));
            }
        }
        if (items.size() > MAX_NAMES) {
            lines.add(I18n.t(moreKey, count(items.size() - MAX_NAMES)));
        }
        return new ReminderGroup(id, title, List.copyOf(lines), List.copyOf(ids), items.size());
    }

    /// Overdue activities of the plan, one line each, except the cells' monthly meetings: one line per month naming
    /// the cells whose meeting is not recorded (a commune that keeps no meeting records would otherwise see hundreds).
    private static ReminderGroup overdueGroup(List<Activity> overdue) {
        Map<YearMonth, List<Activity>> meetings = new TreeMap<>();
        List<Object> items = new ArrayList<>();
        for (Activity a : overdue) {
            if (a.kind() == ActivityKind.CELL_MEETING) {
                meetings.computeIfAbsent(YearMonth.from(a.date()), k -> {
                    List<Activity> l = new ArrayList<>();
                    items.add(k);
                    return l;
                }).add(a);
            } else {
                items.add(a);
            }
        }
        return group("overdue", I18n.t("overview.reminder.overdue", count(overdue.size())), items, null, o -> {
            if (o instanceof Activity a) {
                return I18n.t("overview.reminder.overdue.line", date(a.lastDay()), a.title(),
                        a.unitName().map(n -> " (" + n + ")").orElse(""));
            }
            YearMonth m = (YearMonth) o;
            List<String> cells = meetings.get(m).stream().map(a -> a.unitName().orElse("")).toList();
            String names = String.join(", ", cells.subList(0, Math.min(MAX_CELLS, cells.size())))
                    + (cells.size() > MAX_CELLS ? ", …" : "");
            return I18n.t("overview.reminder.overdue.cells", m.getMonthValue() + "/" + m.getYear(), cells.size(), names);
        }, "overview.reminder.overdue.more");
    }

    private static String unit(String name) {
        return name == null ? "" : name;
    }

    private static String date(LocalDate d) {
        return Dates.format(d);
    }

    private void reminderFail(Throwable t) {
        remindersError.set(t instanceof AppException a ? a.userMessage() : I18n.t("overview.reminder.error"));
        remindersLoaded.set(true);
    }

    /// Vietnamese digit grouping: 1.000
    static String count(int n) {
        return String.format(I18n.VI, "%,d", n);
    }

    private void fail(Throwable t) {
        error.set(t instanceof AppException a ? a.userMessage() : I18n.t("overview.error.load"));
        loaded.set(true);
    }

    public ReadOnlyStringProperty communeName() {
        return communeName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty provinceLine() {
        return provinceLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty organisationLine() {
        return organisationLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty termLine() {
        return termLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitsCount() {
        return unitsCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cellsCount() {
        return cellsCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty membersCount() {
        return membersCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /// True once data (or an error) is on screen.
    public ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }

    public ObservableList<StatusCount> byStatus() {
        return byStatus;
    }

    /// Reminder groups with at least one member, most urgent first; in each, the soonest due first.
    public ObservableList<ReminderGroup> reminders() {
        return reminders;
    }

    /// True once reminders (or their error) are known; stays false when the overview has no reminder service.
    public ReadOnlyBooleanProperty remindersLoaded() {
        return remindersLoaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reconciliationDue() {
        return reconciliationDue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reconciliationLine() {
        return reconciliationLine.getReadOnlyProperty();
    }

    /// Warnings from other features, one per line; empty when there are none.
    public ReadOnlyStringProperty notices() {
        return notices.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remindersError() {
        return remindersError.getReadOnlyProperty();
    }
}
