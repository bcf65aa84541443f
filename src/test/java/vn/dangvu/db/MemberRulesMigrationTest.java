package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.members.BadgeRules;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.party.MemberStatus;

/// V6 (issue 8 member rules) on a file written at V5: members, their events and their open gap come through; the
/// events are in force (not cancelled), the badge holds and the holiday defaults are there, and an event recorded at
/// V5 can be cancelled (the readmission's gap found without the links V6 adds).
class MemberRulesMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aFileAtV5IsUpgradedWithItsEventsInForceAndTheRuleData() throws Exception {
        Path base = dir.resolve("v5");
        Flyway.configure().dataSource(Database.url(base, false), Database.USER, Database.PASSWORD)
                .locations(Migrations.LOCATION).target("5").load().migrate();
        DbFiles.sql(base, "INSERT INTO party_member (id, family_name, middle_name, given_name, full_name, full_name_fold, "
                + "given_name_fold, sort_key, gender, status, admission_decision_date, full_membership_date) VALUES (100, 'Lê', 'Văn', "
                + "'An', 'Lê Văn An', 'le van an', 'an', 'an van le', 'MALE', 'REMOVED', DATE '2000-03-01', DATE '2001-03-15')");
        DbFiles.sql(base, "INSERT INTO membership_event (id, member_id, event_type, event_date, status_before, status_after) "
                + "VALUES (1, 100, 'ADMISSION', DATE '2000-03-01', NULL, 'PROBATIONARY')");
        DbFiles.sql(base, "INSERT INTO membership_event (id, member_id, event_type, event_date, status_before, status_after) "
                + "VALUES (2, 100, 'REMOVAL', DATE '2024-05-04', 'OFFICIAL', 'REMOVED')");
        DbFiles.sql(base, "INSERT INTO membership_interruption (member_id, from_date, reason) VALUES (100, DATE '2024-05-04', 'REMOVAL')");
        try (AppContext ctx = new AppContext(Database.open(base))) {
            List<MemberEvent> events = ctx.members().events(100);
            assertEquals(List.of(false, false), events.stream().map(MemberEvent::cancelled).toList());
            assertEquals(6, ctx.badges().holds(2026).get(BadgeRules.DisciplineForm.WARNING));
            assertEquals(true, ctx.members().lifecycle().holidays().dates().contains(LocalDate.of(2026, 2, 17)));
            // an event written before V6 is cancelled like any other: the gap it opened goes with it
            assertEquals(MemberStatus.OFFICIAL, ctx.members().lifecycle().cancel(100, 2, "Ghi nhầm"));
            assertEquals(List.of(), ctx.members().interruptions(100));
            assertEquals(1, ctx.db().dsl().fetchCount(MEMBERSHIP_EVENT, MEMBERSHIP_EVENT.CANCELLED_AT.isNotNull()));
        }
    }
}
