package vn.dangvu.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;

/// Turns the encryption of a closed database file on or off (encryption at rest, issue 9). The safe way: the file is
/// read in full first (counts and per-table digests), converted in a copy in a work folder beside it (H2
/// `ChangeFileEncryption`), the copy is read back and must hold the same tables, rows and digests; only then the old
/// file is moved aside, the new one moved into its place and the key file written (encryption on) or moved aside
/// (off), and the new file is read once more. Any failure before that last step puts the old file and key back as
/// they were. The file kept aside is removed only when the new one has read back: a plain copy must not stay beside an
/// encrypted database.
public final class FileEncryption {

    private static final Logger LOG = LoggerFactory.getLogger(FileEncryption.class);
    private static final String WORK_NAME = "converting";

    private FileEncryption() {
    }

    /// Converts the database at `base` from `from` (empty: plain) to `to` (empty: plain); `key` is written beside it
    /// when `to` is present, the old key file removed when it is empty. Returns the contents read back.
    public static Contents convert(Path base, Optional<Database.Encryption> from, Optional<Database.Encryption> to,
                                   Optional<KeyFile> key) throws AppException {
        Path b = base.toAbsolutePath().normalize();
        Path file = Database.dataFile(b);
        Path keyPath = KeyFile.path(b);
        Path work = b.resolveSibling(b.getFileName() + ".converting-" + UUID.randomUUID());
        Path aside = b.resolveSibling(b.getFileName() + ".before-conversion.mv.db");
        Path keyAside = b.resolveSibling(b.getFileName() + ".before-conversion.key");
        try (AppLock lock = AppLock.acquire(b)) {
            Contents before = Copies.read(file, from, c -> null).contents();
            Files.createDirectories(work);
            Path copy = work.resolve(WORK_NAME + ".mv.db");
            Files.copy(file, copy);
            ChangeFileEncryption.execute(work.toString(), WORK_NAME, "AES", chars(from), chars(to), true);
            AtomicFile.force(copy);
            Contents after = Copies.read(copy, to, c -> null).contents();
            if (!before.tables().equals(after.tables())) {
                throw new AppException("db.error.conversionDiffers", file);
            }
            CloseSeal.forget(b);
            Files.deleteIfExists(aside);
            Files.deleteIfExists(keyAside);
            AtomicFile.publish(file, aside);
            boolean hadKey = Files.exists(keyPath);
            try {
                if (hadKey) {
                    AtomicFile.publish(keyPath, keyAside);
                }
                AtomicFile.publish(copy, file);
                if (key.isPresent()) {
                    key.get().write(b);
                }
                AtomicFile.syncFolder(b.toAbsolutePath().getParent());
                Contents placed = Copies.read(file, to, c -> null).contents();
                if (!before.tables().equals(placed.tables())) {
                    throw new AppException("db.error.conversionDiffers", file);
                }
            } catch (AppException | IOException | RuntimeException e) {
                LOG.warn("Conversion of {} failed after the swap; the old file is put back", file, e);
                Files.deleteIfExists(keyPath);
                if (hadKey) {
                    AtomicFile.publish(keyAside, keyPath);
                }
                AtomicFile.replaceWith(aside, file);
                throw e;
            }
            Files.deleteIfExists(aside);
            Files.deleteIfExists(keyAside);
            LOG.warn("Database {} converted: {} -> {}", file, from.isPresent() ? "encrypted" : "plain", to.isPresent() ? "encrypted" : "plain");
            return before;
        } catch (SQLException e) {
            throw new AppException(e, "db.error.conversion", file, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new AppException(e, "db.error.conversion", file, String.valueOf(e.getMessage()));
        } finally {
            deleteTree(work);
        }
    }

    private static char[] chars(Optional<Database.Encryption> e) {
        return e.map(k -> k.filePassword().toCharArray()).orElse(null);
    }

    private static void deleteTree(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the work folder {}", dir, e);
        }
    }
}
