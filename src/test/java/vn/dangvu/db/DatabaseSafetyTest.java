package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.h2.engine.Constants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.AppVersion;
import vn.dangvu.db.jooq.Tables;
import vn.dangvu.settings.SetupRequest;

/// The other open rules of shared/reliability.md §1.2/§2.3: IFEXISTS, no overwrite on create, damaged files refused
/// (never replaced by an empty database), WRITE_DELAY=0, version stamps in app_meta.
class DatabaseSafetyTest {

    @TempDir
    Path dir;

    @Test
    void openingAMissingFileCreatesNothing() throws Exception {
        AppException e = assertThrows(AppException.class, () -> Database.open(dir.resolve("missing")));
        assertEquals("db.error.notFound", e.key());
        assertEquals(List.of(), DbFiles.fileNames(dir));
        AppException deeper = assertThrows(AppException.class, () -> Database.open(dir.resolve("no/such/folder/app")));
        assertEquals("db.error.notFound", deeper.key());
        assertEquals(List.of(), DbFiles.fileNames(dir));
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Path base = dir.resolve("app");
        DbFiles.createWithMembers(base, "Nguyễn Thị Hương");
        String before = DbFiles.sha(base);
        AppException e = assertThrows(AppException.class, () -> Database.create(base));
        assertEquals("db.error.exists", e.key());
        assertEquals(before, DbFiles.sha(base));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # how the copy is damaged   expected key
            middle,                     db.error.damaged
            truncated-half,             db.error.damaged
            headers,                    db.error.damaged
            all-zero,                   db.error.damaged
            empty,                      db.error.damaged
            not-h2,                     db.error.damaged
            """)
    void damagedFileIsRefusedNeverReplacedByAnEmptyDatabase(String damage, String key) throws Exception {
        Path base = dir.resolve("bad");
        Path file = Database.dataFile(base);
        Files.copy(Database.dataFile(goodFile()), file);
        long size = Files.size(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            switch (damage) {
                case "middle" -> {
                    // the compacted file is all live pages: 4 KiB of zeros in the middle hits table data
                    f.seek(size / 2);
                    f.write(new byte[4096]);
                }
                case "truncated-half" -> f.setLength(size / 2);
                case "headers" -> {
                    f.seek(0);
                    f.write(new byte[8192]);
                }
                case "all-zero" -> {
                    f.seek(0);
                    f.write(new byte[(int) size]);
                }
                case "empty" -> f.setLength(0);
                case "not-h2" -> {
                    f.setLength(0);
                    f.write("%PDF-1.7 not a database".getBytes(StandardCharsets.US_ASCII));
                }
                default -> throw new IllegalArgumentException(damage);
            }
        }
        String before = DbFiles.sha(base);
        long damagedSize = Files.size(file);
        AppException e = assertThrows(AppException.class, () -> Database.open(base));
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.userMessage().contains("bị hỏng"), e.userMessage());
        assertEquals(before, DbFiles.sha(base), "a damaged file is left as it was");
        assertEquals(damagedSize, Files.size(file));
        assertEquals(List.of(), DbFiles.backups(dir));
    }

    @TempDir
    static Path shared;
    private static Path good;

    /// One compacted file (SHUTDOWN COMPACT leaves only live pages) with 400 members, copied per case.
    private static synchronized Path goodFile() throws Exception {
        if (good == null) {
            Path base = shared.resolve("good");
            try (AppContext ctx = new AppContext(Database.create(base))) {
                ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
                long root = ctx.units().all().getFirst().id();
                ctx.db().change(trx -> {
                    for (int i = 0; i < 400; i++) {
                        ctx.members().save(DbChild.member(i, root));
                    }
                    return null;
                });
            }
            DbFiles.sql(base, "SHUTDOWN COMPACT");
            good = base;
        }
        return good;
    }

    @Test
    void foreignH2FileIsRefused() throws Exception {
        Path base = dir.resolve("other");
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             var st = c.createStatement()) {
            st.execute("CREATE TABLE customer (id INT)");
        }
        String before = DbFiles.sha(base);
        AppException e = assertThrows(AppException.class, () -> Database.open(base));
        assertEquals("db.error.notDangvu", e.key());
        assertEquals(before, DbFiles.sha(base));
    }

    @Test
    void openedDatabaseHasWriteDelayZeroAndVersionStamps() throws Exception {
        Path base = dir.resolve("app");
        try (Database db = Database.create(base)) {
            assertWriteDelayZero(db);
            Map<String, String> meta = meta(db);
            assertEquals(AppVersion.current(), meta.get("created_by_app"));
            assertEquals(AppVersion.current(), meta.get("last_written_by_app"));
            assertEquals(Migrations.latest().getVersion(), meta.get("schema_version"));
            assertEquals(Constants.FULL_VERSION, meta.get("h2_version"));
            assertTrue(meta.containsKey("db_uuid"));
        }
        DbFiles.sql(base, "UPDATE app_meta SET meta_value = '0.0.1' WHERE meta_key = 'last_written_by_app'",
                "SET WRITE_DELAY 500");
        try (Database db = Database.open(base)) {
            assertEquals(AppVersion.current(), meta(db).get("last_written_by_app"));
            assertWriteDelayZero(db);
        }
    }

    @Test
    void closeIsIdempotentAndReleasesTheFile() throws Exception {
        Path base = dir.resolve("app");
        Database db = Database.create(base);
        db.close();
        db.close();
        try (Database again = Database.open(base)) {
            assertFalse(again.migrationBackup().isPresent());
        }
    }

    private static void assertWriteDelayZero(Database db) {
        List<?> values = db.dsl().fetchValues(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'");
        assertFalse(values.isEmpty());
        values.forEach(v -> assertEquals("0", String.valueOf(v)));
    }

    private static Map<String, String> meta(Database db) {
        var m = Tables.APP_META;
        return db.dsl().select(m.META_KEY, m.META_VALUE).from(m).fetch().stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2()));
    }
}
