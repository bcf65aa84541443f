package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.demo.DemoOptions;

/// The full read of a database ([ContentsReader]) on two connections at once gives exactly what one reader gives:
/// the same tables, rows and digests (backups made before and after agree), and the second reader is used.
class ContentsReaderTest {

    @TempDir
    Path dir;

    @Test
    void twoReadersGiveWhatOneReaderGives() throws Exception {
        Path base = dir.resolve("xa");
        try (AppContext ctx = new AppContext(Database.create(base), TestClocks.at(2026, 11, 21))) {
            ctx.demo().populate(new DemoOptions(120, 7), p -> { });
        }
        String url = Database.readOnlyUrl(base) + ";TRACE_LEVEL_FILE=0";
        AtomicInteger opened = new AtomicInteger();
        Contents one;
        Contents two;
        try (Connection c = connect(url)) {
            one = ContentsReader.read(c);
            two = ContentsReader.read(c, () -> {
                opened.incrementAndGet();
                return connect(url);
            });
        }
        assertEquals(Runtime.getRuntime().availableProcessors() >= 2 ? 1 : 0, opened.get());
        assertTrue(one.rows(Contents.MEMBERS) >= 120, one.counts().toString());
        assertTrue(one.tables().size() > 10, one.tables().keySet().toString());
        assertEquals(one.tables().keySet().stream().toList(), two.tables().keySet().stream().toList(), "same tables, same order");
        assertEquals(one.tables(), two.tables());
        assertEquals(one.meta(), two.meta());
        assertEquals(one.schemaVersion(), two.schemaVersion());
        assertTrue(!two.damaged());
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, Database.USER, Database.PASSWORD);
    }
}
