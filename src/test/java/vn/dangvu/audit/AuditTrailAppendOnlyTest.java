package vn.dangvu.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/// The trail cannot be edited from the app (issue 9): nothing in `src/main` writes audit_log but `AuditRepository`,
/// whose only write is the insert behind `insert`/`insertAll`; other code may read it (backup's digest reader names
/// the table) but neither writes it through jOOQ or SQL nor holds its jOOQ record (which could `store()`); no
/// migration updates, deletes, truncates, drops or fills it. A scan of the sources, shown failing on bad snippets.
class AuditTrailAppendOnlyTest {

    private static final String REPOSITORY = "vn/dangvu/audit/AuditRepository.java";
    /// jOOQ and SQL ways to change rows, other than the one insert.
    private static final Pattern JOOQ_WRITE = Pattern.compile(
            "\\b(update|deleteFrom|delete|truncate|mergeInto|insertInto|store|batchUpdate|batchDelete|batchStore|execute\\s*\\(\\s*\")\\s*\\(",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL_WRITE = Pattern.compile(
            "\\b(UPDATE|DELETE\\s+FROM|TRUNCATE\\s+TABLE|DROP\\s+TABLE|MERGE\\s+INTO|INSERT\\s+INTO|ALTER\\s+TABLE\\s+\\w+\\s+DROP)\\s+[^;]*?\\baudit_log\\b"
                    + "|\\bALTER\\s+TABLE\\s+audit_log\\s+(DROP|RENAME|ALTER)\\b",
            Pattern.CASE_INSENSITIVE);
    /// jOOQ writes aimed at the table, outside the repository.
    private static final Pattern JOOQ_WRITE_TO_TRAIL = Pattern.compile(
            "\\b(update|deleteFrom|delete|truncate|mergeInto|insertInto|batchInsert)\\s*\\(\\s*(Tables\\.)?AUDIT_LOG\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/|--[^\\n]*", Pattern.DOTALL);

    @Test
    void nothingButTheRepositoryInsertWritesTheTrail() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".java")
                        || f.toString().endsWith(".sql")).sorted().toList()) {
                    sources.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(true, sources.containsKey(REPOSITORY), "the scan must see the repository");
        assertEquals(true, sources.keySet().stream().anyMatch(k -> k.endsWith("V4__audit_trail.sql")));
        assertEquals(List.of(), violations(sources));
    }

    @Test
    void theScanFindsEveryKindOfWrite() {
        String goodRepo = """
                public final class AuditRepository {
                    // the trail is never updated
                    public void insert(DSLContext t) { t.insertInto(AUDIT_LOG).set(AUDIT_LOG.ACTOR, "a").execute(); }
                    public List<AuditEntry> find(DSLContext t) { return t.selectFrom(AUDIT_LOG).fetch(m); }
                }
                """;
        assertEquals(List.of(), violations(Map.of(REPOSITORY, goodRepo, "db/migration/V4__a.sql",
                "-- DELETE FROM audit_log is never done\nALTER TABLE audit_log ADD COLUMN reason VARCHAR(2000);\n"
                        + "CREATE INDEX ix ON audit_log (action_code);")));
        List<String> bad = List.of(
                "t.update(AUDIT_LOG).set(AUDIT_LOG.SUMMARY, \"x\").execute();",
                "t.deleteFrom(AUDIT_LOG).execute();",
                "t.truncate(AUDIT_LOG).execute();",
                "t.mergeInto(AUDIT_LOG).using(DSL.selectOne());",
                "t.insertInto(AUDIT_LOG).set(AUDIT_LOG.ACTOR, \"fake\").execute();",
                "record.store();");
        for (String write : bad) {
            String repo = goodRepo.replace("// the trail is never updated", "void sneak(DSLContext t) { " + write + " }");
            assertEquals(1, violations(Map.of(REPOSITORY, repo)).size(), write);
        }
        for (String read : List.of("t.selectFrom(AUDIT_LOG).fetch();", "digest.update(bytes); t.fetchCount(DSL.table(\"Audit_Log\"));",
                "String AUDIT = \"AUDIT_LOG\"; c.createStatement().executeQuery(\"SELECT * FROM \" + AUDIT);")) {
            assertEquals(List.of(), violations(Map.of("vn/dangvu/backup/X.java", "class X { void f() { " + read + " } }")), read);
        }
        for (String elsewhere : List.of("c.createStatement().execute(\"delete from audit_log\");",
                "t.update(AUDIT_LOG).set(AUDIT_LOG.SUMMARY, \"x\").execute();", "t.deleteFrom(Tables.AUDIT_LOG).execute();",
                "t.insertInto(AUDIT_LOG).set(AUDIT_LOG.ACTOR, \"fake\").execute();",
                "t.execute(\"UPDATE AUDIT_LOG SET actor = 'x'\");", "AuditLogRecord r = null;")) {
            assertEquals(1, violations(Map.of("vn/dangvu/members/X.java", "class X { void f() { " + elsewhere + " } }")).size(),
                    elsewhere);
        }
        for (String sql : List.of("UPDATE audit_log SET summary = ''", "DELETE FROM audit_log WHERE id < 10",
                "TRUNCATE TABLE audit_log", "DROP TABLE audit_log", "INSERT INTO audit_log (actor) VALUES ('x')",
                "ALTER TABLE audit_log DROP COLUMN reason", "merge into AUDIT_LOG key (id) values (1)")) {
            assertEquals(1, violations(Map.of("db/migration/V9__x.sql", sql + ";\n")).size(), sql);
        }
    }

    /// One line per violation: a file other than the repository that names the table, a write in the repository
    /// other than its one insert, or a migration statement that changes rows of the table or drops it.
    static List<String> violations(Map<String, String> sources) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String code = COMMENTS.matcher(e.getValue()).replaceAll(" ");
            if (e.getKey().endsWith(".sql")) {
                Matcher m = SQL_WRITE.matcher(code);
                while (m.find()) {
                    out.add(e.getKey() + ": " + m.group().strip());
                }
            } else if (e.getKey().endsWith(REPOSITORY)) {
                Matcher m = JOOQ_WRITE.matcher(code);
                int inserts = 0;
                while (m.find()) {
                    if (m.group(1).equals("insertInto") && inserts++ == 0) {
                        continue;
                    }
                    out.add(e.getKey() + ": " + m.group());
                }
            } else if (code.contains("AuditLogRecord")) {
                out.add(e.getKey() + ": holds audit_log's jOOQ record outside AuditRepository");
            } else if (code.toLowerCase(Locale.ROOT).contains("audit_log")) {
                for (Pattern write : List.of(JOOQ_WRITE_TO_TRAIL, SQL_WRITE)) {
                    Matcher m = write.matcher(code);
                    while (m.find()) {
                        out.add(e.getKey() + ": writes audit_log outside AuditRepository: " + m.group().strip());
                    }
                }
            }
        }
        return out;
    }
}
