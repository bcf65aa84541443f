package vn.dangvu.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.jooq.DSLContext;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.docnumbers.DocumentNumber;
import vn.dangvu.docnumbers.DocumentNumberService;
import vn.dangvu.party.UnitKind;
import vn.dangvu.years.WorkingYear;
import vn.dangvu.years.WorkingYearService;

/// The committee's yearly plan (issue 10): dated activities, each planned, done or postponed, a default plan from
/// the commune Party year (domain.md §12), a new year opened from last year's plan, and the overdue activities for
/// the overview. Every change checks that the year is not closed ([WorkingYearService#requireWritable]) inside its
/// own transaction and is recorded in the audit trail.
public final class PlanService {

    private final Database db;
    private final PlanRepository repo;
    private final AuditService audit;
    private final WorkingYearService years;
    private final DocumentNumberService numbers;
    private final YearCopy copyStep;
    private final Clock clock;

    public PlanService(Database db, PlanRepository repo, AuditService audit, WorkingYearService years,
                       DocumentNumberService numbers, YearCopy copyStep, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.audit = audit;
        this.years = years;
        this.numbers = numbers;
        this.copyStep = copyStep;
        this.clock = clock;
    }

    public Optional<YearPlan> plan(int year) {
        return db.read(trx -> repo.plan(trx.dsl(), year));
    }

    /// The activities of a year by date.
    public List<Activity> activities(int year) {
        return db.read(trx -> repo.activities(trx.dsl(), year));
    }

    /// The active cells with the day each meets (for the unit choices and the default plan).
    public List<PlanRules.Cell> cells() {
        return db.read(trx -> repo.activeCells(trx.dsl()));
    }

    /// The day a cell meets in a month: its planned meeting of that month if any, else the day its schedule names.
    public LocalDate meetingDay(long unitId, YearMonth month) {
        return db.read(trx -> {
            for (long id : repo.cellMeetings(trx.dsl(), unitId, month.atDay(1))) {
                Optional<Activity> a = repo.activity(trx.dsl(), id);
                if (a.isPresent()) {
                    return a.get().date();
                }
            }
            return PlanRules.dayIn(month, PlanRules.meetingDay(repo.meetingSchedule(trx.dsl(), unitId)));
        });
    }

    /// Planned activities past their last day, in years not closed (the overview's reminders).
    public List<Activity> overdue(LocalDate today) {
        return db.read(trx -> repo.overdue(trx.dsl(), today));
    }

    /// Opens a working year with its plan: last year's plan moved to the new year when `copyFromLastYear` (and the
    /// other features' copies, [YearCopy]), else (or when last year has no plan) the default plan. One change.
    public OpenedYear openYear(int year, Optional<String> theme, boolean copyFromLastYear) throws AppException {
        return db.change(trx -> {
            WorkingYear opened = years.open(year, theme);
            List<Activity> last = copyFromLastYear ? repo.activities(trx.dsl(), year - 1) : List.of();
            boolean copied = !last.isEmpty();
            List<ActivityInput> plan = copied ? copied(trx.dsl(), last, year) : defaults(trx.dsl(), year, opened.yearTheme());
            long planId = planId(trx.dsl(), year);
            repo.insertAll(trx.dsl(), planId, plan);
            int others = copyFromLastYear ? copyStep.copy(year - 1, year) : 0;
            audit.record(AuditChange.of(copied ? "PLAN_COPY" : "PLAN_DEFAULT", "year_plan", planId,
                    (copied ? "Plan of " + year + " copied from " + (year - 1) : "Default plan of " + year) + ": "
                            + plan.size() + " activities"));
            return new OpenedYear(opened, plan.size(), copied, others);
        });
    }

    /// Fills an empty plan with the default plan (a year opened from the command line, or whose plan was emptied).
    public int createDefault(int year) throws AppException {
        return db.change(trx -> {
            WorkingYear y = writable(year);
            if (!repo.activities(trx.dsl(), year).isEmpty()) {
                throw new AppException("plan.error.notEmpty", PlanRules.year(year));
            }
            List<ActivityInput> plan = defaults(trx.dsl(), year, y.yearTheme());
            long planId = planId(trx.dsl(), year);
            repo.insertAll(trx.dsl(), planId, plan);
            audit.record(AuditChange.of("PLAN_DEFAULT", "year_plan", planId, "Default plan of " + year + ": "
                    + plan.size() + " activities"));
            return plan.size();
        });
    }

    /// Adds (no id) or edits an activity of `year`.
    public long save(int year, ActivityInput a) throws AppException {
        return db.change(trx -> {
            writable(year);
            check(trx.dsl(), year, a);
            if (a.id().isPresent()) {
                Activity before = existing(trx.dsl(), a.id().get());
                if (before.year() != year) {
                    throw new AppException("plan.error.notFound");
                }
                repo.update(trx.dsl(), before.id(), a);
                audit.record(AuditChange.of("PLAN_ACTIVITY_EDIT", "planned_activity", before.id(), a.kind() + " "
                        + Text.clean(a.title())).values(describe(before.input()), describe(a)));
                return before.id();
            }
            long id = repo.insert(trx.dsl(), planId(trx.dsl(), year), a);
            audit.record(AuditChange.of("PLAN_ACTIVITY_ADD", "planned_activity", id, a.kind() + " " + Text.clean(a.title()))
                    .values(null, describe(a)));
            return id;
        });
    }

    /// Adds many activities to a year's plan in one change, each checked as [#save] does (the demo, imports).
    public int addAll(int year, List<ActivityInput> all) throws AppException {
        return db.change(trx -> {
            writable(year);
            for (ActivityInput a : all) {
                check(trx.dsl(), year, a);
            }
            long planId = planId(trx.dsl(), year);
            repo.insertAll(trx.dsl(), planId, all.stream().map(ActivityInput::asNew).toList());
            audit.record(AuditChange.of("PLAN_ACTIVITY_ADD", "year_plan", planId, all.size() + " activities added to " + year));
            return all.size();
        });
    }

    /// Marks an activity done on `day` with a short result (a supervision's conclusion).
    public void markDone(long id, LocalDate day, Optional<String> result) throws AppException {
        db.change(trx -> {
            Activity a = writableActivity(trx.dsl(), id);
            refuse(PlanRules.checkDone(a.year(), day, result, LocalDate.now(clock)));
            repo.setDone(trx.dsl(), id, day, result);
            audit.record(AuditChange.of("PLAN_ACTIVITY_DONE", "planned_activity", id, a.title())
                    .values(a.status().name(), "DONE " + day + result.map(r -> ": " + Text.clean(r)).orElse("")));
            return null;
        });
    }

    /// Postpones an activity with the reason; a new date (optional) moves it, keeping its length.
    public void postpone(long id, String reason, Optional<LocalDate> newDate) throws AppException {
        db.change(trx -> {
            Activity a = writableActivity(trx.dsl(), id);
            refuse(PlanRules.checkPostpone(a.year(), reason, newDate));
            Optional<LocalDate> end = newDate.flatMap(d -> a.endDate().map(e -> d.plusDays(ChronoUnit.DAYS.between(a.date(), e))));
            if (end.isPresent() && end.get().getYear() != a.year()) {
                throw new AppException("plan.error.outsideYear", I18n.t("plan.field.endDate"), end.get(),
                        PlanRules.year(a.year()));
            }
            repo.setPostponed(trx.dsl(), id, reason, newDate, end);
            audit.record(AuditChange.of("PLAN_ACTIVITY_POSTPONE", "planned_activity", id, a.title())
                    .values(a.status().name() + " " + a.date(), "POSTPONED" + newDate.map(d -> " " + d).orElse(""))
                    .because(Text.clean(reason)));
            return null;
        });
    }

    /// Puts a done or postponed activity back to planned.
    public void reopen(long id) throws AppException {
        db.change(trx -> {
            Activity a = writableActivity(trx.dsl(), id);
            repo.setPlanned(trx.dsl(), id);
            audit.record(AuditChange.of("PLAN_ACTIVITY_REOPEN", "planned_activity", id, a.title())
                    .values(a.status().name(), ActivityStatus.PLANNED.name()));
            return null;
        });
    }

    public void delete(long id) throws AppException {
        db.change(trx -> {
            Activity a = writableActivity(trx.dsl(), id);
            repo.delete(trx.dsl(), id);
            audit.record(AuditChange.of("PLAN_ACTIVITY_DELETE", "planned_activity", id, a.kind() + " " + a.title())
                    .values(describe(a.input()), null));
            return null;
        });
    }

    /// Gives the year's plan its number in the document register ("05-KH/ĐU", HD 36 §1.3.1) dated `date`, with its
    /// summary (trích yếu), in one change; refuses a plan already numbered (void the number in the register first)
    /// and a closed year.
    public DocumentNumber issueDocument(int year, LocalDate date, String summary) throws AppException {
        String clean = Text.clean(summary);
        if (clean.isEmpty()) {
            throw new AppException("plan.error.summaryRequired");
        }
        if (clean.length() > PlanRules.MAX_SUMMARY) {
            throw new AppException("plan.error.tooLong", I18n.t("plan.field.summary"), PlanRules.MAX_SUMMARY);
        }
        return db.change(trx -> {
            writable(year);
            long planId = planId(trx.dsl(), year);
            YearPlan plan = repo.plan(trx.dsl(), year).orElseThrow();
            if (plan.documentNumber().isPresent()) {
                throw new AppException("plan.error.alreadyNumbered", plan.documentNumber().get(),
                        plan.documentDate().orElse(date));
            }
            DocumentNumber n = numbers.issue(PlanRules.DOCUMENT_TYPE, date, I18n.t("plan.doc.registerTitle", clean),
                    OptionalInt.empty());
            repo.setDocument(trx.dsl(), planId, n.id(), n.text(), date, clean, LocalDateTime.now(clock));
            audit.record(AuditChange.of("PLAN_DOCUMENT", "year_plan", planId, "Plan of " + year + " numbered " + n.text()
                    + " dated " + date));
            return n;
        });
    }

    /// The number the plan's document would get if issued on `date` (for the export dialog).
    public String previewNumber(LocalDate date) throws AppException {
        return numbers.preview(PlanRules.DOCUMENT_TYPE, date);
    }

    /// A cell's meeting was recorded (meetings): its planned meeting of that month is done on that day. Joins the
    /// caller's transaction, which has checked the year.
    public void cellMeetingHeld(long unitId, LocalDate day) {
        db.save(trx -> {
            for (long id : repo.cellMeetings(trx.dsl(), unitId, day)) {
                repo.activity(trx.dsl(), id).filter(a -> a.status() != ActivityStatus.DONE)
                        .ifPresent(a -> repo.setDone(trx.dsl(), id, day, Optional.of(I18n.t("plan.result.meetingRecorded"))));
            }
            return null;
        });
    }

    /// A cell's meeting record was deleted: its meeting activity of that month that the record marked done is
    /// planned again.
    public void cellMeetingRemoved(long unitId, LocalDate day) {
        db.save(trx -> {
            for (long id : repo.cellMeetings(trx.dsl(), unitId, day)) {
                repo.activity(trx.dsl(), id).filter(a -> a.status() == ActivityStatus.DONE && a.doneDate().equals(Optional.of(day)))
                        .ifPresent(a -> repo.setPlanned(trx.dsl(), id));
            }
            return null;
        });
    }

    /// The plan of a year, created on first use (the commune committee's plan: the root of the unit tree).
    long planId(DSLContext t, int year) throws AppException {
        Optional<YearPlan> p = repo.plan(t, year);
        if (p.isPresent()) {
            return p.get().id();
        }
        long root = repo.rootUnit(t).orElseThrow(() -> new AppException("plan.error.noRoot"));
        return repo.insertPlan(t, year, root, I18n.t("plan.title", PlanRules.year(year)), LocalDateTime.now(clock));
    }

    private List<ActivityInput> defaults(DSLContext t, int year, Optional<String> theme) {
        return PlanRules.defaultPlan(year, repo.activeCells(t), theme);
    }

    /// Last year's activities moved to `year`, without those of units dissolved since, plus the monthly meetings of
    /// cells that had none last year.
    private List<ActivityInput> copied(DSLContext t, List<Activity> last, int year) {
        Set<Long> active = repo.activeUnits(t);
        List<ActivityInput> out = new ArrayList<>();
        Set<Long> cellsWithMeetings = new HashSet<>();
        for (Activity a : last) {
            if (a.unitId().isPresent() && !active.contains(a.unitId().get())) {
                continue;
            }
            if (a.kind() == ActivityKind.CELL_MEETING) {
                cellsWithMeetings.add(a.unitId().orElseThrow());
            }
            out.add(PlanRules.shift(a, year));
        }
        List<PlanRules.Cell> newCells = repo.activeCells(t).stream().filter(c -> !cellsWithMeetings.contains(c.id())).toList();
        out.addAll(PlanRules.cellMeetings(year, newCells));
        return out;
    }

    private void check(DSLContext t, int year, ActivityInput a) throws AppException {
        Optional<UnitKind> kind = Optional.empty();
        if (a.unitId().isPresent()) {
            kind = repo.unitKind(t, a.unitId().get());
            if (kind.isEmpty()) {
                throw new AppException("plan.error.unitUnknown");
            }
        }
        refuse(PlanRules.check(year, a, kind.map(UnitKind::isCell).orElse(false)));
    }

    private static void refuse(List<PlanRules.Problem> problems) throws AppException {
        if (!problems.isEmpty()) {
            throw new AppException(problems.getFirst().key(), problems.getFirst().args().toArray());
        }
    }

    private WorkingYear writable(int year) throws AppException {
        years.requireWritable(year);
        return years.find(year).orElseThrow();
    }

    private Activity writableActivity(DSLContext t, long id) throws AppException {
        Activity a = existing(t, id);
        years.requireWritable(a.year());
        return a;
    }

    private Activity existing(DSLContext t, long id) throws AppException {
        return repo.activity(t, id).orElseThrow(() -> new AppException("plan.error.notFound"));
    }

    private static String describe(ActivityInput a) {
        return a.date() + a.endDate().map(e -> ".." + e).orElse("") + " " + a.kind() + " " + Text.clean(a.title())
                + a.topic().map(x -> " | " + Text.clean(x)).orElse("") + a.unitId().map(u -> " | unit " + u).orElse("")
                + a.responsible().map(x -> " | " + Text.clean(x)).orElse("");
    }
}
