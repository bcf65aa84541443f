package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.PersonName;
import vn.dangvu.members.MemberNames;
import vn.dangvu.members.MemberQuery;

/// shared/reliability.md §6 and §7.3 #8: a migration only ever runs after a verified backup beside the file,
/// and a migration that fails halfway is undone by putting that backup back.
class MigrationSafetyTest {

    @TempDir
    Path dir;

    @Test
    void fileAtV1IsBackedUpThenMigratedToLatest() throws Exception {
        Path base = dir.resolve("old");
        Flyway.configure().dataSource(Database.url(base, false), Database.USER, Database.PASSWORD)
                .locations(Migrations.LOCATION).target("1").load().migrate();
        DbFiles.sql(base, "INSERT INTO app_meta (meta_key, meta_value) VALUES ('last_written_by_app', '0.0.1')");
        String before = DbFiles.sha(base);

        try (Database db = Database.open(base)) {
            assertEquals(Migrations.latest().getVersion(), latestApplied(db).getVersion());
            Path backup = db.migrationBackup().orElseThrow();
            assertEquals(List.of(backup), DbFiles.backups(dir));
            String name = backup.getFileName().toString();
            assertTrue(name.matches("old-\\d{8}-\\d{6}-pre-v1\\.mv\\.db"), name);
            assertEquals(Database.backupFolder(base), backup.getParent(), "with the other backups");
            // the backup is the pre-open file, byte for byte, and opens at schema version 1
            assertEquals(before, MigrationBackup.sha256(backup));
            Path backupBase = backup.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
            assertEquals("1", schemaVersion(backupBase));
        }
        // a second open has nothing to migrate and makes no further backup
        try (Database db = Database.open(base)) {
            assertTrue(db.migrationBackup().isEmpty());
        }
        assertEquals(1, DbFiles.backups(dir).size());
    }

    /// The first migration users of an earlier version meet with data in their file (V3 drops the name-word
    /// table): members written at V2, with their words, come through whole and searchable.
    @Test
    void membersWrittenAtV2SurviveTheUpgrade() throws Exception {
        Path base = dir.resolve("v2");
        Flyway.configure().dataSource(Database.url(base, false), Database.USER, Database.PASSWORD)
                .locations(Migrations.LOCATION).target("2").load().migrate();
        String[][] people = {{"Nguyễn", "Thị", "Hương"}, {"Đặng", "Văn", "An"}};
        long id = 100;
        for (String[] p : people) {
            MemberNames n = MemberNames.of(new PersonName(p[0], p[1], p[2]));
            DbFiles.sql(base, "INSERT INTO party_member (id, family_name, middle_name, given_name, full_name, full_name_fold, "
                    + "given_name_fold, sort_key, gender, status) VALUES (" + id + ", '" + p[0] + "', '" + p[1] + "', '" + p[2]
                    + "', '" + n.fullName() + "', '" + n.fullNameFold() + "', '" + n.givenNameFold() + "', '" + n.sortKey()
                    + "', 'FEMALE', 'OFFICIAL')");
            for (String word : n.fullNameFold().split(" ")) {
                DbFiles.sql(base, "MERGE INTO member_name_token (token, member_id) VALUES ('" + word + "', " + id + ")");
            }
            id++;
        }
        String before = DbFiles.sha(base);
        try (AppContext ctx = new AppContext(Database.open(base))) {
            assertEquals(before, MigrationBackup.sha256(ctx.db().migrationBackup().orElseThrow()), "the V2 file is kept as it was");
            assertEquals(Migrations.latest().getVersion(), schemaVersionOf(ctx));
            assertEquals(List.of("Đặng Văn An"), ctx.members().list(new MemberQuery("dang", Optional.empty()))
                    .stream().map(r -> r.fullName()).toList());
            assertEquals(2, ctx.members().count());
            assertEquals(0, ((Number) ctx.db().dsl().fetchValue(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'MEMBER_NAME_TOKEN'")).intValue());
        }
    }

    /// V6_1 (issue 8) adds the table of members without badge history: members and badges written at V5 come through,
    /// none of them is marked (their history was kept by hand in the app); a version "6.1" is read as such.
    @Test
    void membersAndBadgesWrittenAtV5SurviveV6Point1() throws Exception {
        Path base = dir.resolve("v5");
        Flyway.configure().dataSource(Database.url(base, false), Database.USER, Database.PASSWORD)
                .locations(Migrations.LOCATION).target("5").load().migrate();
        MemberNames n = MemberNames.of(new PersonName("Nguyễn", "Văn", "Hùng"));
        DbFiles.sql(base, "INSERT INTO party_member (id, family_name, middle_name, given_name, full_name, full_name_fold, "
                + "given_name_fold, sort_key, gender, status, birth_date, birth_date_precision, admission_decision_date) VALUES (7, "
                + "'Nguyễn', 'Văn', 'Hùng', '" + n.fullName() + "', '" + n.fullNameFold() + "', '" + n.givenNameFold() + "', '"
                + n.sortKey() + "', 'MALE', 'OFFICIAL', DATE '1950-01-01', 'YEAR', DATE '1975-02-03')",
                "INSERT INTO badge_award (member_id, milestone_years, awarded_date) VALUES (7, 30, DATE '2005-02-03')");
        try (AppContext ctx = new AppContext(Database.open(base))) {
            assertEquals(Migrations.latest().getVersion(), schemaVersionOf(ctx));
            assertEquals(1, ctx.members().count());
            assertEquals("1950", ctx.members().list(MemberQuery.all()).getFirst().birthText());
            assertEquals(0, ctx.badges().unknownHistoryCount());
            assertEquals(1, ((Number) ctx.db().dsl().fetchValue("SELECT COUNT(*) FROM badge_award")).intValue());
        }
    }

    private static String schemaVersionOf(AppContext ctx) {
        return latestApplied(ctx.db()).getVersion();
    }

    /// The newest migration applied, compared as Flyway does ("8.1" after "8").
    private static MigrationVersion latestApplied(Database db) {
        return db.dsl().fetchValues("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")
                .stream().map(v -> MigrationVersion.fromVersion(v.toString())).max(MigrationVersion::compareTo).orElseThrow();
    }

    @Test
    void failingMigrationRestoresTheFileAndNamesTheBackup() throws Exception {
        Path base = dir.resolve("app");
        DbFiles.createWithMembers(base, "Nguyễn Thị Hương", "Trần Văn An");
        String before = DbFiles.sha(base);

        AppException e = assertThrows(AppException.class, () -> Database.open(base, List.of("classpath:db/failing")));
        assertEquals("db.error.migrationFailedRestored", e.key());
        assertEquals(before, DbFiles.sha(base), "the file must be restored byte for byte");
        List<Path> backups = DbFiles.backups(dir);
        assertEquals(1, backups.size(), "the backup stays in the backup folder");
        assertEquals(before, MigrationBackup.sha256(backups.get(0)));
        String message = e.userMessage();
        assertTrue(message.contains(backups.get(0).toString()), message);
        assertTrue(message.contains("khôi phục"), message);

        // the restored file opens normally: same data, no trace of the half-applied V900
        try (AppContext ctx = new AppContext(Database.open(base))) {
            assertEquals(2, ctx.members().count());
            assertEquals(List.of("Nguyễn Thị Hương"), ctx.members().list(new MemberQuery("huong", Optional.empty()))
                    .stream().map(r -> r.fullName()).toList());
            assertEquals(0, ((Number) ctx.db().dsl().fetchValue(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'BROKEN_HALF'")).intValue());
        }
    }

    @Test
    void allMigrationsApplyToAnEmptyFileAndValidate() {
        Path base = dir.resolve("empty");
        Flyway flyway = Flyway.configure().dataSource(Database.url(base, false), Database.USER, Database.PASSWORD)
                .locations(Migrations.LOCATION).load();
        assertEquals(Migrations.latest().getVersion(), flyway.migrate().targetSchemaVersion);
        assertTrue(flyway.validateWithResult().validationSuccessful);
        assertEquals(0, flyway.info().pending().length);
    }

    @Test
    void extraLocationsRaiseTheKnownLatestVersion() {
        assertEquals("900", Migrations.latest(List.of(Migrations.LOCATION, "classpath:db/failing")).getVersion());
        assertEquals(Migrations.latest(), Migrations.latest(List.of(Migrations.LOCATION)));
    }

    static String schemaVersion(Path base) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.readOnlyUrl(base), Database.USER, Database.PASSWORD);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\""
                     + " ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
