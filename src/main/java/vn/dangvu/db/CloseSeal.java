package vn.dangvu.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AtomicFile;

/// Tells whether a database file is byte for byte what the last clean close left, so opening can skip the full
/// read that finds damaged pages (seconds on a large file). While a database is open a marker `<name>.open`
/// exists; a clean close removes it and writes the SHA-256 of the closed file to `<name>.closed.sha256`.
/// A marker left behind (kill, power cut) or a hash that differs (a damaged or replaced file) means: read it all.
final class CloseSeal {

    private static final Logger LOG = LoggerFactory.getLogger(CloseSeal.class);

    private CloseSeal() {
    }

    static Path marker(Path base) {
        return base.resolveSibling(base.getFileName() + ".open");
    }

    static Path seal(Path base) {
        return base.resolveSibling(base.getFileName() + ".closed.sha256");
    }

    /// What the last clean close recorded: the app version that wrote the file, its schema version and the
    /// fingerprint of the migration scripts it was checked against.
    record Sealed(String app, String schema, String migrations) {
    }

    /// How the file was left ([LastClose]) and, when it is intact, the sealed facts.
    record Look(LastClose lastClose, Optional<Sealed> sealed) {
    }

    /// The sealed facts when the file was closed cleanly and has not changed since; empty otherwise.
    static Optional<Sealed> intact(Path base) {
        return look(base).sealed();
    }

    /// Looks at the marker and the seal (hashing the file when there is a seal to check).
    static Look look(Path base) {
        Path file = Database.dataFile(base);
        try {
            if (Files.exists(marker(base))) {
                return new Look(LastClose.NOT_CLOSED, Optional.empty());
            }
            if (!Files.exists(seal(base))) {
                return new Look(LastClose.UNKNOWN, Optional.empty());
            }
            String[] p = Files.readString(seal(base), StandardCharsets.US_ASCII).trim().split(" ");
            if (p.length != 4) {
                return new Look(LastClose.UNKNOWN, Optional.empty());
            }
            if (!p[0].equals(MigrationBackup.sha256(file))) {
                return new Look(LastClose.CHANGED, Optional.empty());
            }
            return new Look(LastClose.CLEAN, Optional.of(new Sealed(p[1], p[2], p[3])));
        } catch (IOException e) {
            LOG.warn("Could not check the close seal of {}", file, e);
            return new Look(LastClose.UNKNOWN, Optional.empty());
        }
    }

    /// Forgets how the file was closed (a restore put another file in its place): the next open reads it in full.
    static void forget(Path base) throws IOException {
        Files.deleteIfExists(seal(base));
        Files.deleteIfExists(marker(base));
    }

    /// Called once the file is open for writing: from now on only a clean close counts as clean.
    static void opened(Path base) {
        try {
            Files.deleteIfExists(seal(base));
            Files.writeString(marker(base), "open\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            LOG.warn("Could not write the open marker of {}", base, e);
        }
    }

    /// Called after SHUTDOWN: records the hash of the closed file (and the sealed facts) and removes the open marker.
    static void closed(Path base, Sealed facts) {
        try {
            AtomicFile.writeString(seal(base), MigrationBackup.sha256(Database.dataFile(base)) + " " + facts.app() + " "
                    + facts.schema() + " " + facts.migrations() + "\n");
            Files.deleteIfExists(marker(base));
        } catch (IOException e) {
            LOG.warn("Could not seal {} after closing", base, e);
        }
    }
}
