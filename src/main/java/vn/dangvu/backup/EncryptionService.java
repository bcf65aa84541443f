package vn.dangvu.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Copies;
import vn.dangvu.db.Database;
import vn.dangvu.db.FileEncryption;
import vn.dangvu.db.KeyFile;

/// Encryption at rest for the secretary (issue 9, ADR 0013): turning it on or off for a closed database (backed up
/// first, converted the safe way by [FileEncryption], recorded in the audit trail), changing the password (the file
/// key is re-wrapped: the data file is not rewritten), and unlocking a file or a backup with the password or the
/// recovery code. A wrong password or code is told as such; nothing is counted or locked.
public final class EncryptionService {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptionService.class);
    /// The shortest password accepted when encryption is turned on or the password changed.
    public static final int MIN_PASSWORD = 8;

    private final Clock clock;
    private final SecureRandom random;
    private final BackupRepository repo = new BackupRepository();
    private final Function<Database, AuditService> audit;

    /// What turning encryption on made: the recovery code to print (shown once) and the plain backup made before.
    public record TurnedOn(String recoveryCode, Optional<Backup> before) {
    }

    /// `audit`: the trail of a database this service opened or was given (the composition root builds it).
    public EncryptionService(Clock clock, Function<Database, AuditService> audit) {
        this(clock, new SecureRandom(), audit);
    }

    EncryptionService(Clock clock, SecureRandom random, Function<Database, AuditService> audit) {
        this.clock = clock;
        this.random = random;
        this.audit = audit;
    }

    /// Whether the database at `base` is encrypted (it has a key file beside it).
    public static boolean encrypted(Path base) {
        return KeyFile.exists(base.toAbsolutePath().normalize());
    }

    /// The key of the database at `base` from its password ("wrong password" otherwise; nothing is locked).
    public static Database.Encryption unlock(Path base, char[] password) throws AppException {
        return key(KeyFile.read(base.toAbsolutePath().normalize()).unwrap(password));
    }

    /// The key of the database at `base` from the recovery code of its sheet.
    public static Database.Encryption unlockWithRecoveryCode(Path base, String code) throws AppException {
        return key(KeyFile.read(base.toAbsolutePath().normalize()).unwrapWithRecoveryCode(code));
    }

    /// Whether a backup is of an encrypted database (its key file travels with it: `<stem>.key`).
    public static boolean encrypted(Backup backup) {
        return backup.manifest().encrypted();
    }

    /// The key of an encrypted backup from the password (or the recovery code) that was in use when it was made.
    public static Database.Encryption unlock(Backup backup, char[] password) throws AppException {
        return key(backupKey(backup).unwrap(password));
    }

    public static Database.Encryption unlockWithRecoveryCode(Backup backup, String code) throws AppException {
        return key(backupKey(backup).unwrapWithRecoveryCode(code));
    }

    /// The key of the backup `file` names (its `.mv.db`, script or manifest): empty for a backup of a plain database;
    /// for an encrypted one, unwrapped with `password` (refused, saying so, when none is given).
    public static Optional<Database.Encryption> keyOfBackup(Path file, Optional<char[]> password) throws AppException {
        Backup b = BackupReader.find(file);
        if (!encrypted(b)) {
            return Optional.empty();
        }
        if (password.isEmpty()) {
            throw new AppException("encryption.error.backupNeedsPassword", b.manifestFile());
        }
        return Optional.of(unlock(b, password.get()));
    }

    /// Encrypts the closed database at `base` under `password`: a verified plain backup first, then the conversion.
    public TurnedOn turnOn(Path base, char[] password) throws AppException {
        Path b = base.toAbsolutePath().normalize();
        if (encrypted(b)) {
            throw new AppException("encryption.error.alreadyOn", Database.dataFile(b));
        }
        requirePassword(password);
        Copies.requireClosed(b);
        Optional<Backup> before = Backups.closedCopy(b, BackupFolder.of(b), BackupTrigger.ENCRYPTION, LocalDateTime.now(clock),
                Optional.empty(), repo, Optional.empty());
        KeyFile.Created created = KeyFile.create(password, random);
        Database.Encryption key = Database.Encryption.aes(created.fileKey());
        FileEncryption.convert(b, Optional.empty(), Optional.of(key), Optional.of(created.keyFile()));
        record(b, Optional.of(key), AuditChange.general("ENCRYPTION_ON", "database", "Encryption at rest turned on")
                .values("plain", "AES"));
        return new TurnedOn(created.recoveryCode(), before);
    }

    /// Decrypts the closed database at `base` (its password asked again): an encrypted backup first (with its key).
    public Optional<Backup> turnOff(Path base, char[] password) throws AppException {
        Path b = base.toAbsolutePath().normalize();
        if (!encrypted(b)) {
            throw new AppException("encryption.error.alreadyOff", Database.dataFile(b));
        }
        Database.Encryption key = unlock(b, password);
        Copies.requireClosed(b);
        Optional<Backup> before = Backups.closedCopy(b, BackupFolder.of(b), BackupTrigger.ENCRYPTION, LocalDateTime.now(clock),
                Optional.of(key), repo, Optional.empty());
        FileEncryption.convert(b, Optional.of(key), Optional.empty(), Optional.empty());
        record(b, Optional.empty(), AuditChange.general("ENCRYPTION_OFF", "database", "Encryption at rest turned off")
                .values("AES", "plain"));
        return before;
    }

    /// A new password for the open encrypted database `db` (the current one, or the recovery code, proves the right):
    /// the same file key wrapped again ([#rewrap]); the data file is not touched by that. Recorded in the trail.
    public void changePassword(Database db, Optional<char[]> current, Optional<String> recoveryCode, char[] newPassword)
            throws AppException {
        rewrap(db.base(), current, recoveryCode, newPassword, random);
        audit.apply(db).record(AuditChange.general("ENCRYPTION_PASSWORD", "database",
                current.isPresent() ? "Password changed" : "Password replaced with the recovery code"));
        LOG.info("Password of {} changed", db.file());
    }

    /// Re-wraps the file key of the database at `base` under `newPassword`: only the key file is written.
    static void rewrap(Path base, Optional<char[]> current, Optional<String> recoveryCode, char[] newPassword, SecureRandom random)
            throws AppException {
        Path b = base.toAbsolutePath().normalize();
        if (!encrypted(b)) {
            throw new AppException("encryption.error.alreadyOff", Database.dataFile(b));
        }
        requirePassword(newPassword);
        KeyFile k = KeyFile.read(b);
        byte[] fileKey = current.isPresent() ? k.unwrap(current.get()) : k.unwrapWithRecoveryCode(recoveryCode.orElse(""));
        try {
            k.withPassword(fileKey, newPassword, random).write(b);
        } catch (IOException e) {
            throw new AppException(e, "encryption.error.keyWrite", KeyFile.path(b), String.valueOf(e.getMessage()));
        }
    }

    /// Writes the recovery sheet ([RecoverySheet]) of `code` to `out` (PDF).
    public static void writeRecoverySheet(Optional<Commune> commune, Path dataFile, LocalDate date, String code, Path out)
            throws AppException {
        RecoverySheet.build(commune, dataFile, date, code).write(out);
    }

    private static void requirePassword(char[] password) throws AppException {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new AppException("encryption.error.shortPassword", MIN_PASSWORD);
        }
        if (Character.isWhitespace(password[0]) || Character.isWhitespace(password[password.length - 1])) {
            throw new AppException("encryption.error.spaces");
        }
    }

    private void record(Path b, Optional<Database.Encryption> key, AuditChange change) throws AppException {
        try (Database db = key.isPresent() ? Database.open(b, key.get()) : Database.open(b)) {
            audit.apply(db).record(change);
        }
    }

    private static KeyFile backupKey(Backup backup) throws AppException {
        Path stem = backup.folder().resolve(backup.stem());
        if (!Files.isRegularFile(KeyFile.path(stem))) {
            throw new AppException("encryption.error.backupKeyMissing", backup.manifestFile(), KeyFile.path(stem).getFileName());
        }
        return KeyFile.read(stem);
    }

    private static Database.Encryption key(byte[] fileKey) {
        return Database.Encryption.aes(fileKey);
    }
}
