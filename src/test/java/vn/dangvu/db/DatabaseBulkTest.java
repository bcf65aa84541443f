package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;

/// `Database.bulk`: the write delay is raised for the work only and always restored; the work's transactions are its
/// own (one for all or nothing, several for chunks), and a failure rolls back only the transaction it happened in.
class DatabaseBulkTest {

    @TempDir
    Path dir;

    private static String writeDelay(Database db) {
        return db.dsl().fetchValue("SELECT DISTINCT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                .toString();
    }

    private static void put(Database db, String key) throws AppException {
        db.change(trx -> trx.dsl().execute("INSERT INTO app_meta (meta_key, meta_value) VALUES (?, 'x')", key));
    }

    private static int count(Database db, String prefix) {
        return ((Number) db.dsl().fetchValue("SELECT COUNT(*) FROM app_meta WHERE meta_key LIKE ?", prefix + "%")).intValue();
    }

    @Test
    void raisesTheWriteDelayForTheWorkAndRestoresIt() throws AppException {
        try (Database db = Database.create(dir.resolve("a"))) {
            assertEquals("0", writeDelay(db));
            String inside = db.bulk(() -> {
                put(db, "bulk.1");
                put(db, "bulk.2");
                return writeDelay(db);
            });
            assertEquals("500", inside);
            assertEquals("0", writeDelay(db));
            assertEquals(2, count(db, "bulk."));
        }
    }

    @Test
    void aFailureRestoresTheDelayAndRollsBackOnlyItsOwnTransaction() throws AppException {
        try (Database db = Database.create(dir.resolve("b"))) {
            AppException e = assertThrows(AppException.class, () -> db.bulk(() -> {
                put(db, "chunk.1");
                return db.change(trx -> {
                    trx.dsl().execute("INSERT INTO app_meta (meta_key, meta_value) VALUES ('chunk.2', 'x')");
                    throw new AppException("demo.error.notEmpty", "x");
                });
            }));
            assertEquals("demo.error.notEmpty", e.key());
            assertEquals("0", writeDelay(db));
            assertEquals(1, count(db, "chunk."), "the committed chunk stays, the failed one is rolled back");
        }
    }

    @Test
    void insideASaveItJoinsThatTransactionAndLeavesTheDelayAlone() throws AppException {
        try (Database db = Database.create(dir.resolve("c"))) {
            assertThrows(AppException.class, () -> db.change(trx -> {
                String inside = db.bulk(() -> {
                    put(db, "nested.1");
                    return writeDelay(db);
                });
                assertEquals("0", inside);
                throw new AppException("demo.error.notEmpty", "x");
            }));
            assertEquals(0, count(db, "nested."), "the bulk work was part of the outer transaction");
            assertEquals("0", writeDelay(db));
        }
    }
}
