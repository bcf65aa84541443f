package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Issue 7: the log file a message points to was overwritten by the next command. Logs now append with a date on
/// each line and roll at a bounded size into a few numbered files.
class LogFilesTest {

    @TempDir
    Path dir;

    @Test
    void theNextCommandKeepsThePreviousCommandsFailureInTheLog() throws Exception {
        Path home = dir.resolve("home");
        Path damaged = Files.writeString(dir.resolve("hong.mv.db"), "H:2,not really a database");
        CommandRun first = cli(home, "--db", dir.resolve("hong").toString(), "members", "list");
        assertEquals(1, first.code, first.err);
        Path log = home.resolve("logs").resolve("dangvu-cli.log");
        String afterFirst = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(afterFirst.contains(damaged.toString()), afterFirst);

        CommandRun second = cli(home, "--db", dir.resolve("khong-co").toString(), "members", "list");
        assertEquals(1, second.code, second.err);
        String afterSecond = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(afterSecond.startsWith(afterFirst), "the second run appends instead of overwriting");
        assertTrue(afterSecond.length() > afterFirst.length());
        assertTrue(afterSecond.lines().filter(l -> !l.startsWith("\t") && !l.isBlank())
                .anyMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} .*")), afterSecond);
    }

    @Test
    void aFullLogRollsIntoNumberedFilesAndTheOldestGoes() throws Exception {
        Path log = dir.resolve("dangvu-cli.log");
        for (int run = 0; run < LogFiles.KEEP + 3; run++) {
            Files.writeString(log, "run " + run + "\n" + "x".repeat((int) LogFiles.MAX_BYTES));
            LogFiles.rotateIfFull(log);
        }
        assertFalse(Files.exists(log));
        assertEquals(LogFiles.KEEP, names().size(), names().toString());
        assertTrue(Files.readString(LogFiles.numbered(log, 1)).startsWith("run " + (LogFiles.KEEP + 2)));
        assertTrue(Files.readString(LogFiles.numbered(log, LogFiles.KEEP)).startsWith("run 3"));

        Files.writeString(log, "small\n");
        LogFiles.rotateIfFull(log);
        assertEquals("small\n", Files.readString(log));
    }

    @Test
    void aLongRunRollsWhileItWrites() throws Exception {
        Path log = dir.resolve("dangvu.log");
        byte[] line = ("x".repeat(1023) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new LogFiles.RollingStream(log)) {
            for (long written = 0; written < 3 * LogFiles.MAX_BYTES; written += line.length) {
                out.write(line);
            }
        }
        long total = 0;
        for (Path p : files()) {
            assertTrue(Files.size(p) <= LogFiles.MAX_BYTES + line.length, p + " " + Files.size(p));
            total += Files.size(p);
        }
        assertTrue(Files.exists(LogFiles.numbered(log, 2)));
        assertTrue(total >= 3 * LogFiles.MAX_BYTES);
    }

    private List<String> names() throws IOException {
        return files().stream().map(p -> p.getFileName().toString()).toList();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
    }

    private record CommandRun(int code, String err) {
    }

    /// `dangvu <args>` in a child JVM (the production entry, which routes the log) with its data folder at home.
    private CommandRun cli(Path home, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Ddangvu.home=" + home, "-cp",
                System.getProperty("java.class.path"), "vn.dangvu.Launcher"));
        cmd.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new CommandRun(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }
}
