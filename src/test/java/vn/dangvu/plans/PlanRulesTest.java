package vn.dangvu.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # the schedule as typed in the unit panel | the day
            ngày 5 hằng tháng          | 5
            Ngày 20 hằng tháng         | 20
            NGÀY 31                    | 31
            ngay 12 hang thang         | 12
            15                         | 15
            # nothing usable: the default day
            NULL                       | 5
            hằng tháng                 | 5
            ngày 32                    | 5
            tối thứ bảy tuần đầu       | 5
            """)
    void meetingDayComesFromTheSchedule(String schedule, int day) {
        assertEquals(day, PlanRules.meetingDay(Optional.ofNullable(schedule)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-02, 31, 2026-02-28
            2028-02, 30, 2028-02-29
            2026-04, 31, 2026-04-30
            2026-04, 5,  2026-04-05
            """)
    void aDayPastTheMonthsEndIsItsLastDay(String month, int day, LocalDate expected) {
        assertEquals(expected, PlanRules.dayIn(YearMonth.parse(month), day));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tổng kết năm 2025, triển khai nhiệm vụ năm 2026        | 2026 | Tổng kết năm 2026, triển khai nhiệm vụ năm 2027
            Biểu thống kê có đến 31/12/2025                        | 2026 | Biểu thống kê có đến 31/12/2026
            # numbers that are not recent years stay
            Kết luận 01-KL/TW, Quyết định 1000, năm 1990            | 2026 | Kết luận 01-KL/TW, Quyết định 1000, năm 1990
            Kế hoạch năm 2027                                      | 2026 | Kế hoạch năm 2027
            """)
    void yearsInATitleMoveWithThePlan(String title, int year, String expected) {
        assertEquals(expected, PlanRules.shiftYears(title, year, 1));
    }

    @Test
    void aCopiedActivityIsPlannedOnTheSameDayNextYear() {
        Activity done = new Activity(7, 2024, LocalDate.of(2024, 2, 29), Optional.of(LocalDate.of(2024, 3, 10)),
                ActivityKind.SUPERVISION, "Giám sát năm 2024", Optional.of("Chi bộ thôn 1 năm 2024"), Optional.of(3L),
                Optional.of("Chi bộ thôn 1"), Optional.of("Ủy ban Kiểm tra"), ActivityStatus.DONE,
                Optional.of(LocalDate.of(2024, 3, 1)), Optional.of("Tốt"), Optional.empty(), Optional.empty());
        ActivityInput copy = PlanRules.shift(done, 2025);
        assertEquals(Optional.empty(), copy.id());
        assertEquals(LocalDate.of(2025, 2, 28), copy.date());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 10)), copy.endDate());
        assertEquals("Giám sát năm 2025", copy.title());
        assertEquals(Optional.of("Chi bộ thôn 1 năm 2025"), copy.topic());
        assertEquals(Optional.of(3L), copy.unitId());
    }

    @Test
    void theDefaultPlanFollowsTheCommuneYear() {
        List<ActivityInput> plan = PlanRules.defaultPlan(2026, List.of(new PlanRules.Cell(11, "Chi bộ thôn 1", 31)),
                Optional.of("Học tập và làm theo về ý chí tự lực, tự cường"));
        assertEquals(List.of(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 5, 19), LocalDate.of(2026, 9, 2),
                LocalDate.of(2026, 11, 7)), dates(plan, ActivityKind.BADGE_ROUND));
        assertEquals(List.of(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 15),
                LocalDate.of(2026, 11, 15)), dates(plan, ActivityKind.THEMATIC_MEETING));
        assertEquals(Set.of(Optional.of("Học tập và làm theo về ý chí tự lực, tự cường")), plan.stream()
                .filter(a -> a.kind() == ActivityKind.THEMATIC_MEETING).map(ActivityInput::topic).collect(Collectors.toSet()));
        List<LocalDate> meetings = dates(plan, ActivityKind.CELL_MEETING);
        assertEquals(12, meetings.size());
        assertEquals(LocalDate.of(2026, 1, 31), meetings.get(0));
        assertEquals(LocalDate.of(2026, 2, 28), meetings.get(1));
        assertEquals(LocalDate.of(2026, 4, 30), meetings.get(3));
        assertEquals("Tổng kết công tác xây dựng Đảng năm 2025, triển khai nhiệm vụ năm 2026", plan.stream()
                .filter(a -> a.kind() == ActivityKind.YEAR_END_REVIEW).findFirst().orElseThrow().title());
        for (ActivityInput a : plan) {
            assertEquals(List.of(), PlanRules.check(2026, a, a.kind() == ActivityKind.CELL_MEETING), a.title());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # kind            | title      | date       | end        | topic | cell  | the first problem
            OTHER             | Việc A     | 2026-05-01 | NULL       | NULL  | false | NULL
            OTHER             | '  '       | 2026-05-01 | NULL       | NULL  | false | plan.error.titleRequired
            OTHER             | Việc A     | 2025-12-31 | NULL       | NULL  | false | plan.error.outsideYear
            OTHER             | Việc A     | 2026-05-01 | 2027-01-02 | NULL  | false | plan.error.outsideYear
            OTHER             | Việc A     | 2026-05-10 | 2026-05-09 | NULL  | false | plan.error.endBeforeStart
            OTHER             | Việc A     | 2026-05-10 | 2026-05-10 | NULL  | false | NULL
            THEMATIC_MEETING  | Quý II     | 2026-05-10 | NULL       | NULL  | false | plan.error.topicRequired
            SUPERVISION       | Giám sát   | 2026-05-10 | NULL       | ' '   | false | plan.error.topicRequired
            SUPERVISION       | Giám sát   | 2026-05-10 | NULL       | KL 01 | false | NULL
            CELL_MEETING      | Tháng 5    | 2026-05-10 | NULL       | NULL  | false | plan.error.cellRequired
            CELL_MEETING      | Tháng 5    | 2026-05-10 | NULL       | NULL  | true  | NULL
            """)
    void anActivityIsChecked(ActivityKind kind, String title, LocalDate date, LocalDate end, String topic, boolean cell,
                             String problem) {
        ActivityInput a = new ActivityInput(Optional.empty(), date, Optional.ofNullable(end), kind, title,
                Optional.ofNullable(topic), cell || kind == ActivityKind.CELL_MEETING ? Optional.of(5L) : Optional.empty(),
                Optional.empty(), Optional.empty());
        List<PlanRules.Problem> problems = PlanRules.check(2026, a, cell);
        assertEquals(Optional.ofNullable(problem), problems.stream().findFirst().map(PlanRules.Problem::key));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", textBlock = """
            2026-11-20, NULL,       NULL
            2026-11-21, NULL,       NULL
            2026-11-22, NULL,       plan.error.doneInFuture
            2025-12-30, NULL,       plan.error.outsideYear
            NULL,       NULL,       plan.error.doneDateRequired
            """)
    void doneIsNotInTheFuture(LocalDate day, String result, String problem) {
        assertEquals(Optional.ofNullable(problem), PlanRules.checkDone(2026, day, Optional.ofNullable(result),
                LocalDate.of(2026, 11, 21)).stream().findFirst().map(PlanRules.Problem::key));
    }

    @Test
    void quartersWithoutAThematicMeetingAreFound() {
        List<Activity> plan = List.of(thematic(2, ActivityStatus.PLANNED), thematic(5, ActivityStatus.DONE),
                thematic(8, ActivityStatus.POSTPONED));
        assertEquals(Set.of(3, 4), PlanRules.quartersWithoutThematic(plan));
    }

    private static Activity thematic(int month, ActivityStatus status) {
        return new Activity(month, 2026, LocalDate.of(2026, month, 1), Optional.empty(), ActivityKind.THEMATIC_MEETING, "x",
                Optional.of("y"), Optional.empty(), Optional.empty(), Optional.empty(), status, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static List<LocalDate> dates(List<ActivityInput> plan, ActivityKind kind) {
        return plan.stream().filter(a -> a.kind() == kind).map(ActivityInput::date).sorted().toList();
    }
}
