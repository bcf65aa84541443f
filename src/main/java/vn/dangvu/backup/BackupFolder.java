package vn.dangvu.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.common.IoFaults;
import vn.dangvu.db.Database;

/// The backups of one database in one folder (the registry is the folder itself: one manifest per backup, no other
/// index to get out of step). File names: `<database>-<yyyyMMdd-HHmmss>-<trigger>` + `.mv.db` / `.sql.gz` /
/// `.manifest`. Also lists, as bare backups, copies without a manifest: pre-migration copies of older versions
/// beside the database (`<name>.pre-v1-….mv.db`) and copies whose manifest was never written.
final class BackupFolder {

    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final String MANIFEST = ".manifest";
    static final String BINARY = ".mv.db";
    static final String SCRIPT = ".sql.gz";
    static final String SCRIPT_ENCRYPTED = ".sql.aes";
    /// The key file of an encrypted database, copied beside each of its backups (it holds only wrapped keys).
    static final String KEY = ".key";
    private static final Pattern STEM = Pattern.compile("^(.*)-(\\d{8}-\\d{6})-([a-z0-9-]+)$");

    private final Path dir;
    private final String database;
    private final Optional<Path> legacy;

    /// `legacy`: the database's own folder, where older versions left their pre-migration copies.
    BackupFolder(Path dir, String database, Optional<Path> legacy) {
        this.dir = dir.toAbsolutePath().normalize();
        this.database = database;
        this.legacy = legacy;
    }

    /// The local backup folder of the database at `base`.
    static BackupFolder of(Path base) {
        Path b = base.toAbsolutePath().normalize();
        return new BackupFolder(Database.backupFolder(b), b.getFileName().toString(), Optional.ofNullable(b.getParent()));
    }

    Path dir() {
        return dir;
    }

    String database() {
        return database;
    }

    /// The folder, created when missing; a folder that cannot be made is named with its cause.
    Path ensure() throws AppException {
        try {
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw IoFaults.recognize(e, dir).map(c -> new AppException(e, "backup.error.folder", dir, c.userMessage()))
                    .orElseGet(() -> new AppException(e, "backup.error.folder", dir, String.valueOf(e.getMessage())));
        }
    }

    /// Newest first (sequence, then time); an unreadable folder lists nothing.
    List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Path m : files(dir, MANIFEST)) {
            try {
                Optional<BackupManifest> parsed = BackupManifest.parse(Files.readString(m, StandardCharsets.UTF_8));
                if (parsed.isPresent() && parsed.get().database().equals(database)) {
                    String stem = stem(m.getFileName().toString());
                    out.add(new Backup(dir, stem, parsed.get(), false));
                    named.add(parsed.get().binary().name());
                }
            } catch (IOException e) {
                LOG.warn("Manifest {} unreadable", m, e);
            }
        }
        for (Path f : files(dir, BINARY)) {
            String name = f.getFileName().toString();
            Matcher st = STEM.matcher(stem(name));
            if (!named.contains(name) && st.matches() && st.group(1).equals(database)) {
                bare(dir, stem(name), st.group(2), st.group(3), f).ifPresent(out::add);
            }
        }
        legacy.ifPresent(l -> {
            Pattern old = Pattern.compile("^" + Pattern.quote(database) + "\\.pre-v(\\d+)-(\\d{8}-\\d{6})(-\\d+)?$");
            for (Path f : files(l, BINARY)) {
                Matcher m = old.matcher(stem(f.getFileName().toString()));
                if (m.matches()) {
                    bare(l, stem(f.getFileName().toString()), m.group(2), "pre-v" + m.group(1), f).ifPresent(out::add);
                }
            }
        });
        out.sort(Comparator.comparingLong((Backup b) -> b.manifest().sequence()).thenComparing(Backup::createdAt).reversed());
        return out;
    }

    private Optional<Backup> bare(Path folder, String stem, String stamp, String tag, Path file) {
        try {
            LocalDateTime at = LocalDateTime.parse(stamp, STAMP);
            BackupTrigger t = BackupTrigger.ofTag(tag).orElse(BackupTrigger.MANUAL);
            BackupManifest m = new BackupManifest(database, 0, at, t, "", "", "", "", "", Optional.empty(), false,
                    new BackupManifest.FileFacts(file.getFileName().toString(), Files.size(file), ""), Optional.empty(), false, "",
                    Optional.empty(), Map.of(), List.of());
            return Optional.of(new Backup(folder, stem, m, true));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    /// A stem for a new backup made at `at`, unused in the folder.
    String newStem(LocalDateTime at, BackupTrigger t) {
        String s = database + "-" + STAMP.format(at) + "-" + t.id();
        String stem = s;
        for (int i = 2; Files.exists(dir.resolve(stem + MANIFEST)) || Files.exists(dir.resolve(stem + BINARY)); i++) {
            stem = s + "-" + i;
        }
        return stem;
    }

    long nextSequence() {
        return list().stream().mapToLong(b -> b.manifest().sequence()).max().orElse(0) + 1;
    }

    /// Writes (or rewrites) a backup's manifest, forced and named when whole.
    static void writeManifest(Backup b) throws IOException {
        AtomicFile.writeString(b.manifestFile(), b.manifest().toText());
    }

    /// Deletes a backup: manifest first (a backup half deleted is listed as bare, never as verified), then its files.
    void delete(Backup b) {
        try {
            Files.deleteIfExists(b.manifestFile());
            Files.deleteIfExists(b.binaryFile());
            if (b.scriptFile().isPresent()) {
                Files.deleteIfExists(b.scriptFile().get());
            }
            LOG.info("Backup {} rotated away", b.stem());
        } catch (IOException e) {
            LOG.warn("Could not delete backup {}", b.stem(), e);
        }
    }

    /// Removes what an unfinished backup with this stem left (its files only).
    void deleteStem(String stem) {
        for (String ext : List.of(MANIFEST, BINARY, SCRIPT, SCRIPT_ENCRYPTED, KEY)) {
            try {
                Files.deleteIfExists(dir.resolve(stem + ext));
                Files.deleteIfExists(AtomicFile.temporary(dir.resolve(stem + ext)));
            } catch (IOException e) {
                LOG.warn("Could not remove {}{}", stem, ext, e);
            }
        }
    }

    /// What the database was last restored from: the restored backup's manifest, and the newest sequence number of
    /// this folder at that moment. `check` compares the file with backups made after the restore, else with that one
    /// (never with the copy of the data the restore replaced).
    record Restored(Path manifest, long sequence) {
    }

    private Path restoredFile() {
        return dir.resolve(database + ".restored");
    }

    void recordRestored(Path manifest) {
        try {
            ensure();
            long seq = list().stream().mapToLong(b -> b.manifest().sequence()).max().orElse(0);
            AtomicFile.writeString(restoredFile(), seq + "\n" + manifest.toAbsolutePath() + "\n");
        } catch (AppException | IOException e) {
            LOG.warn("Could not record the restore in {}", dir, e);
        }
    }

    Optional<Restored> restored() {
        try {
            if (!Files.isRegularFile(restoredFile())) {
                return Optional.empty();
            }
            String[] lines = Files.readString(restoredFile(), StandardCharsets.UTF_8).split("\n");
            return Optional.of(new Restored(Path.of(lines[1].trim()), Long.parseLong(lines[0].trim())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Restore record of {} unreadable", dir, e);
            return Optional.empty();
        }
    }

    /// "x-…-daily.mv.db" → "x-…-daily".
    static String stem(String fileName) {
        for (String ext : List.of(MANIFEST, BINARY, SCRIPT, SCRIPT_ENCRYPTED)) {
            if (fileName.endsWith(ext)) {
                return fileName.substring(0, fileName.length() - ext.length());
            }
        }
        return fileName;
    }

    private static List<Path> files(Path folder, String ext) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(ext) && Files.isRegularFile(p)).toList();
        } catch (IOException e) {
            LOG.warn("Folder {} unreadable", folder, e);
            return List.of();
        }
    }
}
