package vn.dangvu.overview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.TestCommune;
import vn.dangvu.meetings.Attendance;
import vn.dangvu.meetings.AttendanceEntry;
import vn.dangvu.meetings.MeetingInput;
import vn.dangvu.overview.OverviewService;
import vn.dangvu.plans.Activity;
import vn.dangvu.plans.ActivityKind;
import vn.dangvu.ui.SyncBackgroundTasks;

/// The overview's reminders from the plan and the cell meetings, as the composition root wires them: the plan's
/// overdue activities (the cells' monthly meetings summed up per month) and the members absent 3 times in a row
/// without a reason; a closed year reminds of nothing.
class OverviewPlanRemindersTest {

    @TempDir
    Path dir;

    @Test
    void overdueActivitiesAndAbsencesShowOnTheOverviewOldestFirst() throws Exception {
        try (AppContext ctx = TestCommune.create(dir, TestClocks.at(2026, 4, 20))) {
            long thon1 = TestCommune.cell(ctx, "Chi bộ thôn 1", Optional.of("ngày 10 hằng tháng"));
            long thon2 = TestCommune.cell(ctx, "Chi bộ thôn 2", Optional.of("ngày 5 hằng tháng"));
            LocalDate longAgo = LocalDate.of(2010, 5, 19);
            long an = TestCommune.member(ctx, thon1, "Lê Văn An", longAgo);
            long binh = TestCommune.member(ctx, thon1, "Trần Thị Bình", longAgo);
            TestCommune.member(ctx, thon2, "Phạm Văn Cường", longAgo);
            ctx.plans().openYear(2026, Optional.of("Chuyên đề năm 2026"), false);
            for (int month = 1; month <= 3; month++) {
                ctx.meetings().save(MeetingInput.regular(thon1, LocalDate.of(2026, month, 10), List.of(
                        AttendanceEntry.present(an).with(Attendance.ABSENT_UNEXCUSED), AttendanceEntry.present(binh))));
            }
            for (Activity a : ctx.plans().overdue(LocalDate.of(2026, 4, 20))) {
                if (a.kind() != ActivityKind.CELL_MEETING && a.kind() != ActivityKind.REPORT) {
                    ctx.plans().markDone(a.id(), a.lastDay(), Optional.empty());
                }
            }
            OverviewViewModel vm = new OverviewViewModel(new OverviewService(ctx.settings(), ctx.units(), ctx.members()),
                    ctx.reminders(), new SyncBackgroundTasks());

            vm.load();

            assertEquals(List.of("absent", "overdue"), vm.reminders().stream().map(OverviewViewModel.ReminderGroup::id).toList());
            OverviewViewModel.ReminderGroup absent = vm.reminders().get(0);
            assertEquals("Vắng sinh hoạt 3 lần liên tiếp không có lý do (căn cứ xem xét xóa tên): 1 đảng viên", absent.title());
            assertEquals(List.of("Lê Văn An (Chi bộ thôn 1): vắng không lý do 3 lần liên tiếp, lần gần nhất ngày 10/03/2026"),
                    absent.lines());
            OverviewViewModel.ReminderGroup overdue = vm.reminders().get(1);
            assertEquals("Việc trong kế hoạch đã quá hạn mà chưa ghi kết quả: 6", overdue.title());
            assertEquals(List.of(
                    "Sinh hoạt chi bộ tháng 1/2026: 1 chi bộ chưa ghi biên bản (Chi bộ thôn 2)",
                    "10/01/2026 – Gửi biểu thống kê đảng viên có đến 31/12/2025 lên Ban Tổ chức Tỉnh ủy",
                    "Sinh hoạt chi bộ tháng 2/2026: 1 chi bộ chưa ghi biên bản (Chi bộ thôn 2)",
                    "Sinh hoạt chi bộ tháng 3/2026: 1 chi bộ chưa ghi biên bản (Chi bộ thôn 2)",
                    "Sinh hoạt chi bộ tháng 4/2026: 2 chi bộ chưa ghi biên bản (Chi bộ thôn 2, Chi bộ thôn 1)"), overdue.lines());

            ctx.years().startReview(2026);
            ctx.years().close(2026);
            vm.load();
            assertTrue(vm.reminders().stream().noneMatch(g -> g.id().equals("absent") || g.id().equals("overdue")),
                    "a closed year reminds of nothing");
        }
    }
}
