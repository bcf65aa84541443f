package vn.dangvu.db;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/// A running [DbChild] JVM: its stdout lines arrive in a queue; stderr goes to a file for diagnosis.
final class ChildProcess implements AutoCloseable {

    private static final String EOF = "\u0000EOF";
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final Path stderr;

    ChildProcess(Path logDir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "lanes".equals(args[0]) ? "-Xmx768m" : "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dfile.encoding=UTF-8",
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Ddangvu.home=" + logDir.toAbsolutePath().resolve("home"),
                "-cp", System.getProperty("java.class.path"), DbChild.class.getName()));
        cmd.addAll(List.of(args));
        Files.createDirectories(logDir);
        this.stderr = Files.createTempFile(logDir, "child-", ".err");
        Path stdout = Files.createTempFile(logDir, "child-", ".out");
        // stdout goes to a file, not a pipe: when a process dies the JDK drains and closes its pipe from the reaper
        // thread, which races a reader ("Stream closed") and can drop the last lines; a file keeps every byte written
        this.process = new ProcessBuilder(cmd).redirectError(stderr.toFile()).redirectOutput(stdout.toFile()).start();
        this.reader = Thread.ofPlatform().daemon().start(() -> tail(stdout));
    }

    private void tail(Path stdout) {
        try (InputStream in = Files.newInputStream(stdout)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (true) {
                boolean ended = !process.isAlive();
                int n = in.read(buf);
                if (n > 0) {
                    for (int i = 0; i < n; i++) {
                        if (buf[i] == '\n') {
                            lines.add(line.toString(StandardCharsets.UTF_8));
                            line.reset();
                        } else {
                            line.write(buf[i]);
                        }
                    }
                } else if (ended) {
                    break;
                } else {
                    Thread.sleep(2);
                }
            }
        } catch (IOException e) {
            lines.add("IOERROR " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lines.add(EOF);
        }
    }

    /// The next stdout line, or null at end of output; fails after the timeout.
    String next(long timeoutMillis) throws InterruptedException {
        String line = lines.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("child printed nothing for " + timeoutMillis + " ms; stderr: " + stderrText());
        }
        return EOF.equals(line) ? null : line;
    }

    /// Waits for a line starting with prefix; fails if output ends first.
    String await(String prefix, long timeoutMillis) throws InterruptedException {
        for (String line; (line = next(timeoutMillis)) != null; ) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("child ended before '" + prefix + "'; stderr: " + stderrText());
    }

    /// All lines still to come, after the process has ended.
    List<String> drain() throws InterruptedException {
        List<String> rest = new ArrayList<>();
        reader.join(10_000);
        for (String line; (line = lines.poll()) != null; ) {
            if (!EOF.equals(line)) {
                rest.add(line);
            }
        }
        return rest;
    }

    Process process() {
        return process;
    }

    void closeStdin() throws IOException {
        process.getOutputStream().close();
    }

    String stderrText() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
