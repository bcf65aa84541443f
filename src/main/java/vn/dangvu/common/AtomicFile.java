package vn.dangvu.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/// Writes an output file so that a cut, a full disk or a removed USB stick never leaves a half file under the real
/// name: write "<name>.tmp" beside it, force it to the device, then move it over the real name atomically.
public final class AtomicFile {

    /// Writes the content to the given temporary path.
    @FunctionalInterface
    public interface Writer {
        void write(Path tmp) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path out, Writer writer) throws AppException {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            writer.write(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new AppException(e, "export.error.write", out, e.getMessage());
        }
    }

}
