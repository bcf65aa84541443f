package vn.dangvu.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.common.IoFaults;

/// The verified copy made before a migration, and putting it back when the migration fails (ADR 0008).
final class MigrationBackup {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationBackup.class);

    private MigrationBackup() {
    }

    /// Copies the closed file to "<name>-<time>-pre-v<schema>.mv.db" in the backup folder ([Database#backupFolder]),
    /// checks the copy is byte-identical and opens it read-only to prove it is usable. The backup feature lists it
    /// with the other backups and never rotates it away. The time is the file's last write (the state the copy
    /// holds), so the database layer reads no clock of its own (the app has one, in the composition root).
    static Path make(Path b, DbInspection.SchemaState s) throws AppException {
        Path file = Database.dataFile(b);
        String stamp;
        try {
            stamp = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault())
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        } catch (IOException e) {
            throw new AppException(e, "db.error.backupFailed", file, e.getMessage());
        }
        Path folder = Database.backupFolder(b);
        String prefix = b.getFileName() + "-" + stamp + "-pre-v" + (s.schemaVersion() == null ? "0" : s.schemaVersion());
        Path copyBase = folder.resolve(prefix);
        for (int i = 2; Files.exists(Database.dataFile(copyBase)); i++) {
            copyBase = folder.resolve(prefix + "-" + i);
        }
        Path copy = Database.dataFile(copyBase);
        try {
            AtomicFile.copy(file, copy);
            if (!sha256(copy).equals(sha256(file))) {
                throw new AppException("db.error.backupUnreadable", copy, "SHA-256");
            }
        } catch (IOException e) {
            AppException cause = IoFaults.recognize(e, copy).orElse(null);
            throw new AppException(e, "db.error.backupFailed", copy, cause == null ? e.getMessage() : cause.userMessage());
        }
        try (Connection c = DriverManager.getConnection(Database.readOnlyUrl(copyBase), Database.USER, Database.password())) {
            String v = DbInspection.appliedVersion(c);
            if (!Objects.equals(v, s.schemaVersion())) {
                throw new AppException("db.error.backupUnreadable", copy, "schema " + v);
            }
        } catch (SQLException e) {
            throw new AppException(e, "db.error.backupUnreadable", copy, e.getMessage());
        }
        LOG.info("Pre-migration backup verified: {}", copy);
        return copy;
    }

    /// Puts the verified pre-migration copy back (the database must be closed) and checks the result byte for byte.
    static void restore(Path b, Path backupFile) throws AppException {
        Path file = Database.dataFile(b);
        try {
            AtomicFile.copy(backupFile, file);
            if (!sha256(file).equals(sha256(backupFile))) {
                throw new IOException("restored file differs from " + backupFile);
            }
            LOG.warn("Restored {} from {}", file, backupFile);
        } catch (IOException e) {
            throw new AppException(e, "db.error.restoreFailed", file, backupFile, e.getMessage());
        }
    }

    static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
