package vn.dangvu.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/// Real media for the lifecycle tests, also when the tests run as root (who ignores permission bits): a small tmpfs
/// (a disk that really fills up), remounted read-only (what a CD, a locked USB stick or a read-only share is to the
/// program: EROFS), and the immutable attribute (`chattr +i`, which root respects too). Each returns why it cannot,
/// so a test skips with that reason instead of passing without having tried.
public final class RealMedia {

    private RealMedia() {
    }

    /// Mounts a tmpfs of `size` ("2m") on the existing folder `dir`; empty on success, else why not.
    public static Optional<String> mountTmpfs(Path dir, String size) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.of("tmpfs mounts need Linux");
        }
        return run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0777", "tmpfs", dir.toString());
    }

    public static void remountReadOnly(Path dir) {
        run("mount", "-o", "remount,ro", dir.toString()).ifPresent(why -> {
            throw new AssertionError("cannot remount " + dir + " read-only: " + why);
        });
    }

    /// Unmounts, lazily if something still holds a file there (the test's own H2 after a failure).
    public static void unmount(Path dir) {
        if (run("umount", dir.toString()).isPresent()) {
            run("umount", "-l", dir.toString());
        }
    }

    /// Sets or clears the immutable attribute; empty on success, else why not (no chattr, a file system without it).
    public static Optional<String> immutable(Path file, boolean on) {
        return run("chattr", on ? "+i" : "-i", file.toString());
    }

    /// Fills the file system holding `dir` until about `leaveBytes` are left, with a file named "filler".
    public static Path fill(Path dir, long leaveBytes) throws IOException {
        Path filler = dir.resolve("filler");
        long free = Files.getFileStore(dir).getUsableSpace();
        long size = Math.max(0, free - leaveBytes);
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(filler)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
        return filler;
    }

    private static Optional<String> run(String... cmd) {
        List<String> command = new ArrayList<>(List.of(cmd));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of(String.join(" ", cmd) + ": timed out");
            }
            return p.exitValue() == 0 ? Optional.empty() : Optional.of(String.join(" ", cmd) + ": " + out);
        } catch (IOException e) {
            return Optional.of(String.join(" ", cmd) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
