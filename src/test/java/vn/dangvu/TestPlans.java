package vn.dangvu;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.dangvu.common.AppException;
import vn.dangvu.meetings.Attendance;
import vn.dangvu.meetings.AttendanceEntry;
import vn.dangvu.meetings.MeetingInput;
import vn.dangvu.meetings.MeetingSheet;
import vn.dangvu.plans.Activity;
import vn.dangvu.plans.ActivityKind;

/// A commune with plans and meetings for the screen and ViewModel tests: three cells of eight members, 2025
/// planned, met and closed, 2026 copied from it with the first months' meetings recorded and some activities done.
/// "Today" is 21/11/2026.
public final class TestPlans {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    public static final List<String> CELLS = List.of("Chi bộ thôn Phú Hòa", "Chi bộ thôn Suối Giếng", "Chi bộ Trường THCS Phú Sơn");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Hữu Đức", "Thị Hạnh", "Minh Khoa",
        "Thị Lan"};

    private TestPlans() {
    }

    /// The cells' ids, in [#CELLS] order.
    public record Commune(List<Long> cells, List<Long> members) {
    }

    public static Commune fill(AppContext ctx) throws AppException {
        List<Long> cells = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        for (int c = 0; c < CELLS.size(); c++) {
            long cell = TestCommune.cell(ctx, CELLS.get(c), Optional.of("ngày " + (5 + 5 * c) + " hằng tháng"));
            cells.add(cell);
            for (int i = 0; i < FAMILY.length; i++) {
                members.add(TestCommune.member(ctx, cell, FAMILY[(i + c) % FAMILY.length] + " " + GIVEN[i],
                        LocalDate.of(1995 + i + c, 3, 2)));
            }
        }
        ctx.plans().openYear(2025, Optional.of("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về "
                + "xây dựng văn hóa, con người Việt Nam"), false);
        meetings(ctx, cells, 2025, 12);
        ctx.years().close(2025);
        ctx.plans().openYear(2026, Optional.of("Học tập và làm theo Bác về ý chí tự lực, tự cường và khát vọng phát triển "
                + "đất nước"), true);
        meetings(ctx, cells, 2026, 10);
        for (Activity a : ctx.plans().activities(2026)) {
            if (a.kind() != ActivityKind.CELL_MEETING && a.lastDay().isBefore(LocalDate.of(2026, 9, 1))
                    && a.kind() != ActivityKind.INSPECTION) {
                ctx.plans().markDone(a.id(), a.lastDay(), Optional.of("Đã thực hiện theo kế hoạch"));
            }
        }
        return new Commune(cells, members);
    }

    /// Regular meetings of each cell for months 1..`months`: one member of each cell misses now and then, the
    /// second cell's last member misses the last three months without a reason.
    private static void meetings(AppContext ctx, List<Long> cells, int year, int months) throws AppException {
        for (int c = 0; c < cells.size(); c++) {
            for (int m = 1; m <= months; m++) {
                MeetingSheet sheet = ctx.meetings().sheet(cells.get(c), YearMonth.of(year, m));
                List<AttendanceEntry> lines = new ArrayList<>();
                for (int i = 0; i < sheet.lines().size(); i++) {
                    AttendanceEntry e = sheet.lines().get(i);
                    if (i == (m + c) % 8 && m % 3 == 0) {
                        e = e.with(Attendance.ABSENT_EXCUSED).withReason("Đi làm ăn xa");
                    } else if (c == 1 && i == sheet.lines().size() - 1 && m > months - 3) {
                        e = e.with(Attendance.ABSENT_UNEXCUSED).withDuesUnpaid(true);
                    }
                    lines.add(e);
                }
                ctx.meetings().save(MeetingInput.regular(cells.get(c), sheet.heldOn(), lines));
            }
        }
    }
}
