package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;

/// shared/reliability.md §2.3 and §7.3 #7: a file written by a newer app, H2 or schema is refused with a clear
/// message and not changed by a single byte (this also proves the read-only look at the file writes nothing).
class NewerVersionRefusalTest {

    @TempDir
    Path dir;

    @Test
    void fileWrittenByNewerAppIsRefusedUntouched() throws Exception {
        Path base = dir.resolve("app");
        DbFiles.createWithMembers(base, "Nguyễn Thị Hương");
        DbFiles.sql(base, "UPDATE app_meta SET meta_value = '99.0.0' WHERE meta_key = 'last_written_by_app'");
        assertRefusedUntouched(base, "db.error.newerApp", "99.0.0");
    }

    @Test
    void fileWithNewerSchemaIsRefusedUntouched() throws Exception {
        Path base = dir.resolve("app");
        DbFiles.createWithMembers(base, "Nguyễn Thị Hương");
        DbFiles.sql(base, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (99, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 1, 'dangvu', 1, TRUE)");
        assertRefusedUntouched(base, "db.error.newerSchema", "999");
    }

    @Test
    void fileWrittenByNewerH2IsRefusedUntouched() throws Exception {
        Path base = dir.resolve("app");
        DbFiles.createWithMembers(base);
        DbFiles.sql(base, "UPDATE app_meta SET meta_value = '2.9.999 (2030-01-01)' WHERE meta_key = 'h2_version'");
        assertRefusedUntouched(base, "db.error.newerEngine", "2.9.999");
    }

    @Test
    void fileAtTheSameVersionOpensWithoutBackupAndReadOnlyLookWritesNothing() throws Exception {
        Path base = dir.resolve("app");
        DbFiles.createWithMembers(base, "Nguyễn Thị Hương");
        String before = DbFiles.sha(base);
        // the read-only look (the first step of every open) leaves the bytes alone, also after an unclean close
        // (KillDuringWritesTest opens killed files through the same path)
        assertEquals(Migrations.latest(List.of(Migrations.LOCATION)).getVersion(), MigrationSafetyTest.schemaVersion(base));
        assertEquals(before, DbFiles.sha(base));
        try (Database db = Database.open(base)) {
            assertTrue(db.migrationBackup().isEmpty());
        }
        assertEquals(List.of(), DbFiles.backups(dir));
    }

    private void assertRefusedUntouched(Path base, String key, String version) throws Exception {
        String before = DbFiles.sha(base);
        AppException e = assertThrows(AppException.class, () -> Database.open(base));
        assertEquals(key, e.key());
        assertTrue(e.userMessage().contains(version), e.userMessage());
        assertTrue(e.userMessage().contains("không bị thay đổi"), e.userMessage());
        assertEquals(before, DbFiles.sha(base), "the refused file must not change");
        assertEquals(List.of(), DbFiles.backups(dir), "no backup for a refused file");
        // and the refusal released the lock: the file can still be looked at
        AppException again = assertThrows(AppException.class, () -> Database.open(base));
        assertEquals(key, again.key());
    }
}
