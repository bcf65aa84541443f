package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;
import vn.dangvu.db.jooq.Tables;

/// shared/reliability.md §0 item 11 and §7.3 #16: a second instance on the same file gets a Vietnamese message,
/// never the raw H2 error, whether it is in this JVM, another JVM holding the app lock, or a bare H2 connection.
class SecondInstanceTest {

    private static final long TIMEOUT_MS = 30_000;

    @TempDir
    Path dir;

    @Test
    void secondOpenInTheSameJvmIsRefusedAndTheLockSurvivesIt() throws Exception {
        Path base = dir.resolve("app");
        DbFiles.createWithMembers(base);
        try (Database first = Database.open(base)) {
            assertInUse(assertThrows(AppException.class, () -> Database.open(base)));
            assertInUse(assertThrows(AppException.class, () -> Database.openOrCreate(base)));
            assertEquals("db.error.exists", assertThrows(AppException.class, () -> Database.create(base)).key());
            // the refused attempt must not have dropped this process's lock (closing a second channel on the lock
            // file would do that on Linux): another JVM is still refused
            try (ChildProcess other = new ChildProcess(dir.resolve("logs"), "try", base.toString())) {
                assertEquals("ERROR db.error.inUse", other.await("", TIMEOUT_MS));
            }
            assertEquals(0, first.dsl().fetchCount(Tables.PARTY_MEMBER));
        }
        try (Database again = Database.open(base)) {
            assertTrue(again.file().toFile().isFile());
        }
    }

    @Test
    void fileHeldByAnotherInstanceIsRefusedUntilItCloses() throws Exception {
        Path base = dir.resolve("app");
        DbFiles.createWithMembers(base);
        try (ChildProcess holder = new ChildProcess(dir.resolve("logs"), "hold", base.toString())) {
            holder.await("READY", TIMEOUT_MS);
            assertInUse(assertThrows(AppException.class, () -> Database.open(base)));
            holder.closeStdin();
            holder.await("CLOSED", TIMEOUT_MS);
            assertTrue(holder.process().waitFor(10, TimeUnit.SECONDS));
        }
        try (Database db = Database.open(base)) {
            assertTrue(db.migrationBackup().isEmpty());
        }
    }

    @Test
    void bareH2LockWithoutTheAppLockIsTranslatedToo() throws Exception {
        Path base = dir.resolve("app");
        DbFiles.createWithMembers(base);
        try (ChildProcess holder = new ChildProcess(dir.resolve("logs"), "jdbc-hold", base.toString())) {
            holder.await("READY", TIMEOUT_MS);
            AppException e = assertThrows(AppException.class, () -> Database.open(base));
            assertInUse(e);
            SQLException cause = assertInstanceOf(SQLException.class, e.getCause());
            assertEquals(90020, cause.getErrorCode());
            holder.closeStdin();
            holder.await("CLOSED", TIMEOUT_MS);
        }
        try (Database db = Database.open(base)) {
            assertTrue(db.file().toFile().isFile());
        }
    }

    /// Issue 7: the refusal said "another window" when the file was held by a command. The holder writes what it is
    /// (window or command, process id, start time) into the app lock file; the refused program reads it.
    @Test
    void theRefusalNamesTheWindowOrTheCommandThatHoldsTheFile() throws Exception {
        Path base = dir.resolve("app");
        DbFiles.createWithMembers(base);
        try (ChildProcess window = new ChildProcess(dir.resolve("logs"), "hold-as", base.toString(), "WINDOW")) {
            window.await("READY", TIMEOUT_MS);
            AppException e = assertThrows(AppException.class, () -> Database.open(base));
            assertEquals("db.error.inUseByWindow", e.key());
            assertTrue(e.userMessage().contains("cửa sổ Đảng vụ khác (tiến trình số " + window.process().pid() + ", mở lúc "
                    + started(window) + ")"), e.userMessage());
            window.closeStdin();
            window.await("CLOSED", TIMEOUT_MS);
        }
        try (ChildProcess command = new ChildProcess(dir.resolve("logs"), "hold-as", base.toString(), "COMMAND", "import",
                "members")) {
            command.await("READY", TIMEOUT_MS);
            AppException e = assertThrows(AppException.class, () -> Database.open(base));
            assertEquals("db.error.inUseByCommand", e.key());
            assertTrue(e.userMessage().contains("đang được mở bởi lệnh «dangvu import members» (tiến trình số "
                    + command.process().pid() + ", chạy từ " + started(command) + ")"), e.userMessage());
            assertFalse(e.userMessage().contains("cửa sổ"), e.userMessage());
            command.closeStdin();
            command.await("CLOSED", TIMEOUT_MS);
        }
    }

    /// The child's start time as the message shows it (local time, to the second).
    private static String started(ChildProcess child) {
        return DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
                .format(child.process().info().startInstant().orElseThrow().atZone(ZoneId.systemDefault()));
    }

    @Test
    void h2InUseErrorIsTranslated() {
        AppException e = H2Errors.translate(new SQLException("Database may be already in use: \"x.mv.db\" [90020-240]",
                "90020", 90020), dir.resolve("app"));
        assertInUse(e);
    }

    private static void assertInUse(AppException e) {
        assertTrue(e.key().startsWith("db.error.inUse"), e.key());
        String m = e.userMessage();
        assertTrue(m.contains("đang được mở"), m);
        assertFalse(m.contains("90020") || m.contains("Database may be") || m.contains("Exception"), m);
    }
}
