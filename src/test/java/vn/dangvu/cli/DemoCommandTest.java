package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestMembers;
import vn.dangvu.db.Database;
import vn.dangvu.party.MemberStatus;

class DemoCommandTest {

    @TempDir
    static Path dir;

    static Path first;
    static Path second;

    @BeforeAll
    static void generateTwice() {
        first = dir.resolve("one");
        second = dir.resolve("two");
        CliRun a = CliRun.of("--db", first.toString(), "demo", "--members", "300", "--seed", "7");
        assertEquals(0, a.code(), a.toString());
        assertTrue(a.out().contains("đảng viên: 300"), a.toString());
        CliRun b = CliRun.of("--db", second + ".mv.db", "demo", "--members", "300", "--seed", "7");
        assertEquals(0, b.code(), b.toString());
    }

    private static List<String> members(DSLContext d) {
        return d.fetch("SELECT m.full_name, m.gender, m.birth_date, m.status, u.name, m.admission_decision_date,"
                        + " m.admission_ceremony_date, m.full_membership_date, m.card_number, m.ethnicity_code"
                        + " FROM party_member m JOIN party_unit u ON u.id = m.unit_id ORDER BY m.id")
                .map(r -> r.intoList().toString());
    }

    private static Map<String, Integer> tableCounts(DSLContext d) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : d.fetchValues("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'").stream().map(String::valueOf).toList()) {
            counts.put(table, d.fetchOne("SELECT COUNT(*) FROM \"" + table + "\"").get(0, Integer.class));
        }
        return counts;
    }

    @Test
    void sameSeedGivesTheSameCommune() throws Exception {
        List<String> a;
        Map<String, Integer> ca;
        try (Database db = Database.open(first)) {
            a = members(db.dsl());
            ca = tableCounts(db.dsl());
        }
        try (Database db = Database.open(second)) {
            assertEquals(a, members(db.dsl()));
            assertEquals(ca, tableCounts(db.dsl()));
        }
        assertEquals(300, a.size());
        for (String table : List.of("PARTY_MEMBER", "MEMBERSHIP_EVENT", "LEADERSHIP_ASSIGNMENT",
                "WORKING_YEAR", "EVALUATION", "LEARNING_REGISTRATION", "REGISTRATION_ITEM", "COMMENDATION_DECISION",
                "COMMENDATION_ENTRY", "DOCUMENT_NUMBER", "BADGE_AWARD", "ANNUAL_THEME")) {
            assertTrue(ca.get(table) > 0, table + " " + ca);
        }
        try (Database a1 = Database.open(first); Database b1 = Database.open(second)) {
            assertEquals(rows(a1.dsl(), "SELECT * FROM evaluation ORDER BY id"), rows(b1.dsl(), "SELECT * FROM evaluation ORDER BY id"));
            assertEquals(rows(a1.dsl(), "SELECT * FROM badge_award ORDER BY id"), rows(b1.dsl(), "SELECT * FROM badge_award ORDER BY id"));
            assertEquals(rows(a1.dsl(), "SELECT * FROM leadership_assignment ORDER BY id"),
                    rows(b1.dsl(), "SELECT * FROM leadership_assignment ORDER BY id"));
            assertEquals(rows(a1.dsl(), "SELECT * FROM commendation_entry ORDER BY id"),
                    rows(b1.dsl(), "SELECT * FROM commendation_entry ORDER BY id"));
        }
    }

    @Test
    void pastYearsHaveCommendationDecisionsToList() {
        for (String year : List.of("2024", "2025")) {
            CliRun list = CliRun.of("--db", first.toString(), "commendations", "list", "--year", year, "--format", "tsv");
            assertEquals(0, list.code(), list::toString);
            List<String> lines = list.out().replace("\r", "").lines().toList();
            assertTrue(lines.size() > 1, list::toString);
            assertTrue(lines.stream().allMatch(l -> l.matches("\\d+-QĐ/ĐU\t" + (Integer.parseInt(year) + 1)
                    + "-01-\\d\\d\tGIAY_KHEN\t[^\t]+\t(member|organisation)")), list::toString);
        }
    }

    private static List<String> rows(DSLContext d, String sql) {
        return d.fetch(sql).map(r -> {
            List<Object> v = new ArrayList<>(r.intoList());
            for (int i = 0; i < r.size(); i++) {
                if (r.field(i).getName().equalsIgnoreCase("CREATED_AT")) {
                    v.set(i, null);
                }
            }
            return v.toString();
        });
    }

    @Test
    void cellsAndLeadershipAreRealistic() throws Exception {
        try (Database db = Database.open(first)) {
            DSLContext d = db.dsl();
            int cells = d.fetchOne("SELECT COUNT(*) FROM party_unit WHERE kind IN ('SUBORDINATE_CELL', 'GRASSROOTS_CELL')")
                    .get(0, Integer.class);
            assertTrue(cells >= 12 && cells <= 40, "cells " + cells);
            assertEquals(1, d.fetchOne("SELECT COUNT(*) FROM party_unit WHERE kind = 'GRASSROOTS_COMMITTEE'").get(0, Integer.class));
            assertTrue(d.fetchOne("SELECT COUNT(*) FROM party_unit WHERE name = 'Chi bộ Hưu trí'").get(0, Integer.class) == 1);
            // no cell has two current secretaries; every leader was a full member before taking office
            assertEquals(0, d.fetchOne("SELECT COUNT(*) FROM (SELECT unit_id FROM leadership_assignment"
                    + " WHERE leader_role = 'SECRETARY' AND to_date IS NULL GROUP BY unit_id HAVING COUNT(*) > 1)").get(0, Integer.class));
            assertEquals(0, d.fetchOne("SELECT COUNT(*) FROM leadership_assignment l JOIN party_member m ON m.id = l.member_id"
                    + " WHERE m.full_membership_date IS NULL OR m.full_membership_date >= l.from_date").get(0, Integer.class));
            String secretary = d.fetchOne("SELECT secretary_name FROM organization_settings").get(0, String.class);
            assertEquals(1, d.fetchOne("SELECT COUNT(*) FROM leadership_assignment l JOIN party_member m ON m.id = l.member_id"
                    + " JOIN party_unit u ON u.id = l.unit_id WHERE u.parent_id IS NULL AND l.leader_role = 'SECRETARY'"
                    + " AND m.full_name = ?", secretary).get(0, Integer.class));
        }
    }

    @Test
    void everyMemberHasConsistentDates() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 10, 31);
        try (Database db = Database.open(first)) {
            DSLContext d = db.dsl();
            Map<String, Integer> statuses = new TreeMap<>();
            for (Record r : d.fetch("SELECT id, birth_date, admission_decision_date, admission_ceremony_date,"
                    + " full_membership_date, status, card_number FROM party_member")) {
                LocalDate birth = r.get(1, LocalDate.class);
                LocalDate decision = r.get(2, LocalDate.class);
                LocalDate ceremony = r.get(3, LocalDate.class);
                LocalDate full = r.get(4, LocalDate.class);
                MemberStatus status = MemberStatus.valueOf(r.get(5, String.class));
                String id = "member " + r.get(0);
                statuses.merge(status.name(), 1, Integer::sum);
                assertTrue(birth.isBefore(decision), id);
                assertFalse(decision.isBefore(birth.plusYears(18)), id + " admitted before 18");
                assertFalse(decision.isAfter(birth.plusYears(60)), id + " admitted after 60");
                assertFalse(ceremony.isBefore(decision), id);
                assertFalse(ceremony.isAfter(decision.plusDays(30)), id + " ceremony later than 30 days");
                if (status == MemberStatus.PROBATIONARY) {
                    assertEquals(null, full, id);
                    assertTrue(ceremony.isAfter(asOf.minusMonths(12)), id + " probation older than 12 months");
                    assertEquals(null, r.get(6), id);
                } else {
                    assertEquals(ceremony.plusYears(1), full, id);
                    assertFalse(full.isAfter(asOf), id);
                    assertTrue(r.get(6, String.class) != null, id + " card");
                }
            }
            assertTrue(statuses.get("OFFICIAL") > 200, statuses.toString());
            assertTrue(statuses.getOrDefault("PROBATIONARY", 0) > 3, statuses.toString());
            assertTrue(statuses.getOrDefault("EXEMPT_WORK_MEETINGS", 0) > 3, statuses.toString());
            // events follow the statuses: one admission each, full membership exactly for full members
            assertEquals(300, d.fetchOne("SELECT COUNT(DISTINCT member_id) FROM membership_event WHERE event_type = 'ADMISSION'"
                    + " AND event_date = (SELECT admission_ceremony_date FROM party_member m WHERE m.id = member_id)").get(0, Integer.class));
            assertEquals(d.fetchOne("SELECT COUNT(*) FROM party_member WHERE full_membership_date IS NOT NULL").get(0, Integer.class),
                    d.fetchOne("SELECT COUNT(*) FROM membership_event e JOIN party_member m ON m.id = e.member_id"
                            + " WHERE e.event_type = 'FULL_MEMBERSHIP' AND e.event_date = m.full_membership_date").get(0, Integer.class));
            for (String[] pair : new String[][] {{"DECEASED", "DEATH"}, {"TRANSFERRED_OUT", "TRANSFER_OUT"},
                {"EXEMPT_WORK_MEETINGS", "EXEMPTION_START"}, {"REMOVED", "REMOVAL"}, {"TEMPORARILY_AWAY", "TEMPORARY_TRANSFER_OUT"}}) {
                assertEquals(statuses.getOrDefault(pair[0], 0), d.fetchOne("SELECT COUNT(*) FROM membership_event e"
                        + " JOIN party_member m ON m.id = e.member_id WHERE e.event_type = ? AND m.status = ?"
                        + " AND e.event_date > m.full_membership_date AND e.event_date <= ?", pair[1], pair[0], asOf)
                        .get(0, Integer.class), pair[0]);
            }
        }
    }

    @Test
    void historyIsConsistent() throws Exception {
        try (Database db = Database.open(first)) {
            DSLContext d = db.dsl();
            assertEquals(List.of("2023 Q124_HD25", "2024 Q124_HD25", "2025 Q366_HD43", "2026 Q366_HD43"),
                    d.fetch("SELECT work_year, rule_set_code FROM working_year ORDER BY work_year").map(r -> r.get(0) + " " + r.get(1)));
            // Q366: levels follow the 100-point score (>= 90 / 70 / 50)
            assertEquals(0, d.fetchOne("SELECT COUNT(*) FROM evaluation WHERE work_year = 2025 AND NOT exempt AND NOT ("
                    + " final_score BETWEEN 0 AND 100 AND final_level = CASE WHEN final_score >= 90 THEN 'EXCELLENT'"
                    + " WHEN final_score >= 70 THEN 'GOOD' WHEN final_score >= 50 THEN 'COMPLETED' ELSE 'NOT_COMPLETED' END"
                    + " AND self_level = CASE WHEN self_score >= 90 THEN 'EXCELLENT' WHEN self_score >= 70 THEN 'GOOD'"
                    + " WHEN self_score >= 50 THEN 'COMPLETED' ELSE 'NOT_COMPLETED' END)").get(0, Integer.class));
            assertEquals(0, d.fetchOne("SELECT COUNT(*) FROM evaluation WHERE exempt AND final_level IS NOT NULL").get(0, Integer.class));
            assertEquals(0, d.fetchOne("SELECT COUNT(*) FROM evaluation WHERE work_year < 2025 AND final_score IS NOT NULL").get(0, Integer.class));
            assertTrue(d.fetchOne("SELECT COUNT(*) FROM evaluation WHERE subject_type = 'UNIT'").get(0, Integer.class) >= 30);
            // giấy khen only for those rated EXCELLENT that year, each with a registry number
            assertEquals(0, d.fetchOne("SELECT COUNT(*) FROM commendation_entry e JOIN commendation_decision q ON q.id = e.decision_id"
                    + " WHERE NOT EXISTS (SELECT 1 FROM evaluation v WHERE v.work_year = q.work_year AND v.final_level = 'EXCELLENT'"
                    + " AND (v.member_id = e.member_id OR v.unit_id = e.unit_id))").get(0, Integer.class));
            assertEquals(2, d.fetchOne("SELECT COUNT(*) FROM document_number WHERE doc_type = 'QĐ'").get(0, Integer.class));
            // badges only past the milestone of party age (from the admission decision)
            assertEquals(0, d.fetchOne("SELECT COUNT(*) FROM badge_award b JOIN party_member m ON m.id = b.member_id"
                    + " WHERE DATEADD(YEAR, b.milestone_years, m.admission_decision_date) > b.round_date").get(0, Integer.class));
            assertEquals(0, d.fetchOne("SELECT COUNT(*) FROM learning_registration r JOIN party_member m ON m.id = r.member_id"
                    + " WHERE m.admission_decision_date > r.registered_date").get(0, Integer.class));
            assertTrue(d.fetchOne("SELECT COUNT(*) FROM registration_item").get(0, Integer.class)
                    >= d.fetchOne("SELECT COUNT(*) FROM learning_registration").get(0, Integer.class));
            // written through RegistrationService: the counts stored with each registration are its items', 2025 is
            // assessed item by item, 2026 has a few vague items, and every cell has its collective registration
            assertEquals(0, d.fetchOne("SELECT COUNT(*) FROM learning_registration r WHERE r.item_count <>"
                    + " (SELECT COUNT(*) FROM registration_item i WHERE i.registration_id = r.id)").get(0, Integer.class));
            assertEquals(0, d.fetchOne("SELECT COUNT(*) FROM learning_registration WHERE work_year = 2025"
                    + " AND done_count + partly_count <> item_count").get(0, Integer.class));
            assertTrue(d.fetchOne("SELECT SUM(vague_count) FROM learning_registration WHERE work_year = 2026").get(0, Integer.class) > 0);
            assertEquals(2 * d.fetchOne("SELECT COUNT(*) FROM party_unit WHERE kind IN ('SUBORDINATE_CELL', 'GRASSROOTS_CELL',"
                    + " 'GRASSROOTS_COMMITTEE')").get(0, Integer.class),
                    d.fetchOne("SELECT COUNT(*) FROM collective_registration").get(0, Integer.class));
        }
    }

    @Test
    void theAppCanKeepWritingAfterTheDemo() throws Exception {
        Path copy = dir.resolve("copy");
        Files.copy(Database.dataFile(first), Database.dataFile(copy));
        try (AppContext ctx = new AppContext(Database.open(copy))) {
            long cell = ctx.units().findByName("chi bo huu tri").orElseThrow().id();
            long id = TestMembers.add(ctx, cell, "Nguyễn Văn Mới", MemberStatus.OFFICIAL);
            assertEquals(301, id);
            assertEquals(301, ctx.members().count());
        }
    }

    @Test
    void membersOutOfRangeAreBadInput() {
        for (String n : List.of("0", "100001", "-5")) {
            CliRun r = CliRun.of("--db", dir.resolve("range").toString(), "demo", "--members", n);
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.err().contains("--members") && r.err().contains(n) && r.err().contains("100000"), r.toString());
        }
        assertFalse(Files.exists(dir.resolve("range.mv.db")));
    }

    @Test
    void anExistingDatabaseIsRefusedAndUntouched() throws Exception {
        Path base = dir.resolve("existing");
        assertEquals(0, CliRun.of("--db", base.toString(), "init", "--commune", "A", "--province", "B").code());
        byte[] before = Files.readAllBytes(Database.dataFile(base));
        CliRun r = CliRun.of("--db", base.toString(), "demo", "--members", "10");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("existing.mv.db"), r.toString());
        assertArrayEquals(before, Files.readAllBytes(Database.dataFile(base)));
    }
}
