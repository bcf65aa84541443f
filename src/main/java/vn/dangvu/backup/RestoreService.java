package vn.dangvu.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.db.Copies;
import vn.dangvu.db.Database;
import vn.dangvu.db.KeyFile;

/// Restoring a backup over a database that is closed (the window closes and reopens it through the composition root;
/// the command line never has it open). Before anything is replaced: the backup is checked (the binary copy, else its
/// SQL script, must read back as the manifest recorded), refused when a newer program made it or, unless the user
/// agreed, when it holds another commune; and the current file is backed up ([BackupTrigger#RESTORE]). A current
/// file that cannot be read is kept aside as `<name>.damaged-<time>.mv.db` instead, never deleted.
public final class RestoreService {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    private final BackupRepository repo;
    private final Clock clock;

    /// What a restore did: what it put in place, the backup it made of the file it replaced, the damaged file kept aside.
    public record Restored(BackupPreview restored, Optional<Backup> before, Optional<Path> setAside) {
    }

    public RestoreService(Clock clock) {
        this(new BackupRepository(), clock);
    }

    public RestoreService(BackupRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    /// What a backup holds, compared with `current` (the commune of the data it would replace).
    public BackupPreview preview(Path file, Optional<Commune> current, Optional<Database.Encryption> enc) throws AppException {
        return BackupReader.preview(BackupReader.find(file), enc, repo, current);
    }

    /// The newest verified backup of the database at `base` (offered when it does not open).
    public Optional<Backup> newestVerified(Path base) {
        return BackupFolder.of(base).list().stream().filter(Backup::verified).findFirst();
    }

    /// Restores `file` over the closed database at `base`.
    public Restored restore(Path base, Path file, boolean allowOtherCommune, Optional<Database.Encryption> enc) throws AppException {
        return restore(base, file, allowOtherCommune, false, enc, enc);
    }

    /// Restores `file` over the closed database at `base`, each with its own key (empty: plain): the encryption of
    /// the backup comes with it, its key file is put beside the database (a plain backup leaves none there).
    public Restored restore(Path base, Path file, boolean allowOtherCommune, Optional<Database.Encryption> current,
                            Optional<Database.Encryption> ofBackup) throws AppException {
        return restore(base, file, allowOtherCommune, false, current, ofBackup);
    }

    /// The start could not open the database: keeps the file aside as damaged, then restores `file`.
    public Restored recover(Path base, Path file, Optional<Database.Encryption> enc) throws AppException {
        return restore(base, file, true, true, enc, enc);
    }

    private Restored restore(Path base, Path file, boolean allowOtherCommune, boolean damaged, Optional<Database.Encryption> enc,
                             Optional<Database.Encryption> ofBackup) throws AppException {
        Path b = base.toAbsolutePath().normalize();
        Copies.requireClosed(b);
        Backup backup = BackupReader.find(file);
        if (backup.manifest().encrypted() && ofBackup.isEmpty()) {
            throw new AppException("encryption.error.backupNeedsPassword", backup.manifestFile());
        }
        BackupReader.Source source = BackupReader.source(backup, ofBackup, repo);
        try {
            Copies.refuseNewer(source.file(), source.contents());
        } catch (AppException e) {
            throw new AppException(e, "backup.error.newer", source.file(), e.userMessage());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Backup> before = Optional.empty();
        boolean setAside = damaged;
        if (!damaged && Files.exists(Database.dataFile(b))) {
            try {
                before = Backups.closedCopy(b, BackupFolder.of(b), BackupTrigger.RESTORE, now, enc, repo, Optional.empty());
            } catch (AppException e) {
                if (!e.key().equals("backup.error.damaged") && !e.key().equals("backup.error.notBackup")) {
                    throw new AppException(e, "backup.error.beforeRestore", e.userMessage());
                }
                LOG.warn("The file to be replaced does not read through; it is kept aside", e);
                setAside = true;
            }
        }
        if (!allowOtherCommune && before.isPresent() && before.get().manifest().commune().isPresent() && source.commune().isPresent()
                && !before.get().manifest().commune().get().same(source.commune().get())) {
            throw new AppException("backup.error.otherCommune", source.commune().get().toString(),
                    before.get().manifest().commune().get().toString());
        }
        BackupPreview preview = BackupReader.preview(backup, ofBackup, repo, Optional.empty());
        Optional<Path> aside = Copies.putInPlace(b, source.file(), source.script(),
                setAside ? Optional.of(BackupFolder.STAMP.format(now)) : Optional.empty(), ofBackup);
        placeKey(b, backup);
        BackupFolder.of(b).recordRestored(backup.manifestFile());
        LOG.warn("Database {} restored from {} ({})", Database.dataFile(b), source.file(), source.script() ? "SQL script" : "copy");
        return new Restored(preview, before, aside);
    }

    /// The key file of the restored backup beside the database; none when the backup is plain (the current key, if
    /// any, went with the backup made before the restore).
    private static void placeKey(Path b, Backup backup) throws AppException {
        Path key = backup.folder().resolve(backup.stem() + BackupFolder.KEY);
        try {
            if (backup.manifest().encrypted() && Files.isRegularFile(key)) {
                AtomicFile.copy(key, KeyFile.path(b));
            } else {
                Files.deleteIfExists(KeyFile.path(b));
            }
        } catch (IOException e) {
            throw new AppException(e, "encryption.error.keyWrite", KeyFile.path(b), String.valueOf(e.getMessage()));
        }
    }
}
