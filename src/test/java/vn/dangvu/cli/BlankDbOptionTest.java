package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Issue 7: `--db ""` or `--db " "` (an unset variable in a script) silently used the default database, so an import
/// meant for a test file went into the live data. An empty or blank --db is now a usage error (exit 2), and the
/// default database is neither opened nor created.
class BlankDbOptionTest {

    @TempDir
    Path home;

    @BeforeEach
    void isolateDefaultDatabase() {
        System.setProperty("dangvu.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("dangvu.home");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankDbIsAUsageErrorForEveryCommand(String blank) {
        for (String[] command : new String[][] {{"init", "--commune", "A", "--province", "B"}, {"demo", "--members", "5"},
            {"members", "list"}, {"import", "members", "x.csv"}}) {
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = blank;
            System.arraycopy(command, 0, args, 2, command.length);
            CliRun r = CliRun.of(args);
            assertEquals(Cli.USAGE, r.code(), r.toString());
            assertTrue(r.err().startsWith("Tùy chọn --db đang để trống"), r.toString());
            assertTrue(r.err().contains("--help"), r.toString());
        }
        assertFalse(Files.exists(home.resolve("data")), "the default database must not be touched");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--db=", "--db= "})
    void attachedBlankValueToo(String option) {
        CliRun r = CliRun.of(option, "members", "list");
        assertEquals(Cli.USAGE, r.code(), r.toString());
        assertTrue(r.err().startsWith("Tùy chọn --db đang để trống"), r.toString());
        assertFalse(Files.exists(home.resolve("data")));
    }
}
