package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangvu.db.jooq.Tables.BADGE_AWARD;
import static vn.dangvu.db.jooq.Tables.DISCIPLINE;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestMembers;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.settings.SetupRequest;

class BadgeServiceTest {

    @TempDir
    Path dir;

    @Test
    void dueListForRoundFromTheDatabase() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("db")))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            long unit = ctx.units().all().get(0).id();
            long an = add(ctx, "Nguyễn Văn An", LocalDate.of(1996, 1, 10), MemberStatus.OFFICIAL, unit);
            long binh = add(ctx, "Trần Văn Bình", LocalDate.of(1976, 1, 20), MemberStatus.OFFICIAL, unit);
            long cuong = add(ctx, "Lê Văn Cường", LocalDate.of(1995, 12, 1), MemberStatus.OFFICIAL, unit);
            long dung = add(ctx, "Phạm Thị Dung", LocalDate.of(1990, 5, 1), MemberStatus.DECEASED, unit);
            add(ctx, "Võ Văn Em", LocalDate.of(2010, 1, 1), MemberStatus.OFFICIAL, unit);
            ctx.db().save(trx -> {
                trx.dsl().insertInto(BADGE_AWARD).set(BADGE_AWARD.MEMBER_ID, binh).set(BADGE_AWARD.MILESTONE_YEARS, 50).execute();
                trx.dsl().insertInto(DISCIPLINE).set(DISCIPLINE.MEMBER_ID, cuong).set(DISCIPLINE.DISCIPLINE_FORM, "WARNING")
                        .set(DISCIPLINE.DECISION_DATE, LocalDate.of(2025, 12, 1)).set(DISCIPLINE.EFFECTIVE_FROM, LocalDate.of(2025, 12, 1)).execute();
                trx.dsl().insertInto(MEMBERSHIP_EVENT).set(MEMBERSHIP_EVENT.MEMBER_ID, dung).set(MEMBERSHIP_EVENT.EVENT_TYPE, "DEATH")
                        .set(MEMBERSHIP_EVENT.EVENT_DATE, LocalDate.of(2021, 1, 1)).set(MEMBERSHIP_EVENT.STATUS_AFTER, "DECEASED").execute();
                return null;
            });
            List<String> lines = ctx.badges().dueList(LocalDate.of(2026, 2, 3)).stream()
                    .map(r -> r.fullName() + " " + r.milestone() + " " + r.note() + " " + r.blockedUntil().map(LocalDate::toString).orElse("-"))
                    .toList();
            assertEquals(List.of("Nguyễn Văn An 30 ON_TIME -", "Lê Văn Cường 30 ON_TIME 2026-06-01", "Phạm Thị Dung 30 POSTHUMOUS -"),
                    lines);
            assertEquals("badge.error.notRound", Assertions.assertThrows(AppException.class,
                    () -> ctx.badges().dueList(LocalDate.of(2026, 2, 4))).key());
        }
    }

    private static long add(AppContext ctx, String name, LocalDate admitted, MemberStatus status, long unit) throws AppException {
        return TestMembers.add(ctx, TestMembers.form(name, Gender.MALE, admitted.minusYears(25), unit, admitted,
                admitted.plusDays(10), admitted.plusYears(1)), status);
    }
}
