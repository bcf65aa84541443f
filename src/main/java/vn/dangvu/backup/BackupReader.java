package vn.dangvu.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.common.AppException;
import vn.dangvu.db.Contents;
import vn.dangvu.db.Copies;
import vn.dangvu.db.Database;

/// Finds a backup from any of its files (the `.mv.db` copy, the `.sql.gz` script or the `.manifest`), tells what it
/// holds, and picks the form to restore: the binary copy when it is whole (SHA-256 as written, every table as the
/// manifest says), else the SQL script rebuilt and compared the same way.
final class BackupReader {

    private BackupReader() {
    }

    /// The form a restore puts in place, and what it holds.
    record Source(Path file, boolean script, Contents contents, Optional<Commune> commune) {
    }

    static Backup find(Path file) throws AppException {
        Path f = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(f)) {
            throw new AppException("backup.error.missing", f);
        }
        Path dir = f.getParent();
        String stem = BackupFolder.stem(f.getFileName().toString());
        Path manifest = dir.resolve(stem + BackupFolder.MANIFEST);
        if (Files.isRegularFile(manifest)) {
            try {
                Optional<BackupManifest> m = BackupManifest.parse(Files.readString(manifest, StandardCharsets.UTF_8));
                if (m.isPresent()) {
                    return new Backup(dir, stem, m.get(), false);
                }
            } catch (IOException e) {
                throw new AppException(e, "backup.error.missing", manifest);
            }
        }
        Path binary = dir.resolve(stem + BackupFolder.BINARY);
        if (!Files.isRegularFile(binary)) {
            throw new AppException("backup.error.notBackup", f);
        }
        try {
            LocalDateTime at = LocalDateTime.ofInstant(Files.getLastModifiedTime(binary).toInstant(), ZoneId.systemDefault());
            BackupManifest m = new BackupManifest(stem, 0, at, BackupTrigger.ofTag(stem.replaceAll("^.*-", "")).orElse(BackupTrigger.MANUAL),
                    "", "", "", "", "", Optional.empty(), false, new BackupManifest.FileFacts(binary.getFileName().toString(),
                    Files.size(binary), ""), Optional.empty(), false, "", Optional.empty(), Map.of(), List.of());
            return new Backup(dir, stem, m, true);
        } catch (IOException e) {
            throw new AppException(e, "backup.error.missing", binary);
        }
    }

    /// Checks a backup's files and returns the one to restore from. Throws when no form is whole.
    static Source source(Backup b, Optional<Database.Encryption> enc, BackupRepository repo) throws AppException {
        String problem = "";
        Path binary = b.binaryFile();
        if (Files.isRegularFile(binary) && binary.getFileName().toString().endsWith(BackupFolder.BINARY)) {
            try {
                checkSha(binary, b.manifest().binary().sha256());
                Copies.Read<Optional<Commune>> read = Copies.read(binary, enc, repo::commune);
                matches(b, read.contents(), binary);
                return new Source(binary, false, read.contents(), read.extra());
            } catch (AppException e) {
                problem = e.userMessage();
            }
        }
        if (b.scriptFile().isPresent() && Files.isRegularFile(b.scriptFile().get())) {
            Path script = b.scriptFile().get();
            checkSha(script, b.manifest().script().map(BackupManifest.FileFacts::sha256).orElse(""));
            Contents c = Copies.replay(script, enc, script.getParent());
            matches(b, c, script);
            return new Source(script, true, c, b.manifest().commune());
        }
        throw new AppException("backup.error.unusable", b.binaryFile(), problem.isEmpty() ? "?" : problem);
    }

    private static void checkSha(Path f, String expected) throws AppException {
        if (expected.isEmpty()) {
            return;
        }
        try {
            if (!Backups.sha256(f).equals(expected)) {
                throw new AppException("backup.error.changed", f);
            }
        } catch (IOException e) {
            throw new AppException(e, "backup.error.missing", f);
        }
    }

    /// The contents read back equal what the manifest recorded (when it recorded them) and hold no damage.
    private static void matches(Backup b, Contents c, Path f) throws AppException {
        if (c.damaged()) {
            throw new AppException("backup.error.damaged", f);
        }
        if (!b.manifest().tables().isEmpty() && !Backups.tables(c).equals(b.manifest().tables())) {
            throw new AppException("backup.error.changed", f);
        }
    }

    /// What the backup holds, checked against this program (newer?) and the open commune (another one?).
    static BackupPreview preview(Backup b, Optional<Database.Encryption> enc, BackupRepository repo,
                                 Optional<Commune> current) throws AppException {
        BackupManifest m = b.manifest();
        Contents contents;
        Optional<Commune> commune = m.commune();
        if (m.tables().isEmpty()) {
            Copies.Read<Optional<Commune>> read = Copies.read(b.binaryFile(), enc, repo::commune);
            contents = read.contents();
            commune = read.extra();
        } else {
            contents = new Contents(Map.of(), Map.of("last_written_by_app", m.dataAppVersion(), "h2_version", m.h2Version()),
                    m.schemaVersion().isEmpty() ? null : m.schemaVersion());
        }
        Optional<String> newer = Optional.empty();
        try {
            Copies.refuseNewer(b.binaryFile(), contents);
        } catch (AppException e) {
            newer = Optional.of(e.userMessage());
        }
        boolean other = commune.isPresent() && current.isPresent() && !commune.get().same(current.get());
        long units = m.tables().isEmpty() ? contents.rows(Contents.UNITS) : m.rows(Contents.UNITS);
        long members = m.tables().isEmpty() ? contents.rows(Contents.MEMBERS) : m.rows(Contents.MEMBERS);
        long years = m.tables().isEmpty() ? contents.rows(Contents.YEARS) : m.rows(Contents.YEARS);
        String app = m.appVersion().isEmpty() ? contents.meta("last_written_by_app").orElse("?") : m.appVersion();
        String schema = m.schemaVersion().isEmpty() ? String.valueOf(contents.schemaVersion()) : m.schemaVersion();
        return new BackupPreview(b.binaryFile(), m.createdAt(), m.trigger(), app, schema, units, members, years, commune,
                m.verified(), newer, other);
    }
}
