package vn.dangvu.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/// What a backup holds, shown before it is restored: when and why it was made, by which app version, the counts of
/// units, members and working years, whose commune, whether it was verified; `newer`: the refusal when this program
/// is older than the one that wrote it; `otherCommune`: it holds another commune than the open data.
public record BackupPreview(Path file, LocalDateTime createdAt, BackupTrigger trigger, String appVersion, String schemaVersion,
                            long units, long members, long years, Optional<Commune> commune, boolean verified,
                            Optional<String> newer, boolean otherCommune) {

    /// What the backup holds, one line each, as shown before a restore.
    public List<String> lines() {
        return BackupTexts.preview(this);
    }
}
