package vn.dangvu.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.TestCommune;
import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.common.AppException;
import vn.dangvu.plans.PlanRules.Cell;
import vn.dangvu.years.YearState;

class PlanServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;
    private AppContext ctx;
    private PlanService plans;
    private long thon1;
    private long thon2;

    @BeforeEach
    void open() throws AppException {
        ctx = TestCommune.create(dir, TestClocks.at(TODAY));
        thon1 = TestCommune.cell(ctx, "Chi bộ thôn 1", Optional.of("ngày 10 hằng tháng"));
        thon2 = TestCommune.cell(ctx, "Chi bộ thôn 2", Optional.empty());
        plans = ctx.plans();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aNewYearGetsTheDefaultPlanWithEachCellsMeetings() throws AppException {
        OpenedYear y = plans.openYear(2026, Optional.of("Học tập và làm theo về ý chí tự lực, tự cường"), false);
        assertFalse(y.copied());
        List<Activity> all = plans.activities(2026);
        assertEquals(y.activities(), all.size());
        assertEquals(List.of(), PlanRules.quartersWithoutThematic(all).stream().toList());
        List<Activity> meetings1 = all.stream().filter(a -> a.unitId().equals(Optional.of(thon1))).toList();
        assertEquals(12, meetings1.size());
        assertTrue(meetings1.stream().allMatch(a -> a.date().getDayOfMonth() == 10 && a.kind() == ActivityKind.CELL_MEETING));
        assertEquals(Optional.of("Chi bộ thôn 1"), meetings1.get(0).unitName());
        assertTrue(all.stream().filter(a -> a.unitId().equals(Optional.of(thon2))).allMatch(a -> a.date().getDayOfMonth() == 5));
        assertTrue(all.stream().allMatch(a -> a.status() == ActivityStatus.PLANNED && a.year() == 2026));
        assertEquals("Kế hoạch công tác năm 2026", plans.plan(2026).orElseThrow().title());
        assertEquals(List.of("PLAN_DEFAULT"), trail());
    }

    @Test
    void copyingLastYearMovesItsActivitiesAndCallsTheOtherFeatures() throws Exception {
        List<String> copied = new ArrayList<>();
        PlanService withStep = new PlanService(ctx.db(), new PlanRepository(), ctx.audit(), ctx.years(), ctx.documentNumbers(),
                (from, to) -> {
                    copied.add(from + "→" + to);
                    return 7;
                }, ctx.clock());
        withStep.openYear(2025, Optional.empty(), false);
        long supervision = withStep.save(2025, ActivityInput.of(LocalDate.of(2025, 4, 2), ActivityKind.SUPERVISION,
                "Giám sát chuyên đề năm 2025").until(LocalDate.of(2025, 4, 30)).about("Thực hiện Kết luận 01-KL/TW")
                .forUnit(thon2).by("Ủy ban Kiểm tra Đảng ủy"));
        withStep.markDone(supervision, LocalDate.of(2025, 4, 28), Optional.of("Chi bộ thực hiện tốt"));
        ctx.units().dissolve(thon1, Optional.of(LocalDate.of(2025, 12, 31)), Optional.empty());
        long thon3 = TestCommune.cell(ctx, "Chi bộ thôn 3", Optional.of("ngày 20"));

        OpenedYear y = withStep.openYear(2026, Optional.of("Chuyên đề 2026"), true);

        assertTrue(y.copied());
        assertEquals(7, y.othersCopied());
        assertEquals(List.of("2025→2026"), copied);
        List<Activity> all = withStep.activities(2026);
        assertTrue(all.stream().noneMatch(a -> a.unitId().equals(Optional.of(thon1))), "a dissolved cell's meetings stay behind");
        assertEquals(12, all.stream().filter(a -> a.unitId().equals(Optional.of(thon3))).count());
        Activity moved = all.stream().filter(a -> a.kind() == ActivityKind.SUPERVISION && a.unitId().equals(Optional.of(thon2)))
                .findFirst().orElseThrow();
        assertEquals("Giám sát chuyên đề năm 2026", moved.title());
        assertEquals(LocalDate.of(2026, 4, 2), moved.date());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 30)), moved.endDate());
        assertEquals(ActivityStatus.PLANNED, moved.status());
        assertEquals(Optional.empty(), moved.result());
        assertEquals(Optional.of("Ủy ban Kiểm tra Đảng ủy"), moved.responsible());
        assertEquals(withStep.activities(2025).size(), all.size());
    }

    @Test
    void aCopyStepThatFailsUndoesTheNewYear() throws AppException {
        plans.openYear(2025, Optional.empty(), false);
        PlanService failing = new PlanService(ctx.db(), new PlanRepository(), ctx.audit(), ctx.years(), ctx.documentNumbers(),
                (from, to) -> {
                    throw new AppException("year.error.closed", String.valueOf(from));
                }, ctx.clock());

        AppException e = assertThrows(AppException.class, () -> failing.openYear(2026, Optional.empty(), true));

        assertEquals("year.error.closed", e.key());
        assertTrue(ctx.years().find(2026).isEmpty(), "the year is not opened");
        assertTrue(plans.activities(2026).isEmpty());
        assertTrue(plans.plan(2026).isEmpty());
    }

    @Test
    void activitiesAreDonePostponedAndReopenedWithTheirTrail() throws AppException {
        ctx.years().open(2026, Optional.empty());
        long id = plans.save(2026, ActivityInput.of(LocalDate.of(2026, 3, 15), ActivityKind.THEMATIC_MEETING, "Chuyên đề quý I")
                .about("Học tập tư tưởng Hồ Chí Minh"));
        plans.save(2026, new ActivityInput(Optional.of(id), LocalDate.of(2026, 3, 20), Optional.empty(),
                ActivityKind.THEMATIC_MEETING, "Chuyên đề quý I", Optional.of("Học tập tư tưởng Hồ Chí Minh"),
                Optional.empty(), Optional.of("Các chi bộ"), Optional.empty()));
        plans.postpone(id, "Trùng lịch bầu cử", Optional.of(LocalDate.of(2026, 4, 2)));
        Activity p = only();
        assertEquals(ActivityStatus.POSTPONED, p.status());
        assertEquals(LocalDate.of(2026, 4, 2), p.date());
        assertEquals(Optional.of("Trùng lịch bầu cử"), p.postponeReason());
        plans.markDone(id, LocalDate.of(2026, 4, 2), Optional.of("100% chi bộ sinh hoạt"));
        Activity d = only();
        assertEquals(ActivityStatus.DONE, d.status());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 2)), d.doneDate());
        assertEquals(Optional.empty(), d.postponeReason());
        plans.reopen(id);
        assertEquals(ActivityStatus.PLANNED, only().status());
        plans.delete(id);
        assertEquals(List.of(), plans.activities(2026));
        assertEquals(List.of("PLAN_ACTIVITY_DELETE", "PLAN_ACTIVITY_REOPEN", "PLAN_ACTIVITY_DONE", "PLAN_ACTIVITY_POSTPONE",
                "PLAN_ACTIVITY_EDIT", "PLAN_ACTIVITY_ADD"), ctx.audit().find(AuditQuery.of("planned_activity", id)).stream()
                .map(AuditEntry::action).toList());
    }

    @Test
    void badInputIsRefusedAndWritesNothing() throws AppException {
        ctx.years().open(2026, Optional.empty());
        long id = plans.save(2026, ActivityInput.of(LocalDate.of(2026, 3, 15), ActivityKind.OTHER, "Việc có sẵn"));
        Activity before = only();
        refused("plan.error.outsideYear", () -> plans.save(2026, ActivityInput.of(LocalDate.of(2027, 1, 3), ActivityKind.OTHER, "A")));
        refused("plan.error.endBeforeStart", () -> plans.save(2026, ActivityInput.of(LocalDate.of(2026, 5, 3), ActivityKind.OTHER, "A")
                .until(LocalDate.of(2026, 5, 2))));
        refused("plan.error.topicRequired", () -> plans.save(2026, ActivityInput.of(LocalDate.of(2026, 5, 3),
                ActivityKind.SUPERVISION, "Giám sát")));
        refused("plan.error.cellRequired", () -> plans.save(2026, ActivityInput.of(LocalDate.of(2026, 5, 3),
                ActivityKind.CELL_MEETING, "Sinh hoạt").forUnit(ctx.units().root().orElseThrow().id())));
        refused("plan.error.unitUnknown", () -> plans.save(2026, ActivityInput.of(LocalDate.of(2026, 5, 3),
                ActivityKind.OTHER, "A").forUnit(99_999)));
        refused("year.error.notOpened", () -> plans.save(2027, ActivityInput.of(LocalDate.of(2027, 5, 3), ActivityKind.OTHER, "A")));
        refused("plan.error.doneInFuture", () -> plans.markDone(id, LocalDate.of(2026, 11, 22), Optional.empty()));
        refused("plan.error.reasonRequired", () -> plans.postpone(id, "  ", Optional.empty()));
        refused("plan.error.outsideYear", () -> plans.postpone(id, "Mưa bão", Optional.of(LocalDate.of(2027, 1, 5))));
        refused("plan.error.notEmpty", () -> plans.createDefault(2026));
        refused("year.error.exists", () -> plans.openYear(2026, Optional.empty(), true));
        assertEquals(List.of(before), plans.activities(2026));
    }

    @Test
    void aClosedYearIsReadOnly() throws AppException {
        plans.openYear(2025, Optional.empty(), false);
        List<Activity> before = plans.activities(2025);
        long id = before.getFirst().id();
        ctx.years().close(2025);
        refused("year.error.closed", () -> plans.save(2025, ActivityInput.of(LocalDate.of(2025, 5, 3), ActivityKind.OTHER, "A")));
        refused("year.error.closed", () -> plans.markDone(id, LocalDate.of(2025, 5, 3), Optional.empty()));
        refused("year.error.closed", () -> plans.postpone(id, "Lý do", Optional.empty()));
        refused("year.error.closed", () -> plans.delete(id));
        refused("year.error.closed", () -> plans.reopen(id));
        refused("year.error.closed", () -> plans.addAll(2025, List.of(ActivityInput.of(LocalDate.of(2025, 5, 3),
                ActivityKind.OTHER, "A"))));
        assertEquals(before, plans.activities(2025));
        assertEquals(List.of(), plans.overdue(TODAY), "a closed year reminds of nothing");
        ctx.years().reopen(2025, "Bổ sung kết quả giám sát");
        assertEquals(YearState.REVIEWING, ctx.years().find(2025).orElseThrow().state());
        plans.markDone(id, LocalDate.of(2025, 1, 15), Optional.of("Đã tổ chức"));
    }

    @Test
    void overdueActivitiesAreThosePlannedPastTheirLastDay() throws AppException {
        ctx.years().open(2026, Optional.empty());
        long past = plans.save(2026, ActivityInput.of(LocalDate.of(2026, 11, 1), ActivityKind.OTHER, "Đã qua"));
        plans.save(2026, ActivityInput.of(LocalDate.of(2026, 11, 1), ActivityKind.OTHER, "Đang làm").until(TODAY));
        plans.save(2026, ActivityInput.of(LocalDate.of(2026, 12, 1), ActivityKind.OTHER, "Chưa tới"));
        long postponed = plans.save(2026, ActivityInput.of(LocalDate.of(2026, 10, 1), ActivityKind.OTHER, "Hoãn"));
        plans.postpone(postponed, "Chờ hướng dẫn", Optional.empty());
        long done = plans.save(2026, ActivityInput.of(LocalDate.of(2026, 10, 1), ActivityKind.OTHER, "Xong"));
        plans.markDone(done, LocalDate.of(2026, 10, 1), Optional.empty());
        assertEquals(List.of(past), plans.overdue(TODAY).stream().map(Activity::id).toList());
    }

    @Test
    void cellsListTheirMeetingDay() {
        assertEquals(List.of(new Cell(thon1, "Chi bộ thôn 1", 10), new Cell(thon2, "Chi bộ thôn 2", 5)), plans.cells());
    }

    private Activity only() {
        List<Activity> all = plans.activities(2026);
        assertEquals(1, all.size());
        return all.getFirst();
    }

    private List<String> trail() {
        return ctx.audit().find(AuditQuery.of("year_plan", plans.plan(2026).orElseThrow().id())).stream()
                .map(AuditEntry::action).toList();
    }

    static void refused(String key, Executable op) {
        AppException e = assertThrows(AppException.class, op);
        assertEquals(key, e.key(), e.userMessage());
        assertFalse(e.userMessage().startsWith("!"), e.userMessage());
    }
}
