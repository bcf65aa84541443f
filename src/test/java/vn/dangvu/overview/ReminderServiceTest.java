package vn.dangvu.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestMembers;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.NewUnit;

class ReminderServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

    @TempDir
    Path dir;

    @Test
    void findsProbationAndAwayRemindersInNameOrder() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("app")))) {
            long cell = cell(ctx);
            // probation ends 2026-05-20 (35 days ahead), 2026-04-01 (vote due), 2025-10-01 (overdue), 2026-09-01 (too far)
            member(ctx, cell, "Trần Văn Bình", MemberStatus.PROBATIONARY, LocalDate.of(2025, 5, 20));
            member(ctx, cell, "Nguyễn Thị Hương", MemberStatus.PROBATIONARY, LocalDate.of(2025, 4, 1));
            member(ctx, cell, "Lê Văn An", MemberStatus.PROBATIONARY, LocalDate.of(2024, 10, 1));
            member(ctx, cell, "Phạm Văn Cường", MemberStatus.PROBATIONARY, LocalDate.of(2025, 9, 1));
            member(ctx, cell, "Đặng Văn Đức", MemberStatus.OFFICIAL, LocalDate.of(2024, 10, 1));
            member(ctx, cell, "Hoàng Thị Mai", MemberStatus.PROBATIONARY, null);
            long late = member(ctx, cell, "Vũ Văn Hải", MemberStatus.TEMPORARILY_AWAY, null);
            awayEvent(ctx, late, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31));
            long earlierTripLate = member(ctx, cell, "Bùi Văn Khánh", MemberStatus.TEMPORARILY_AWAY, null);
            awayEvent(ctx, earlierTripLate, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 1));
            awayEvent(ctx, earlierTripLate, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            long back = member(ctx, cell, "Ngô Văn Long", MemberStatus.OFFICIAL, null);
            awayEvent(ctx, back, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1));

            Reminders r = service(ctx).load();

            assertEquals(List.of("Lê Văn An", "Trần Văn Bình", "Nguyễn Thị Hương"),
                    r.probation().stream().map(Reminders.Probation::fullName).toList());
            assertEquals(List.of(ReminderRules.ProbationStage.VOTE_OVERDUE, ReminderRules.ProbationStage.ENDING_SOON,
                    ReminderRules.ProbationStage.AWAITING_VOTE),
                    r.probation().stream().map(Reminders.Probation::stage).toList());
            Reminders.Probation huong = r.probation(ReminderRules.ProbationStage.AWAITING_VOTE).get(0);
            assertEquals(LocalDate.of(2026, 4, 1), huong.probationEnd());
            // 30 working days after 01/04/2026, the default holidays 27/04, 30/04 and 01/05 skipped
            assertEquals(LocalDate.of(2026, 5, 18), huong.voteDeadline());
            assertEquals("Chi bộ thôn 1", huong.unitName());
            assertEquals(List.of("Vũ Văn Hải"), r.awayPastReturn().stream().map(Reminders.Away::fullName).toList());
            assertEquals(LocalDate.of(2025, 12, 31), r.awayPastReturn().get(0).expectedReturn());
        }
    }

    @Test
    void reconciliationIsDueUntilMarkedAndAgainAfterThreeMonths() throws Exception {
        Path base = dir.resolve("rec");
        try (AppContext ctx = new AppContext(Database.create(base))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            Reminders before = service(ctx).load();
            assertTrue(before.reconciliationDue());
            assertEquals(Optional.empty(), before.lastReconciliation());
            assertTrue(before.any());

            assertEquals(TODAY, service(ctx).markReconciled());
        }
        try (AppContext ctx = new AppContext(Database.open(base))) {
            Reminders after = service(ctx).load();
            assertFalse(after.reconciliationDue());
            assertEquals(Optional.of(TODAY), after.lastReconciliation());
            assertFalse(after.any());
            ReminderService later = new ReminderService(ctx.db(), new ReminderRepository(), ctx.audit(), clock(TODAY.plusMonths(3).plusDays(1)));
            assertTrue(later.load().reconciliationDue());
            later.markReconciled();
            assertEquals(Optional.of(TODAY.plusMonths(3).plusDays(1)), later.load().lastReconciliation());
        }
    }

    static ReminderService service(AppContext ctx) {
        return new ReminderService(ctx.db(), new ReminderRepository(), ctx.audit(), clock(TODAY));
    }

    static Clock clock(LocalDate day) {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        return Clock.fixed(day.atStartOfDay(zone).plusHours(9).toInstant(), zone);
    }

    static long cell(AppContext ctx) throws Exception {
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
        long root = ctx.units().all().get(0).id();
        return ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL,
                Optional.of(CellType.HAMLET), "Chi bộ thôn 1", Optional.empty(), Optional.empty()));
    }

    static long member(AppContext ctx, long unit, String name, MemberStatus status, LocalDate ceremony) throws AppException {
        LocalDate admission = ceremony == null ? LocalDate.of(2015, 3, 2) : ceremony.minusDays(20);
        return TestMembers.add(ctx, TestMembers.form(name, Gender.MALE, LocalDate.of(1990, 5, 1), unit, admission, ceremony,
                status == MemberStatus.PROBATIONARY ? null : (ceremony == null ? admission : ceremony).plusYears(1)), status);
    }

    static void awayEvent(AppContext ctx, long member, LocalDate date, LocalDate expectedReturn) {
        ctx.db().dsl().insertInto(MEMBERSHIP_EVENT)
                .set(MEMBERSHIP_EVENT.MEMBER_ID, member)
                .set(MEMBERSHIP_EVENT.EVENT_TYPE, EventType.TEMPORARY_TRANSFER_OUT.name())
                .set(MEMBERSHIP_EVENT.EVENT_DATE, date)
                .set(MEMBERSHIP_EVENT.EXPECTED_RETURN_DATE, expectedReturn)
                .set(MEMBERSHIP_EVENT.STATUS_BEFORE, MemberStatus.OFFICIAL.name())
                .set(MEMBERSHIP_EVENT.STATUS_AFTER, MemberStatus.TEMPORARILY_AWAY.name())
                .execute();
    }
}
