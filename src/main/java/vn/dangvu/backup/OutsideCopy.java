package vn.dangvu.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.common.IoFaults;

/// Copies a verified backup to a folder outside this PC (a USB stick, `backup --to DIR`) the safe way
/// (shared/reliability.md §5.1): each file through a temporary file in the target folder, forced to the device,
/// renamed atomically, then read back and compared by SHA-256; the manifest last, so a set without its manifest is
/// one that did not finish. New names every time: an earlier backup on the stick is never overwritten. FAT32 limits
/// are respected (names; no file of 4 GiB: the binary copy is left out and the script carries the backup).
final class OutsideCopy {

    private static final Logger LOG = LoggerFactory.getLogger(OutsideCopy.class);
    /// Room kept free on the target beyond the backup itself.
    static final long MARGIN = 1L << 20;
    /// Tests: runs after each file is written (a stick pulled out between two files).
    static Runnable afterEachFile = () -> { };

    private OutsideCopy() {
    }

    static Backup copy(Backup local, Path target) throws AppException {
        Path dir = target.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new AppException("backup.error.targetMissing", dir);
        }
        BackupManifest m = local.manifest().withoutCopies();
        FileStore store;
        try {
            store = Files.getFileStore(dir);
        } catch (IOException e) {
            throw fault(e, dir);
        }
        String type = store.type();
        boolean binaryFits = FatRules.fits(m.binary().size(), type);
        if (!binaryFits && local.scriptFile().isEmpty()) {
            throw new AppException("backup.error.fatLimit", dir, local.binaryFile().getFileName());
        }
        long needed = (binaryFits ? m.binary().size() : 0) + m.script().map(BackupManifest.FileFacts::size).orElse(0L) + MARGIN;
        try {
            if (store.getUsableSpace() < needed) {
                throw new AppException("backup.error.targetFull", dir, mib(needed), mib(store.getUsableSpace()));
            }
        } catch (IOException e) {
            throw fault(e, dir);
        }
        String stem = FatRules.safe(local.stem());
        List<Path> written = new ArrayList<>();
        try {
            Optional<BackupManifest.FileFacts> binary = Optional.empty();
            if (binaryFits) {
                binary = Optional.of(put(local.binaryFile(), dir.resolve(stem + BackupFolder.BINARY), m.binary().sha256(), written));
            }
            Optional<BackupManifest.FileFacts> script = Optional.empty();
            if (local.scriptFile().isPresent()) {
                Path s = local.scriptFile().get();
                String ext = s.getFileName().toString().endsWith(BackupFolder.SCRIPT) ? BackupFolder.SCRIPT : BackupFolder.SCRIPT_ENCRYPTED;
                script = Optional.of(put(s, dir.resolve(stem + ext), m.script().get().sha256(), written));
            }
            Path key = local.folder().resolve(local.stem() + BackupFolder.KEY);
            if (Files.isRegularFile(key)) {
                put(key, dir.resolve(stem + BackupFolder.KEY), Backups.sha256(key), written);
            }
            BackupManifest out = new BackupManifest(m.database(), m.sequence(), m.createdAt(), m.trigger(), m.appVersion(),
                    m.dataAppVersion(), m.schemaVersion(), m.h2Version(), m.dbUuid(), m.commune(), m.encrypted(),
                    binary.orElse(script.orElseThrow()), script, m.verified(), binaryFits ? m.problem() : "binary copy over 4 GiB left out",
                    m.sourceSha256(), m.tables(), List.of());
            Backup copy = new Backup(dir, stem, out, false);
            String text = out.toText();
            written.add(copy.manifestFile());
            AtomicFile.writeString(copy.manifestFile(), text);
            if (!Files.readString(copy.manifestFile(), StandardCharsets.UTF_8).equals(text)) {
                throw new AppException("backup.error.targetVerify", copy.manifestFile());
            }
            LOG.info("Backup {} copied to {}", local.stem(), dir);
            return copy;
        } catch (IOException e) {
            removeQuietly(written);
            throw fault(e, dir);
        } catch (AppException | RuntimeException e) {
            removeQuietly(written);
            throw e;
        }
    }

    /// One file: temporary file, forced, renamed, read back and compared.
    private static BackupManifest.FileFacts put(Path from, Path to, String sha, List<Path> written) throws IOException, AppException {
        if (!Files.isDirectory(to.getParent())) {
            // the stick is gone: never make its folder again (on Linux that would be on the system disk)
            throw new IOException("target folder gone: " + to.getParent());
        }
        written.add(to);
        AtomicFile.replace(to, tmp -> Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING));
        if (!Backups.sha256(to).equals(sha)) {
            throw new AppException("backup.error.targetVerify", to);
        }
        afterEachFile.run();
        return new BackupManifest.FileFacts(to.getFileName().toString(), Files.size(to), sha);
    }

    /// What went wrong on the target, in the user's words: the stick is gone, locked, full.
    private static AppException fault(IOException e, Path dir) {
        if (!Files.isDirectory(dir)) {
            return new AppException(e, "backup.error.targetGone", dir);
        }
        Optional<AppException> io = IoFaults.recognize(e, dir);
        if (io.isPresent()) {
            return switch (io.get().key()) {
                case "io.error.readOnlyMedium" -> new AppException(e, "backup.error.targetReadOnly", dir);
                case "io.error.diskFull" -> new AppException(e, "backup.error.targetFullNow", dir);
                default -> io.get();
            };
        }
        return new AppException(e, "backup.error.targetWrite", dir, String.valueOf(e.getMessage()));
    }

    private static void removeQuietly(List<Path> written) {
        for (Path p : written) {
            try {
                Files.deleteIfExists(p);
                Files.deleteIfExists(AtomicFile.temporary(p));
            } catch (IOException e) {
                LOG.debug("Could not remove the unfinished {}", p, e);
            }
        }
    }

    static String mib(long bytes) {
        return String.valueOf(Math.max(1, (bytes + (1 << 20) - 1) >> 20));
    }
}
