package vn.dangvu.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.CRC32C;

import org.h2.engine.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AppVersion;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.common.IoFaults;
import vn.dangvu.db.Contents;
import vn.dangvu.db.Copies;
import vn.dangvu.db.Database;
import vn.dangvu.db.KeyFile;

/// What every kind of backup shares: the manifest of a verified copy, the SQL script beside it, the copy of a closed
/// file, SHA-256 of files.
final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private Backups() {
    }

    /// A copy, what reading it showed and, for an online copy, the CRC-32C of the bytes written ([Database#copyTo]):
    /// the file read back from the disk must have it.
    record Made(Path binary, Copies.Read<Optional<Commune>> read, OptionalLong writtenCrc) {

        Made(Path binary, Copies.Read<Optional<Commune>> read) {
            this(binary, read, OptionalLong.empty());
        }
    }

    /// A file read back from the disk: its facts (SHA-256) and its CRC-32C, both from one pass over the bytes.
    record ReadBack(BackupManifest.FileFacts facts, long crc32c) {
    }

    /// The manifest of a copy that was read in full: verified when it read through without damage, its bytes read back
    /// from the disk are those written (when their CRC-32C is known) and, when `expected` row counts are given (the
    /// moment of an online copy), every table has them.
    static BackupManifest manifest(BackupFolder folder, String stem, long sequence, LocalDateTime at, BackupTrigger trigger,
                                   Made made, Optional<Map<String, Long>> expected, boolean encrypted,
                                   Optional<String> sourceSha) throws IOException {
        Contents c = made.read().contents();
        ReadBack back = readBack(made.binary());
        String problem = "";
        if (c.damaged()) {
            problem = "damaged values in the copy";
        } else if (made.writtenCrc().isPresent() && made.writtenCrc().getAsLong() != back.crc32c()) {
            problem = "the copy read back from the disk differs from the bytes written (CRC-32C)";
        } else if (expected.isPresent() && !expected.get().equals(c.counts())) {
            problem = "row counts differ: expected " + expected.get() + ", copy " + c.counts();
        }
        Map<String, BackupManifest.TableEntry> tables = new LinkedHashMap<>();
        c.tables().forEach((k, v) -> tables.put(k, new BackupManifest.TableEntry(v.rows(), v.digest())));
        return new BackupManifest(folder.database(), sequence, at, trigger, AppVersion.current(),
                c.meta("last_written_by_app").orElse(""), c.schemaVersion() == null ? "" : c.schemaVersion(),
                c.meta("h2_version").orElse(Constants.FULL_VERSION), c.meta("db_uuid").orElse(""), made.read().extra(),
                encrypted, back.facts(), Optional.empty(), problem.isEmpty(), problem, sourceSha, tables, List.of());
    }

    /// Adds the SQL script to a verified backup: written from the copy, rebuilt in a work folder and compared table by
    /// table. A script that cannot be made or does not match is left out and the reason kept in the manifest (the
    /// binary copy is still a verified backup).
    static BackupManifest withScript(Path dir, String stem, BackupManifest m, Path binary, Optional<Database.Encryption> enc) {
        Path script = dir.resolve(stem + (enc.isPresent() ? BackupFolder.SCRIPT_ENCRYPTED : BackupFolder.SCRIPT));
        try {
            Copies.script(binary, script, enc);
            Contents replayed = Copies.replay(script, enc, dir);
            Map<String, BackupManifest.TableEntry> again = new LinkedHashMap<>();
            replayed.tables().forEach((k, v) -> again.put(k, new BackupManifest.TableEntry(v.rows(), v.digest())));
            if (!again.equals(m.tables())) {
                Files.deleteIfExists(script);
                return withProblem(m, "script differs from the copy");
            }
            return new BackupManifest(m.database(), m.sequence(), m.createdAt(), m.trigger(), m.appVersion(), m.dataAppVersion(),
                    m.schemaVersion(), m.h2Version(), m.dbUuid(), m.commune(), m.encrypted(), m.binary(), Optional.of(facts(script)),
                    m.verified(), m.problem(), m.sourceSha256(), m.tables(), m.copies());
        } catch (AppException | IOException e) {
            LOG.warn("SQL script of backup {} left out", stem, e);
            try {
                Files.deleteIfExists(script);
            } catch (IOException again) {
                LOG.debug("Could not remove {}", script, again);
            }
            return withProblem(m, "script: " + (e instanceof AppException a ? a.userMessage() : e.getMessage()));
        }
    }

    private static BackupManifest withProblem(BackupManifest m, String problem) {
        return new BackupManifest(m.database(), m.sequence(), m.createdAt(), m.trigger(), m.appVersion(), m.dataAppVersion(),
                m.schemaVersion(), m.h2Version(), m.dbUuid(), m.commune(), m.encrypted(), m.binary(), Optional.empty(),
                m.verified(), m.problem().isEmpty() ? problem : m.problem() + "; " + problem, m.sourceSha256(), m.tables(), m.copies());
    }

    /// Copies the closed database at `base` into `folder`: reads the file in full first (a file that does not read
    /// through is no backup: that throws), then copies it through a forced temporary file and checks the copy byte
    /// for byte. Empty, with nothing written, when the file holds what `unlessSameAs` holds (an exit without changes).
    static Optional<Backup> closedCopy(Path base, BackupFolder folder, BackupTrigger trigger, LocalDateTime at,
                                       Optional<Database.Encryption> enc, BackupRepository repo, Optional<Backup> unlessSameAs)
            throws AppException {
        Path file = Database.dataFile(base.toAbsolutePath().normalize());
        Copies.Read<Optional<Commune>> read = Copies.read(file, enc, repo::commune);
        if (unlessSameAs.isPresent() && comparable(tables(read.contents())).equals(comparable(unlessSameAs.get().manifest().tables()))) {
            return Optional.empty();
        }
        Path dir = folder.ensure();
        String stem = folder.newStem(at, trigger);
        Path bin = dir.resolve(stem + BackupFolder.BINARY);
        try {
            String sha = sha256(file);
            AtomicFile.copy(file, bin);
            if (!sha256(bin).equals(sha)) {
                throw new AppException("backup.error.verify", bin, "SHA-256");
            }
            BackupManifest m = manifest(folder, stem, folder.nextSequence(), at, trigger, new Made(bin, read), Optional.empty(),
                    enc.isPresent(), Optional.of(sha));
            Backup b = new Backup(dir, stem, m, false);
            keepKey(base, b);
            BackupFolder.writeManifest(b);
            return Optional.of(b);
        } catch (IOException e) {
            folder.deleteStem(stem);
            throw IoFaults.recognize(e, bin).orElseGet(() -> new AppException(e, "backup.error.copy", bin, String.valueOf(e.getMessage())));
        } catch (AppException | RuntimeException e) {
            folder.deleteStem(stem);
            throw e;
        }
    }

    /// Copies the key file of the encrypted database at `base` beside the backup `b` (`<stem>.key`), forced and named
    /// when whole: with it, the backup opens with the password or the recovery code of that time.
    static void keepKey(Path base, Backup b) throws IOException {
        Path key = KeyFile.path(base.toAbsolutePath().normalize());
        if (Files.isRegularFile(key)) {
            AtomicFile.copy(key, b.folder().resolve(b.stem() + BackupFolder.KEY));
        }
    }

    /// Tables as compared between a file and a backup: without those the app rewrites on every open.
    private static Map<String, BackupManifest.TableEntry> comparable(Map<String, BackupManifest.TableEntry> tables) {
        Map<String, BackupManifest.TableEntry> m = new LinkedHashMap<>(tables);
        m.keySet().removeAll(DamageRules.NOT_COMPARED);
        return m;
    }

    static BackupManifest.FileFacts facts(Path f) throws IOException {
        return new BackupManifest.FileFacts(f.getFileName().toString(), Files.size(f), sha256(f));
    }

    /// Reads a file back from the disk once: SHA-256 (the manifest's) and CRC-32C (compared with the bytes written).
    static ReadBack readBack(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            CRC32C crc = new CRC32C();
            byte[] buf = new byte[1 << 20];
            long size = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
                crc.update(buf, 0, n);
                size += n;
            }
            return new ReadBack(new BackupManifest.FileFacts(f.getFileName().toString(), size, HexFormat.of().formatHex(md.digest())),
                    crc.getValue());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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

    /// The tables of a manifest as the damage rules and comparisons read them.
    static Map<String, BackupManifest.TableEntry> tables(Contents c) {
        Map<String, BackupManifest.TableEntry> m = new LinkedHashMap<>();
        c.tables().forEach((k, v) -> m.put(k, new BackupManifest.TableEntry(v.rows(), v.digest())));
        return m;
    }
}
