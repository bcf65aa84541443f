package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.dangvu.AppContext;
import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.common.PersonName;
import vn.dangvu.members.MemberNames;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.years.YearState;

/// shared/reliability.md §7.3 #6, the upgrade path: a file left by every earlier schema version (V1 … latest − 1),
/// with data in it (units, members, an event, an audit row written before the audit columns of V4, working years
/// before V5 turned LOCKED into CLOSED), opens in this version: migrated after a backup of the old file, every row of
/// every table that still exists kept, the data usable through the services (search, a member's history in the trail,
/// the year's state), and a second open has nothing more to do.
class UpgradeWithDataTest {

    private static final long MEMBER = 100;

    @TempDir
    Path dir;

    /// Every whole version of db/migration/index.txt but the newest (numbers are pre-assigned to branches, so some are
    /// missing on main; the point versions such as 8.1 are covered by the whole version after them).
    static List<Integer> earlierVersions() throws IOException {
        int latest = Integer.parseInt(Migrations.latest().getVersion());
        try (InputStream in = UpgradeWithDataTest.class.getResourceAsStream("/db/migration/index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(Migrations.NAME::matcher)
                    .filter(Matcher::matches).map(m -> m.group(1)).filter(v -> v.matches("\\d+")).map(Integer::parseInt)
                    .filter(v -> v < latest).sorted().toList();
        }
    }

    @ParameterizedTest(name = "from V{0}")
    @MethodSource("earlierVersions")
    void aFileWithDataAtAnEarlierVersionUpgradesWhole(int version) throws Exception {
        Path base = dir.resolve("v" + version);
        Flyway.configure().dataSource(Database.url(base, false), Database.USER, Database.PASSWORD)
                .locations(Migrations.LOCATION).target(Integer.toString(version)).load().migrate();
        List<String> data = new ArrayList<>(List.of(
                "INSERT INTO party_unit (id, parent_id, kind, name, name_fold) VALUES (1, NULL, 'COMMUNE_COMMITTEE', "
                        + "'Đảng bộ xã Phú Sơn', 'dang bo xa phu son')",
                "INSERT INTO party_unit (id, parent_id, kind, cell_type, name, name_fold) VALUES (2, 1, 'SUBORDINATE_CELL', 'HAMLET', "
                        + "'Chi bộ thôn Đông', 'chi bo thon dong')"));
        String[][] people = {{"Nguyễn", "Thị", "Hương"}, {"Đặng", "Văn", "An"}};
        for (int i = 0; i < people.length; i++) {
            MemberNames n = MemberNames.of(new PersonName(people[i][0], people[i][1], people[i][2]));
            data.add("INSERT INTO party_member (id, unit_id, family_name, middle_name, given_name, full_name, full_name_fold, "
                    + "given_name_fold, sort_key, gender, status, birth_date, admission_decision_date) VALUES (" + (MEMBER + i)
                    + ", 2, '" + people[i][0] + "', '" + people[i][1] + "', '" + people[i][2] + "', '" + n.fullName() + "', '"
                    + n.fullNameFold() + "', '" + n.givenNameFold() + "', '" + n.sortKey() + "', '" + (i == 0 ? "FEMALE" : "MALE")
                    + "', 'OFFICIAL', DATE '1970-05-01', DATE '1995-05-19')");
        }
        data.add("INSERT INTO membership_event (member_id, event_type, event_date, status_before, status_after, to_unit_id) "
                + "VALUES (" + MEMBER + ", 'ADMISSION', DATE '1995-05-19', NULL, 'PROBATIONARY', 2)");
        data.add("INSERT INTO audit_log (actor, action_code, entity_type, entity_id, summary) VALUES ('lan', 'MEMBER_EDIT', "
                + "'party_member', " + MEMBER + ", 'Nguyễn Thị Hương: homeTown: null -> Hà Tĩnh')");
        if (version >= 2) { // the rule sets arrive with V2
            data.add("INSERT INTO working_year (work_year, rule_set_code, status) VALUES (2024, 'Q124_HD25', "
                    + (version < 5 ? "'LOCKED'" : "'CLOSED'") + ")");
            data.add("INSERT INTO working_year (work_year, rule_set_code, status) VALUES (2025, 'Q366_HD43', 'OPEN')");
        }
        DbFiles.sql(base, data.toArray(String[]::new));
        Map<String, Long> before = rowCounts(base);
        String sha = DbFiles.sha(base);

        try (AppContext ctx = new AppContext(Database.open(base))) {
            assertEquals(Migrations.latest().getVersion(), ctx.db().dsl().fetchValue(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL "
                            + "ORDER BY \"installed_rank\" DESC LIMIT 1").toString());
            assertEquals(sha, MigrationBackup.sha256(ctx.db().migrationBackup().orElseThrow()), "the old file is kept as it was");
            assertEquals(List.of("Nguyễn Thị Hương"), ctx.members().list(new MemberQuery("huong", Optional.empty()))
                    .stream().map(MemberRow::fullName).toList());
            assertEquals(1, ctx.members().events(MEMBER).size());
            List<AuditEntry> history = ctx.audit().find(AuditQuery.of("party_member", MEMBER));
            assertEquals(1, history.size());
            assertEquals("lan", history.getFirst().actor());
            assertTrue(history.getFirst().operator().isEmpty() && history.getFirst().reason().isEmpty());
            if (version >= 2) {
                assertEquals(YearState.CLOSED, ctx.years().find(2024).orElseThrow().state());
                assertEquals(YearState.OPEN, ctx.years().find(2025).orElseThrow().state());
                ctx.years().reopen(2024, "Sửa sai sót sau nâng cấp");
                assertEquals(Optional.of("Sửa sai sót sau nâng cấp"), ctx.audit().find(AuditQuery.all(1)).getFirst().reason());
            }
        }
        Map<String, Long> after = rowCounts(base);
        // no table that is still there lost a row (reference data of later migrations may add some); the user's
        // tables have exactly their rows
        for (Map.Entry<String, Long> e : before.entrySet()) {
            if (after.containsKey(e.getKey())) {
                assertTrue(after.get(e.getKey()) >= e.getValue(), "rows of " + e.getKey() + " after the upgrade from V" + version);
            }
        }
        for (String t : List.of("PARTY_UNIT", "PARTY_MEMBER", "MEMBERSHIP_EVENT", "WORKING_YEAR")) {
            assertEquals(before.get(t), after.get(t), "rows of " + t + " after the upgrade from V" + version);
        }
        assertEquals(before.get("AUDIT_LOG") + (version >= 2 ? 1 : 0), after.get("AUDIT_LOG"), "the old audit row and the reopen");
        try (Database db = Database.open(base)) {
            assertTrue(db.migrationBackup().isEmpty(), "a second open migrates nothing");
        }
        assertEquals(after, rowCounts(base));
    }

    /// Rows per table of the PUBLIC schema (Flyway's history aside), read with a plain H2 connection.
    private static Map<String, Long> rowCounts(Path base) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(Database.url(base, true), Database.USER, Database.PASSWORD);
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
            st.execute("SHUTDOWN");
        }
        return out;
    }
}
