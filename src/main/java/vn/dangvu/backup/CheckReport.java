package vn.dangvu.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import vn.dangvu.db.Contents;
import vn.dangvu.db.LastClose;

/// What `check` found: the file's contents read in full, the backup it was compared with, the findings.
public record CheckReport(Path file, LastClose lastClose, Contents contents, Optional<Backup> compared, List<Finding> findings) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    public DamageRules.Verdict verdict() {
        return DamageRules.verdict(findings);
    }

    public boolean damaged() {
        return verdict() == DamageRules.Verdict.DAMAGED;
    }

    /// The report as `check` prints it: the counts, the comparison with the backup, the findings, the verdict.
    public List<String> lines() {
        return BackupTexts.check(this);
    }

    /// The damage found, one line each.
    public List<String> damageLines() {
        return findings.stream().filter(f -> f.kind().damage()).map(BackupTexts::finding).toList();
    }
}
