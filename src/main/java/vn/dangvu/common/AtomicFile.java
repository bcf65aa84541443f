package vn.dangvu.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/// The one way the app replaces or creates a file whole, so that a cut, a full disk or a removed USB stick never
/// leaves a half file under the real name: write "<name>.tmp" in the same folder, force it to the device
/// (`FileChannel.force`), move it over the real name atomically (plain replace only where the file system refuses
/// an atomic move), then force the folder so the new name itself survives a power cut (where the OS allows it:
/// Windows cannot open a folder as a channel, and NTFS journals the rename anyway).
public final class AtomicFile {

    /// Writes the content to the given temporary path.
    @FunctionalInterface
    public interface Writer {
        void write(Path tmp) throws IOException;
    }

    private AtomicFile() {
    }

    /// For output the user asked for (exports, PDFs): a failure is an [AppException] naming the file and, where it
    /// can tell, the cause (disk full, no permission, read-only medium).
    public static void write(Path out, Writer writer) throws AppException {
        try {
            replace(out, writer);
        } catch (IOException e) {
            throw IoFaults.recognize(e, out).orElseGet(() -> new AppException(e, "export.error.write", out, e.getMessage()));
        }
    }

    /// Writes `out` whole or not at all; the temporary file is removed on failure.
    public static void replace(Path out, Writer writer) throws IOException {
        Path target = out.toAbsolutePath();
        Path tmp = temporary(target);
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            writer.write(tmp);
            force(tmp);
            moveOver(tmp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /// A small text file (preferences, seals), UTF-8.
    public static void writeString(Path out, String text) throws IOException {
        replace(out, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    /// Copies `from` to `to` (replacing it), through a forced temporary file beside `to`.
    public static void copy(Path from, Path to) throws IOException {
        replace(to, tmp -> Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING));
    }

    /// Gives a complete, already forced file its final name, refusing to replace a file that exists there: a new
    /// database is built under another name and named only when it is whole. Same folder or file system only.
    public static void publish(Path complete, Path target) throws IOException {
        force(complete);
        Files.move(complete, target);
        syncFolder(target.toAbsolutePath().getParent());
        syncFolder(complete.toAbsolutePath().getParent());
    }

    /// Puts a complete file (built beside `target`, on the same file system) in the place of `target`: forced,
    /// moved over it atomically, folders forced. A restored database rebuilt from its script arrives this way.
    public static void replaceWith(Path complete, Path target) throws IOException {
        force(complete);
        moveOver(complete, target.toAbsolutePath());
        syncFolder(complete.toAbsolutePath().getParent());
    }

    /// The temporary name used for `out`: "<name>.tmp" in the same folder (a leftover is overwritten next time).
    public static Path temporary(Path out) {
        return out.resolveSibling(out.getFileName() + ".tmp");
    }

    /// Forces the file's content and metadata to the device.
    public static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /// Forces a folder's entries (a rename or a new file) to the device where the OS allows opening a folder.
    public static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows: a folder cannot be opened as a channel; NTFS journals renames itself
        }
    }

    private static void moveOver(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(target.getParent());
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the original failure is the one to report
        }
    }
}
