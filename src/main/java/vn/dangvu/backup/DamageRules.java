package vn.dangvu.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.db.Contents;

/// Damage detection (issue 9): H2 checks no page's contents, so a file can open with rows of NULLs or a changed
/// byte in a name. A file is damaged when it holds values no save writes (NULL in a NOT NULL column, NUL in text),
/// or, compared with its newest backup, when the append-only audit trail shrank or changed, or a table vanished.
/// Rows that changed while the audit trail recorded nothing are suspicious (not the app's doing); other
/// differences are ordinary work since the backup.
public final class DamageRules {

    /// Tables the app itself rewrites on open (version stamps) or that grow with upgrades, not with work.
    static final Set<String> NOT_COMPARED = Set.of("APP_META", "flyway_schema_history");

    /// How the file stands.
    public enum Verdict {
        SAME, CHANGED, SUSPICIOUS, DAMAGED;

        public String i18nKey() {
            return "backup.check.verdict." + name();
        }
    }

    private DamageRules() {
    }

    public static List<Finding> findings(Map<String, Contents.TableFacts> now, Optional<Map<String, BackupManifest.TableEntry>> backup) {
        List<Finding> out = new ArrayList<>();
        for (Contents.TableFacts t : now.values()) {
            if (t.nullsInNotNull() > 0) {
                out.add(new Finding(Finding.Kind.NULL_IN_NOT_NULL, t.table(), 0, t.nullsInNotNull()));
            }
            if (t.badText() > 0) {
                out.add(new Finding(Finding.Kind.BAD_TEXT, t.table(), 0, t.badText()));
            }
        }
        if (backup.isEmpty()) {
            return out;
        }
        Map<String, BackupManifest.TableEntry> before = backup.get();
        before.forEach((name, b) -> {
            if (!now.containsKey(name)) {
                out.add(new Finding(Finding.Kind.TABLE_MISSING, name, b.rows(), 0));
            }
        });
        Contents.TableFacts audit = now.get(Contents.AUDIT);
        BackupManifest.TableEntry auditBefore = before.get(Contents.AUDIT);
        boolean auditSame = false;
        if (audit != null && auditBefore != null) {
            auditSame = audit.digest().equals(auditBefore.digest());
            if (audit.rows() < auditBefore.rows()) {
                out.add(new Finding(Finding.Kind.AUDIT_SHRANK, Contents.AUDIT, auditBefore.rows(), audit.rows()));
            } else if (audit.rows() == auditBefore.rows() && !auditSame) {
                out.add(new Finding(Finding.Kind.AUDIT_ALTERED, Contents.AUDIT, auditBefore.rows(), audit.rows()));
            }
        }
        for (Contents.TableFacts t : now.values()) {
            BackupManifest.TableEntry b = before.get(t.table());
            if (b == null || NOT_COMPARED.contains(t.table()) || t.table().equals(Contents.AUDIT)) {
                continue;
            }
            boolean rowsDiffer = b.rows() != t.rows();
            if (rowsDiffer || !b.digest().equals(t.digest())) {
                Finding.Kind kind = auditSame ? Finding.Kind.CHANGED_WITHOUT_AUDIT
                        : rowsDiffer ? Finding.Kind.ROWS_CHANGED : Finding.Kind.CONTENT_CHANGED;
                out.add(new Finding(kind, t.table(), b.rows(), t.rows()));
            }
        }
        if (audit != null && auditBefore != null && audit.rows() > auditBefore.rows()) {
            out.add(new Finding(Finding.Kind.ROWS_CHANGED, Contents.AUDIT, auditBefore.rows(), audit.rows()));
        }
        return out;
    }

    public static Verdict verdict(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.kind().damage())) {
            return Verdict.DAMAGED;
        }
        if (findings.stream().anyMatch(f -> f.kind() == Finding.Kind.CHANGED_WITHOUT_AUDIT)) {
            return Verdict.SUSPICIOUS;
        }
        return findings.isEmpty() ? Verdict.SAME : Verdict.CHANGED;
    }
}
