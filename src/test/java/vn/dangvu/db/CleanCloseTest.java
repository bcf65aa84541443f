package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.members.MemberQuery;

/// A clean close leaves no H2 trace file behind: it would grow with every exit of the app.
class CleanCloseTest {

    @TempDir
    Path dir;

    @Test
    void closeLeavesNoTraceFile() throws Exception {
        Path base = dir.resolve("app");
        try (AppContext ctx = new AppContext(Database.create(base))) {
            ctx.members().list(MemberQuery.all());
        }
        try (AppContext ctx = new AppContext(Database.open(base))) {
            ctx.members().list(MemberQuery.all());
        }
        Path trace = base.resolveSibling("app.trace.db");
        assertFalse(Files.exists(trace), () -> readQuietly(trace));
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p).lines().filter(l -> !l.contains("at org.junit") && !l.contains("at java.base")).limit(200)
                    .reduce("", (a, b) -> a + "\n" + b);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
