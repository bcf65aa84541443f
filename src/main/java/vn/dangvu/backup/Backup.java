package vn.dangvu.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

/// One backup in a folder: its files share the stem `<database>-<yyyyMMdd-HHmmss>-<trigger>`. `bare`: a copy found
/// without a manifest (a pre-migration copy of an older version, a backup cut short); it is listed, never verified
/// and never rotated away.
public record Backup(Path folder, String stem, BackupManifest manifest, boolean bare) {

    public Path binaryFile() {
        return folder.resolve(manifest.binary().name());
    }

    public Optional<Path> scriptFile() {
        return manifest.script().map(s -> folder.resolve(s.name()));
    }

    public Path manifestFile() {
        return folder.resolve(stem + ".manifest");
    }

    public boolean verified() {
        return manifest.verified();
    }

    public LocalDateTime createdAt() {
        return manifest.createdAt();
    }

    public BackupTrigger trigger() {
        return manifest.trigger();
    }
}
