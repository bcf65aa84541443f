package vn.dangvu.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import vn.dangvu.common.AppPaths;

/// Rolling log files for the window (`dangvu.log`) and the commands (`dangvu-cli.log`) in `<data folder>/logs`
/// (ADR 0012). Every run appends, with a date and time on each line, so the log a message points to still holds
/// yesterday's failure after the next command. When the file reaches [#MAX_BYTES] it becomes `<name>.1.log`
/// (`.1` → `.2` …, the oldest beyond [#KEEP] is deleted), at start-up or while running: at most about
/// (KEEP + 1) × MAX_BYTES per program. slf4j-simple (the logger) can only truncate a file it is given, so it
/// writes to the standard error stream, which this class points at the file; the command line keeps the real
/// standard error for its Vietnamese messages.
public final class LogFiles {

    static final long MAX_BYTES = 2L << 20;
    static final int KEEP = 5;
    private static final String PROP_FILE = "org.slf4j.simpleLogger.logFile";
    private static volatile Path current;

    private LogFiles() {
    }

    /// Sends this process's log to `<data folder>/logs/<name>.log` (appending, rotated), unless a log file was
    /// already chosen with -Dorg.slf4j.simpleLogger.logFile. Call before the first logger is made.
    /// Returns the log file, empty when logging to a file is impossible (then nothing is logged).
    public static synchronized Optional<Path> route(String name) {
        if (current != null) {
            return Optional.of(current);
        }
        if (System.getProperty(PROP_FILE) != null) {
            return Optional.empty();
        }
        try {
            Path dir = AppPaths.home().resolve("logs");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".log");
            rotateIfFull(file);
            PrintStream log = new PrintStream(new RollingStream(file), true, StandardCharsets.UTF_8);
            System.setProperty(PROP_FILE, "System.err");
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
            System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
            System.setErr(log);
            current = file;
            return Optional.of(file);
        } catch (IOException | SecurityException e) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
            return Optional.empty();
        }
    }

    /// The log file of this process, if [#route] chose one.
    public static Optional<Path> current() {
        return Optional.ofNullable(current);
    }

    /// `<name>.log` → `<name>.1.log` → … → `<name>.KEEP.log` (deleted beyond), when it has reached MAX_BYTES.
    /// Under a lock, so two programs starting at once do not rotate twice; a file another program holds open on
    /// Windows cannot be renamed, and is then kept as it is.
    static void rotateIfFull(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) < MAX_BYTES) {
            return;
        }
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            if (!Files.exists(file) || Files.size(file) < MAX_BYTES) {
                return;
            }
            Files.deleteIfExists(numbered(file, KEEP));
            for (int i = KEEP - 1; i >= 1; i--) {
                if (Files.exists(numbered(file, i))) {
                    Files.move(numbered(file, i), numbered(file, i + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(file, numbered(file, 1), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // keep logging into the full file rather than not at all; the in-run cap still bounds it
        }
    }

    static Path numbered(Path file, int n) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".log") ? name.substring(0, name.length() - 4) : name;
        return file.resolveSibling(stem + "." + n + ".log");
    }

    /// Appends to the log file, rotating it when it reaches MAX_BYTES; if rotation is impossible it stops writing
    /// at four times that size rather than fill the disk.
    static final class RollingStream extends OutputStream {

        private final Path file;
        private OutputStream out;
        private long size;
        private boolean stuck;

        RollingStream(Path file) throws IOException {
            this.file = file;
            open();
        }

        private void open() throws IOException {
            out = new FileOutputStream(file.toFile(), true);
            size = Files.size(file);
        }

        @Override
        public synchronized void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            if (size >= MAX_BYTES && !stuck) {
                out.close();
                rotateIfFull(file);
                open();
                // still full: another program holds it open (Windows), so keep appending up to the cap
                stuck = size >= MAX_BYTES;
            }
            if (size >= 4 * MAX_BYTES) {
                return;
            }
            out.write(b, off, len);
            size += len;
        }

        @Override
        public synchronized void flush() throws IOException {
            out.flush();
        }

        @Override
        public synchronized void close() throws IOException {
            out.close();
        }
    }
}
