package vn.dangvu.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.MemberLifecycleService;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.TransferDetails;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;

/// The "away past their return date" reminder from temporary transfers recorded through the member service
/// (not from rows written by hand): the expected return date the user typed is what the overview reads.
class TemporaryTransferReminderTest {

    @TempDir
    Path dir;

    @Test
    void aTemporaryTransferOutRecordedWithAPastReturnDateShowsInTheReminders() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("app")))) {
            long cell = ReminderServiceTest.cell(ctx);
            long late = member(ctx, cell, "Hải");
            long notYet = member(ctx, cell, "Long");
            long back = member(ctx, cell, "Khánh");
            MemberLifecycleService life = ctx.members().lifecycle();
            LocalDate today = ReminderServiceTest.TODAY;
            life.record(away(late, LocalDate.of(2025, 9, 1), today.minusDays(1)));
            life.record(away(notYet, LocalDate.of(2026, 1, 5), today));
            life.record(away(back, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 1)));
            life.record(new NewEvent(back, EventType.TEMPORARY_RETURN, LocalDate.of(2026, 3, 2), null, null));

            Reminders r = ReminderServiceTest.service(ctx).load();

            assertEquals(List.of(new Reminders.Away(late, "Trần Văn Hải", "Chi bộ thôn 1", today.minusDays(1))),
                    r.awayPastReturn());
        }
    }

    private static NewEvent away(long member, LocalDate date, LocalDate expectedReturn) {
        return new NewEvent(member, EventType.TEMPORARY_TRANSFER_OUT, date, "3-GGT/ĐU", null,
                TransferDetails.out("Đảng bộ Trường Chính trị tỉnh Khánh Hòa", expectedReturn));
    }

    private static long member(AppContext ctx, long cell, String given) throws Exception {
        return ctx.members().save(new MemberDetails(null, "Trần", "Văn", given, Gender.MALE, LocalDate.of(1980, 1, 1),
                null, null, null, null, null, null, "ETH_01", null, cell, LocalDate.of(2005, 1, 1), null, null,
                LocalDate.of(2006, 1, 20), null, null, null, null, null, null, null, null, null, false), Optional.empty());
    }
}
