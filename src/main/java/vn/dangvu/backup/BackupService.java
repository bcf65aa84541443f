package vn.dangvu.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.IoFaults;
import vn.dangvu.db.Contents;
import vn.dangvu.db.Copies;
import vn.dangvu.db.Database;
import vn.dangvu.settings.SettingsService;
import vn.dangvu.years.WorkingYearService;
import vn.dangvu.years.YearState;

/// Backups of the open database (issue 9, ADR 0006), all made off the FX thread:
/// - [#backup]: the online binary copy ([Database#copyTo]: saves wait while the bytes are copied), read back in full
///   and compared with the row counts of the moment it was taken; for daily, manual, outside and pre-upgrade backups
///   also the SQL script, rebuilt and compared table by table. Then the folder is rotated ([BackupRotationRules]).
/// - [#afterClose]: the copy of the closed file at a clean exit (skipped when nothing changed since the last one).
/// - [#backupTo]: a fresh verified backup copied to a folder outside this PC (a USB stick) the safe way.
/// - [#check]: the file read in full and compared with the newest verified backup ([DamageRules]).
/// Restoring needs the database closed: [RestoreService].
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    /// The folder a backup to a USB stick goes into.
    public static final String USB_FOLDER = "DangVu-SaoLuu";

    private final Database db;
    private final BackupRepository repo;
    private final SettingsService settings;
    private final WorkingYearService years;
    private final Clock clock;
    private final BackupFolder folder;
    private final UsbTargetLocator usb;

    public BackupService(Database db, BackupRepository repo, SettingsService settings, WorkingYearService years, Clock clock) {
        this(db, repo, settings, years, clock, new UsbTargetLocator());
    }

    BackupService(Database db, BackupRepository repo, SettingsService settings, WorkingYearService years, Clock clock,
                  UsbTargetLocator usb) {
        this.db = db;
        this.repo = repo;
        this.settings = settings;
        this.years = years;
        this.clock = clock;
        this.folder = BackupFolder.of(db.base());
        this.usb = usb;
    }

    /// The local backup folder (it may not exist yet).
    public Path folder() {
        return folder.dir();
    }

    /// Every backup of this database in its folder, newest first.
    public List<Backup> list() {
        return folder.list();
    }

    public Optional<Backup> newestVerified() {
        return list().stream().filter(Backup::verified).findFirst();
    }

    public BackupHealth health() {
        List<Backup> all = list();
        Optional<BackupManifest.Outside> outside = all.stream().flatMap(b -> b.manifest().copies().stream())
                .max(Comparator.comparing(BackupManifest.Outside::at));
        return new BackupHealth(all.stream().filter(Backup::verified).findFirst(), outside, folder.dir(), LocalDateTime.now(clock));
    }

    /// Makes a verified backup now, then rotates the folder. Throws with the cause (disk full, folder not writable,
    /// a copy that does not read back); nothing half-made is left under a backup's name.
    public synchronized Backup backup(BackupTrigger trigger) throws AppException {
        Backup b = make(trigger);
        rotate();
        return b;
    }

    /// The daily backup while the app is in use: made when no verified backup was made today.
    public Optional<Backup> backupIfDue() throws AppException {
        if (db.readOnly()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        boolean done = newestVerified().map(b -> b.createdAt().toLocalDate().equals(today)).orElse(false);
        return done ? Optional.empty() : Optional.of(backup(BackupTrigger.DAILY));
    }

    /// Before a bulk import writes: a verified backup, or the import does not start.
    public void beforeImport() throws AppException {
        if (db.readOnly()) {
            return; // nothing can be imported there: the import itself says so
        }
        try {
            backup(BackupTrigger.IMPORT);
        } catch (AppException e) {
            throw new AppException(e, "backup.error.beforeImport", db.file(), e.userMessage());
        }
    }

    private Backup make(BackupTrigger t) throws AppException {
        Path dir = folder.ensure();
        LocalDateTime at = LocalDateTime.now(clock);
        String stem = folder.newStem(at, t);
        Path bin = dir.resolve(stem + BackupFolder.BINARY);
        Optional<Database.Encryption> enc = db.encryption();
        try {
            long t0 = System.nanoTime();
            Database.OnlineCopy copied = db.copyTo(bin);
            Backups.Made made = new Backups.Made(bin, Copies.read(bin, enc, repo::commune), OptionalLong.of(copied.crc32c()));
            BackupManifest m = Backups.manifest(folder, stem, folder.nextSequence(), at, t, made, Optional.of(copied.counts()),
                    enc.isPresent(), Optional.empty());
            if (!m.verified()) {
                throw new AppException("backup.error.verify", bin, m.problem());
            }
            if (t.script()) {
                m = Backups.withScript(dir, stem, m, bin, enc);
            }
            Backup b = new Backup(dir, stem, m, false);
            Backups.keepKey(db.base(), b);
            BackupFolder.writeManifest(b);
            LOG.info("Backup {} made and verified in {} ms", stem, (System.nanoTime() - t0) / 1_000_000);
            return b;
        } catch (IOException e) {
            folder.deleteStem(stem);
            throw new AppException(e, "backup.error.copy", bin, String.valueOf(e.getMessage()));
        } catch (AppException | RuntimeException e) {
            folder.deleteStem(stem);
            throw e;
        }
    }

    /// Deletes what the rotation rules do not keep; only manifests of this folder, never bare copies.
    private void rotate() {
        try {
            List<Backup> all = folder.list().stream().filter(b -> !b.bare()).toList();
            List<BackupRotationRules.Entry> entries = all.stream().map(b -> new BackupRotationRules.Entry(b.stem(),
                    b.manifest().sequence(), b.createdAt(), b.trigger(), b.verified(), b.manifest().rows(Contents.MEMBERS))).toList();
            List<BackupRotationRules.ClosedYear> closed = years.list().stream()
                    .filter(y -> y.state() == YearState.CLOSED && y.closedAt().isPresent())
                    .map(y -> new BackupRotationRules.ClosedYear(y.year(), y.closedAt().get())).toList();
            Map<String, BackupRotationRules.Reason> keep = BackupRotationRules.keep(entries, closed);
            for (Backup b : all) {
                if (!keep.containsKey(b.stem())) {
                    folder.delete(b);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Rotating the backups of {} failed; nothing was deleted after the failure", folder.dir(), e);
        }
    }

    /// At a clean exit, after the database was closed: a copy of the closed file, read in full and checked byte for
    /// byte, unless the file holds what the newest verified backup holds. Never throws: the exit goes on.
    public Optional<Backup> afterClose() {
        if (db.readOnly()) {
            return Optional.empty();
        }
        try {
            Optional<Backup> newest = folder.list().stream().filter(b -> b.verified() && !b.manifest().tables().isEmpty()).findFirst();
            Optional<Backup> made = Backups.closedCopy(db.base(), folder, BackupTrigger.EXIT, LocalDateTime.now(clock),
                    db.encryption(), repo, newest);
            if (made.isEmpty()) {
                LOG.debug("Nothing changed since backup {}: no exit backup", newest.map(Backup::stem).orElse(""));
            }
            return made;
        } catch (AppException | RuntimeException e) {
            LOG.warn("Exit backup of {} failed", db.file(), e);
            return Optional.empty();
        }
    }

    /// Gives the copy the database layer made before this open migrated the file a manifest (read in full, with its
    /// SQL script), so it is listed as a verified pre-upgrade backup; it is never rotated away.
    public void adoptUpgradeCopy() {
        Optional<Path> copy = db.migrationBackup();
        if (copy.isEmpty()) {
            return;
        }
        Path f = copy.get();
        String stem = BackupFolder.stem(f.getFileName().toString());
        Path dir = f.getParent();
        if (Files.exists(dir.resolve(stem + BackupFolder.MANIFEST))) {
            return;
        }
        try {
            Optional<Database.Encryption> enc = db.encryption();
            Backup bare = folder.list().stream().filter(b -> b.stem().equals(stem)).findFirst()
                    .orElseThrow(() -> new AppException("backup.error.missing", f));
            Backups.Made made = new Backups.Made(f, Copies.read(f, enc, repo::commune));
            BackupManifest m = Backups.manifest(folder, stem, folder.nextSequence(), bare.createdAt(), BackupTrigger.UPGRADE, made,
                    Optional.empty(), enc.isPresent(), Optional.of(Backups.sha256(f)));
            m = Backups.withScript(dir, stem, m, f, enc);
            BackupFolder.writeManifest(new Backup(dir, stem, m, false));
        } catch (AppException | IOException | RuntimeException e) {
            LOG.warn("Pre-upgrade copy {} not adopted", f, e);
        }
    }

    /// A fresh verified backup with its script, copied to `target` the safe way ([OutsideCopy]); the local
    /// manifest records the copy (the overview's "outside this PC"). Returns the backup in `target`.
    public Backup backupTo(Path target) throws AppException {
        Path dir = target.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new AppException("backup.error.targetMissing", dir);
        }
        Backup local = backup(BackupTrigger.OUTSIDE);
        Backup out = OutsideCopy.copy(local, dir);
        try {
            BackupFolder.writeManifest(new Backup(local.folder(), local.stem(),
                    local.manifest().withCopy(new BackupManifest.Outside(LocalDateTime.now(clock), dir.toString())), false));
        } catch (IOException e) {
            LOG.warn("Could not record the outside copy of {}", local.stem(), e);
        }
        return out;
    }

    /// "Sao lưu ra USB": into the folder DangVu-SaoLuu on the drive (made when missing).
    public Backup backupToDrive(Path driveRoot) throws AppException {
        Path dir = driveRoot.resolve(USB_FOLDER);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            if (!Files.isDirectory(driveRoot)) {
                throw new AppException(e, "backup.error.targetGone", driveRoot);
            }
            throw IoFaults.recognize(e, driveRoot)
                    .map(c -> "io.error.readOnlyMedium".equals(c.key()) ? new AppException(e, "backup.error.targetReadOnly", driveRoot) : c)
                    .orElseGet(() -> new AppException(e, "backup.error.targetWrite", driveRoot, String.valueOf(e.getMessage())));
        }
        return backupTo(dir);
    }

    /// Removable drives found on this PC (a hint; none found means: let the user choose a folder).
    public List<UsbTargetLocator.UsbDrive> usbDrives() {
        return usb.find();
    }

    /// What a backup holds, and whether it can be restored here (newer program? another commune?).
    public BackupPreview preview(Path file) throws AppException {
        return BackupReader.preview(BackupReader.find(file), db.encryption(), repo, commune());
    }

    /// The open data's commune, as its settings name it.
    public Optional<Commune> commune() {
        return settings.load().map(s -> new Commune(s.communeName(), s.provinceLine()));
    }

    /// Reads the whole file and compares it with the newest verified backup: damage, and what differs.
    public CheckReport check() throws AppException {
        Contents now = db.contents();
        Optional<Backup> baseline = baseline();
        List<Finding> findings = DamageRules.findings(now.tables(), baseline.map(b -> b.manifest().tables()));
        return new CheckReport(db.file(), db.lastClose(), now, baseline, findings);
    }

    /// The backup the file should agree with, apart from the work since: the newest verified one (not a copy of data a
    /// restore replaced); after a restore, the newest made since, else the backup restored.
    private Optional<Backup> baseline() {
        Optional<BackupFolder.Restored> restored = folder.restored();
        long after = restored.map(BackupFolder.Restored::sequence).orElse(Long.MIN_VALUE);
        Optional<Backup> newest = list().stream().filter(b -> b.verified() && !b.manifest().tables().isEmpty()
                && b.trigger() != BackupTrigger.RESTORE && b.manifest().sequence() > after).findFirst();
        if (newest.isPresent() || restored.isEmpty()) {
            return newest;
        }
        try {
            Backup b = BackupReader.find(restored.get().manifest());
            return b.manifest().tables().isEmpty() ? Optional.empty() : Optional.of(b);
        } catch (AppException e) {
            LOG.info("The restored backup {} is no longer there to compare with", restored.get().manifest());
            return Optional.empty();
        }
    }

    /// At start, when the file was not left by a clean close (a kill, a power cut, changed outside the app, an older
    /// version): the same check. Empty when the seal shows the file as the last clean close left it.
    public Optional<CheckReport> startCheck() throws AppException {
        return switch (db.lastClose()) {
            case CLEAN, NEW -> Optional.empty();
            default -> Optional.of(check());
        };
    }
}
