package vn.dangvu.db;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;

/// The app lock `<name>.app.lock`: one holder of a database file per machine, also within one JVM (H2's own lock
/// alone lets a second connection in the same JVM share the file). The holder writes what it is into the lock
/// file (window or command, process id, start time), so a refused second program can say who has the file.
///
/// The lock covers one byte far past that text, not the whole file: Windows locks are mandatory, and a lock over
/// the text would keep the refused program from reading it. An older app version locks the whole file, which
/// still overlaps that byte, so old and new refuse each other as before.
public final class AppLock implements AutoCloseable {

    /// What kind of program holds the file, as the refused one names it.
    public enum Holder { WINDOW, COMMAND }

    private static final Logger LOG = LoggerFactory.getLogger(AppLock.class);
    private static final long LOCKED_BYTE = 1L << 30;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");
    /// Lock files held by this JVM. Checked before a second channel is opened: on Linux/macOS closing any channel
    /// to a file drops every POSIX lock this process holds on it (measured; see ADR 0008).
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    private static volatile Holder holder;
    private static volatile String command = "";

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private AppLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /// Says what this process is, once at start: the window, or a command (`what`: "import members").
    public static void identifyAs(Holder kind, String what) {
        holder = kind;
        command = what == null ? "" : what;
    }

    static Path file(Path base) {
        return base.resolveSibling(base.getFileName() + ".app.lock");
    }

    /// Takes the lock of the database at `base` and writes this process's description into it.
    /// Throws [AppException] (in use, naming the holder) when another program has it, [IOException] when the lock
    /// file cannot be made (a read-only folder: the caller may then open the file read-only, without a lock).
    static AppLock acquire(Path base) throws AppException, IOException {
        Path path = file(base);
        Path data = Database.dataFile(base);
        if (!HELD.add(path)) {
            throw inUse(path, data, null);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
            if (lock == null) {
                closeQuietly(channel);
                HELD.remove(path);
                throw inUse(path, data, null);
            }
            AppLock held = new AppLock(path, channel, lock);
            held.describe();
            return held;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            HELD.remove(path);
            throw inUse(path, data, e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            HELD.remove(path);
            throw e;
        }
    }

    private void describe() {
        StringBuilder text = new StringBuilder();
        ProcessHandle self = ProcessHandle.current();
        text.append("holder=").append(holder == null ? "" : holder.name()).append('\n');
        text.append("pid=").append(self.pid()).append('\n');
        self.info().startInstant().ifPresent(t -> text.append("started=").append(t).append('\n'));
        text.append("command=").append(command.replace('\n', ' ')).append('\n');
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // the lock itself is held; only the description for a refused program is missing
            LOG.warn("Could not describe the holder in {}", path, e);
        }
    }

    /// The refusal, naming the holder from the lock file when it says who it is.
    private static AppException inUse(Path lockPath, Path data, Throwable cause) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(lockPath, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("Lock file {} does not say who holds it", lockPath, e);
        }
        String pid = p.getProperty("pid", "?");
        String started = shown(p.getProperty("started", ""));
        return switch (p.getProperty("holder", "")) {
            case "WINDOW" -> new AppException(cause, "db.error.inUseByWindow", data, pid, started);
            case "COMMAND" -> new AppException(cause, "db.error.inUseByCommand", data, pid, started,
                    p.getProperty("command", "").isBlank() ? "?" : p.getProperty("command"));
            default -> new AppException(cause, "db.error.inUse", data);
        };
    }

    /// An instant from the lock file as local time; "?" when missing. Formats a recorded time, reads no clock.
    private static String shown(String instant) {
        try {
            return SHOWN.format(Instant.parse(instant).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return "?";
        }
    }

    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.warn("Could not release the app lock {}", path, e);
        }
        closeQuietly(channel);
        HELD.remove(path);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null) {
            return;
        }
        try {
            ch.close();
        } catch (IOException e) {
            LOG.warn("Could not close the app lock", e);
        }
    }
}
