package vn.dangvu.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import vn.dangvu.common.AppException;
import vn.dangvu.meetings.Attendance;
import vn.dangvu.meetings.AttendanceEntry;
import vn.dangvu.meetings.MeetingInput;
import vn.dangvu.meetings.MeetingService;
import vn.dangvu.meetings.RollMember;
import vn.dangvu.plans.Activity;
import vn.dangvu.plans.ActivityKind;
import vn.dangvu.plans.ActivityStatus;
import vn.dangvu.plans.PlanRules;
import vn.dangvu.plans.PlanService;

/// The open year's plan and cell meetings (issue 10), written through the plans and meetings services so the demo
/// shows the Kế hoạch section as a commune keeps it: the default plan, the activities up to the demo's day done (one
/// supervision postponed), each cell's monthly meetings recorded with a few absences and unpaid dues, some months
/// not yet recorded (overdue on the overview; not in the cell with the absentee), and one member absent three times in a
/// row without a reason.
final class DemoPlans {

    /// Share of a cell's months whose meeting the clerk has not recorded yet.
    private static final double NOT_RECORDED = 0.04;
    private static final double EXCUSED = 0.05;
    private static final double UNEXCUSED = 0.015;
    private static final double DUES_UNPAID = 0.02;
    /// Cells whose meetings are recorded: a commune has a few dozen; the large demos are for the member screens.
    private static final int MAX_CELLS = 40;
    private static final List<String> REASONS = List.of("Ốm, có giấy xin phép", "Đi làm ăn xa", "Việc gia đình",
            "Đi công tác", "Chăm người nhà nằm viện");

    private DemoPlans() {
    }

    /// Writes the plan and meetings of `year` up to `asOf`; returns the meetings recorded.
    static int write(PlanService plans, MeetingService meetings, int year, LocalDate asOf, SplittableRandom r)
            throws AppException {
        plans.createDefault(year);
        int recorded = 0;
        boolean absentee = false;
        List<PlanRules.Cell> cells = plans.cells();
        for (PlanRules.Cell cell : cells.subList(0, Math.min(MAX_CELLS, cells.size()))) {
            List<MeetingInput> all = new ArrayList<>();
            int skipped = 0;
            long skipper = -1;
            for (int month = 1; month <= asOf.getMonthValue(); month++) {
                YearMonth ym = YearMonth.of(year, month);
                LocalDate day = cell.dayIn(ym);
                List<RollMember> roll = meetings.roll(cell.id(), day);
                if (day.isAfter(asOf) || roll.isEmpty() || absentee && r.nextDouble() < NOT_RECORDED) {
                    continue;
                }
                List<AttendanceEntry> lines = new ArrayList<>();
                if (!absentee && month == asOf.getMonthValue() - 2) {
                    skipper = roll.getLast().memberId(); // skips the last three meetings: "3 absences in a row"
                }
                for (int i = 0; i < roll.size(); i++) {
                    AttendanceEntry e = AttendanceEntry.present(roll.get(i).memberId());
                    boolean skips = e.memberId() == skipper;
                    double p = r.nextDouble();
                    skipped += skips ? 1 : 0;
                    if (skips || p < UNEXCUSED) {
                        e = e.with(Attendance.ABSENT_UNEXCUSED);
                    } else if (p < UNEXCUSED + EXCUSED) {
                        e = e.with(Attendance.ABSENT_EXCUSED).withReason(REASONS.get(r.nextInt(REASONS.size())));
                    }
                    lines.add(e.withDuesUnpaid(r.nextDouble() < DUES_UNPAID));
                }
                all.add(MeetingInput.regular(cell.id(), day, lines));
            }
            recorded += meetings.saveAll(all);
            absentee = absentee || skipped >= 3;
        }
        for (Activity a : plans.activities(year)) {
            if (a.kind() == ActivityKind.CELL_MEETING || a.status() != ActivityStatus.PLANNED || !a.date().isBefore(asOf)) {
                continue;
            }
            if (a.kind() == ActivityKind.SUPERVISION && a.date().getMonthValue() > 6) {
                plans.postpone(a.id(), "Trùng đợt cao điểm phòng, chống bão lũ", Optional.empty());
            } else if (a.lastDay().isBefore(asOf) && (a.kind() != ActivityKind.REPORT || r.nextDouble() < 0.8)) {
                plans.markDone(a.id(), a.lastDay(), Optional.of(a.kind() == ActivityKind.SUPERVISION
                        ? "Chi bộ thực hiện tốt; đề nghị rút kinh nghiệm việc ghi biên bản" : "Đã thực hiện theo kế hoạch"));
            }
        }
        return recorded;
    }
}
