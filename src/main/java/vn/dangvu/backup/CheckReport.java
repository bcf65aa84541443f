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
}
