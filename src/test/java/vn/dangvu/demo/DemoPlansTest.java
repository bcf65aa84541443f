package vn.dangvu.demo;

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
import vn.dangvu.db.Database;
import vn.dangvu.meetings.MeetingReminders;
import vn.dangvu.meetings.MemberAttendance;
import vn.dangvu.plans.Activity;
import vn.dangvu.plans.ActivityKind;
import vn.dangvu.plans.ActivityStatus;

/// The demo's plan and cell meetings of its open year (2026, up to 31/10/2026), written through the services:
/// the same seed gives the same meetings.
class DemoPlansTest {

    @TempDir
    Path dir;

    @Test
    void theOpenYearHasItsPlanAndMeetingsTheSameForASeed() throws Exception {
        List<MemberAttendance> first;
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("a")), TestClocks.at(2026, 11, 21))) {
            DemoSummary s = ctx.demo().populate(new DemoOptions(120, 4), p -> { });
            List<Activity> plan = ctx.plans().activities(2026);
            assertEquals(12 * s.cells(), plan.stream().filter(a -> a.kind() == ActivityKind.CELL_MEETING).count());
            int recorded = ctx.meetings().list(2026, Optional.empty()).size();
            assertEquals(recorded, plan.stream().filter(a -> a.kind() == ActivityKind.CELL_MEETING
                    && a.status() == ActivityStatus.DONE).count(), "each meeting recorded marks its month's plan line done");
            assertEquals(1, plan.stream().filter(a -> a.status() == ActivityStatus.POSTPONED).count());
            assertTrue(plan.stream().filter(a -> a.lastDay().isAfter(DemoCommune.AS_OF))
                    .allMatch(a -> a.status() == ActivityStatus.PLANNED || a.status() == ActivityStatus.POSTPONED));
            assertTrue(recorded > 8 * s.cells() && recorded <= 10 * s.cells(), recorded + " meetings");
            MeetingReminders r = ctx.meetings().reminders(LocalDate.of(2026, 11, 21));
            assertTrue(r.absences().stream().anyMatch(a -> a.meetings() >= 3), r.toString());
            first = ctx.meetings().attendance(2026);
            assertTrue(first.stream().anyMatch(m -> m.absentExcused() > 0));
        }
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("b")), TestClocks.at(2026, 11, 21))) {
            ctx.demo().populate(new DemoOptions(120, 4), p -> { });
            assertEquals(first, ctx.meetings().attendance(2026));
        }
    }
}
