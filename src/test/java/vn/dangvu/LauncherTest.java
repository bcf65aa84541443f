package vn.dangvu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.cli.Cli;
import vn.dangvu.common.AppException;

/// `--db FILE` alone opens the window on that file (bin/dangvu treats the same forms as window runs for its AOT
/// cache); anything else is a command line.
class LauncherTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("dangvu.db");
    }

    @Test
    void dbAloneIsTheWindowOnThatFile() {
        Path expected = Path.of("x", "commune").toAbsolutePath().normalize();
        assertEquals(expected, Launcher.windowFile(new String[] {"--db", "x/commune"}));
        assertEquals(expected, Launcher.windowFile(new String[] {"--db", "x/commune.mv.db"}));
        assertEquals(expected, Launcher.windowFile(new String[] {"--db=x/commune"}));
        assertEquals(expected, Launcher.windowFile(new String[] {"--db", " x/commune "}));
    }

    @Test
    void anythingElseIsACommand() {
        assertNull(Launcher.windowFile(new String[] {}));
        assertNull(Launcher.windowFile(new String[] {"--db", "x", "members", "list"}));
        assertNull(Launcher.windowFile(new String[] {"--db", "--help"}));
        assertNull(Launcher.windowFile(new String[] {"--db"}));
        assertNull(Launcher.windowFile(new String[] {"demo"}));
        assertNull(Launcher.windowFile(new String[] {"x", "--db"}));
    }

    /// A blank name is no window on the default database: it goes to the command line, which refuses it (exit 2).
    @Test
    void aBlankDbAloneIsAUsageError() {
        for (String[] args : new String[][] {{"--db", ""}, {"--db", " "}, {"--db="}, {"--db= "}}) {
            assertNull(Launcher.windowFile(args));
            StringWriter err = new StringWriter();
            assertEquals(Cli.USAGE, Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err)), String.join(" ", args));
            assertTrue(err.toString().startsWith("Tùy chọn --db đang để trống"), err.toString());
        }
    }

    /// `dangvu --db FILE` with a mistyped name: the window says the file was not found (in Vietnamese) and no new,
    /// empty database is made under that name.
    @Test
    void theWindowOnAMissingFileRefusesItAndCreatesNothing() {
        Path base = dir.resolve("mistyped");
        System.setProperty("dangvu.db", base.toString());
        EarlyStart.prepare(true);
        EarlyStart.begin();
        AppException e = assertThrows(AppException.class, () -> EarlyStart.context(base));
        assertEquals("db.error.notFound", e.key());
        assertEquals("Không tìm thấy tệp dữ liệu " + dir.resolve("mistyped.mv.db") + ".", e.userMessage());
        assertFalse(Files.exists(dir.resolve("mistyped.mv.db")));
    }
}
