package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.db.Contents;

/// Damage detection rules: values no save writes, the append-only audit trail shrinking or changing, tables gone;
/// changes the audit trail does not explain are suspicious; the rest is ordinary work.
class DamageRulesTest {

    /// Tables now: `NAME=rows:digest[:nulls:badText]`; backup: `NAME=rows:digest` or `-` for none.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # same as the backup
            PARTY_MEMBER=3:m1 AUDIT_LOG=5:a1 | PARTY_MEMBER=3:m1 AUDIT_LOG=5:a1 | SAME |
            # work since the backup: a member added, five audit rows more
            PARTY_MEMBER=4:m2 AUDIT_LOG=10:a2 | PARTY_MEMBER=3:m1 AUDIT_LOG=5:a1 | CHANGED | ROWS_CHANGED PARTY_MEMBER 3>4, ROWS_CHANGED AUDIT_LOG 5>10
            # a member edited
            PARTY_MEMBER=3:m2 AUDIT_LOG=6:a2 | PARTY_MEMBER=3:m1 AUDIT_LOG=5:a1 | CHANGED | CONTENT_CHANGED PARTY_MEMBER 3>3, ROWS_CHANGED AUDIT_LOG 5>6
            # a name changed while the audit trail recorded nothing (a byte changed on disk)
            PARTY_MEMBER=3:m2 AUDIT_LOG=5:a1 | PARTY_MEMBER=3:m1 AUDIT_LOG=5:a1 | SUSPICIOUS | CHANGED_WITHOUT_AUDIT PARTY_MEMBER 3>3
            # confirmed saves lost: the audit trail has fewer rows than in the backup
            PARTY_MEMBER=3:m1 AUDIT_LOG=4:a0 | PARTY_MEMBER=3:m1 AUDIT_LOG=5:a1 | DAMAGED | AUDIT_SHRANK AUDIT_LOG 5>4
            # the audit trail rewritten
            PARTY_MEMBER=3:m1 AUDIT_LOG=5:a9 | PARTY_MEMBER=3:m1 AUDIT_LOG=5:a1 | DAMAGED | AUDIT_ALTERED AUDIT_LOG 5>5
            # rows of NULLs (the power-loss finding), with or without a backup to compare
            PARTY_MEMBER=3:m1:3:0 AUDIT_LOG=5:a1 | - | DAMAGED | NULL_IN_NOT_NULL PARTY_MEMBER 0>3
            PARTY_MEMBER=3:m1:0:1 AUDIT_LOG=5:a1 | PARTY_MEMBER=3:m1 AUDIT_LOG=5:a1 | DAMAGED | BAD_TEXT PARTY_MEMBER 0>1
            # a table gone
            AUDIT_LOG=5:a1 | PARTY_MEMBER=3:m1 AUDIT_LOG=5:a1 | DAMAGED | TABLE_MISSING PARTY_MEMBER 3>0
            # a table the backup did not have (a newer schema) and the version stamps are not differences
            PARTY_MEMBER=3:m1 AUDIT_LOG=5:a1 NEW_TABLE=1:n APP_META=6:x2 | PARTY_MEMBER=3:m1 AUDIT_LOG=5:a1 APP_META=6:x1 | SAME |
            # nothing to compare with: only the values themselves are checked
            PARTY_MEMBER=3:m1 | - | SAME |
            """)
    void findings(String now, String backup, DamageRules.Verdict verdict, String expected) {
        Map<String, Contents.TableFacts> tables = new LinkedHashMap<>();
        for (String t : now.trim().split(" +")) {
            String[] kv = t.split("=");
            String[] f = kv[1].split(":");
            tables.put(kv[0], new Contents.TableFacts(kv[0], Long.parseLong(f[0]), f[1], f.length > 2 ? Long.parseLong(f[2]) : 0,
                    f.length > 3 ? Long.parseLong(f[3]) : 0));
        }
        Optional<Map<String, BackupManifest.TableEntry>> before = backup.trim().equals("-") ? Optional.empty()
                : Optional.of(Arrays.stream(backup.trim().split(" +")).map(t -> t.split("=")).collect(Collectors.toMap(kv -> kv[0],
                        kv -> new BackupManifest.TableEntry(Long.parseLong(kv[1].split(":")[0]), kv[1].split(":")[1]))));
        var found = DamageRules.findings(tables, before);
        assertEquals(expected == null ? "" : expected, found.stream().map(f -> f.kind() + " " + f.table() + " " + f.before() + ">" + f.after())
                .collect(Collectors.joining(", ")));
        assertEquals(verdict, DamageRules.verdict(found));
    }
}
