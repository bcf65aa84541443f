package vn.dangvu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jooq.Table;
import org.junit.jupiter.api.Test;

import vn.dangvu.db.jooq.Tables;

/// One write path per table (ADR 0011): every table is inserted, updated and deleted by exactly one class, a
/// `*Repository`, with jOOQ built from the generated table constants. The scanner reads `src/main/java` (comments
/// stripped) for jOOQ writes naming a table constant (`insertInto(T`, `update(T`, `deleteFrom(T`, `mergeInto(T`,
/// `newRecord(T`, `loadInto(T`), for record writes (`store()`, `insert()`, `update()`, `delete()`, `batchInsert(`,
/// `batchStore(`, `batchUpdate(`, `batchDelete(`: every table whose generated `*Record` the class names), and for SQL
/// text that writes (`"INSERT INTO t`, `"UPDATE t SET`, `"DELETE FROM t`, `"MERGE INTO t`), which is not allowed at
/// all. The `db` package is excepted: it stamps app_meta on open and runs Flyway, with plain JDBC.
class WritePathTest {

    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:insertInto|update|deleteFrom|mergeInto|newRecord|loadInto)\\s*\\(\\s*(?:Tables\\.)?([A-Z][A-Z0-9_]*)\\b");
    private static final Pattern RECORD_WRITE = Pattern.compile(
            "\\.(?:store|insert|update|delete)\\(\\s*\\)|\\bbatch(?:Insert|Store|Update|Delete)\\s*\\(");
    private static final Pattern RECORD_TYPE = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)Record\\b");
    private static final Pattern SQL_WRITE = Pattern.compile(
            "\"\\s*(?i:insert\\s+into|delete\\s+from|merge\\s+into|update)\\s+\"?([A-Za-z_][A-Za-z0-9_]*)\"?\\s*(?i:\\(|values|set|where|using|key|select|$|\")",
            Pattern.MULTILINE);
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    /// What the scan found: the classes writing each table, and SQL text that writes.
    record Scan(Map<String, Set<String>> writers, List<String> sqlWrites) {

        /// Every broken rule, as a sentence; empty when each table has one writer, a repository, and no SQL text writes.
        List<String> violations() {
            List<String> out = new ArrayList<>();
            writers.forEach((table, classes) -> {
                if (classes.size() > 1) {
                    out.add(table + " is written by " + classes.size() + " classes: " + classes);
                }
                classes.stream().filter(c -> !c.endsWith("Repository"))
                        .forEach(c -> out.add(table + " is written by " + c + ", which is not a *Repository"));
            });
            sqlWrites.forEach(w -> out.add("SQL text writes (not a typed jOOQ write): " + w));
            return out;
        }
    }

    /// Scans sources (class name -> text) for writes to the given tables (generated constant names).
    static Scan scan(Map<String, String> sources, Set<String> tables) {
        Map<String, Set<String>> writers = new TreeMap<>();
        List<String> sql = new ArrayList<>();
        sources.forEach((cls, text) -> {
            String code = COMMENTS.matcher(text).replaceAll(" ");
            Matcher m = WRITE.matcher(code);
            while (m.find()) {
                if (tables.contains(m.group(1))) {
                    writers.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(cls);
                }
            }
            if (RECORD_WRITE.matcher(code).find()) {
                Matcher r = RECORD_TYPE.matcher(code);
                while (r.find()) {
                    String table = r.group(1).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
                    if (tables.contains(table)) {
                        writers.computeIfAbsent(table, k -> new TreeSet<>()).add(cls);
                    }
                }
            }
            Matcher s = SQL_WRITE.matcher(code);
            while (s.find()) {
                sql.add(cls + ": " + s.group().strip());
            }
        });
        return new Scan(writers, sql);
    }

    /// The generated table constants (Tables.PARTY_MEMBER…).
    static Set<String> tableConstants() {
        Set<String> out = new TreeSet<>();
        for (Field f : Tables.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Table.class.isAssignableFrom(f.getType())) {
                out.add(f.getName());
            }
        }
        return out;
    }

    /// The main sources outside the `db` package, by class name.
    static Map<String, String> mainSources() throws IOException {
        Path root = Path.of("src", "main", "java");
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(f).toString().replace('\\', '/').replace(".java", "").replace('/', '.');
                if (!name.startsWith("vn.dangvu.db.")) {
                    out.put(name, Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    @Test
    void eachTableIsWrittenByOneRepositoryWithTypedJooq() throws IOException {
        Map<String, String> sources = mainSources();
        assertTrue(sources.size() > 100, "read " + sources.size() + " source files");
        Scan scan = scan(sources, tableConstants());
        assertEquals(List.of(), scan.violations());
        // the scan sees the writers it should (a scanner that finds nothing passes vacuously)
        assertEquals(Set.of("vn.dangvu.members.MemberRepository"), scan.writers().get("PARTY_MEMBER"));
        assertEquals(Set.of("vn.dangvu.members.MemberRepository"), scan.writers().get("MEMBERSHIP_EVENT"));
        assertEquals(Set.of("vn.dangvu.members.BadgeRepository"), scan.writers().get("BADGE_AWARD"));
        assertEquals(Set.of("vn.dangvu.units.UnitRepository"), scan.writers().get("LEADERSHIP_ASSIGNMENT"));
        assertEquals(Set.of("vn.dangvu.rating.RatingRepository"), scan.writers().get("EVALUATION"));
    }

    @Test
    void theScannerFindsASecondWriterANonRepositoryAndSqlText() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("x.members.MemberRepository", """
                class MemberRepository {
                    long insert(DSLContext t) { return t.insertInto(PARTY_MEMBER).set(PARTY_MEMBER.GIVEN_NAME, "An").execute(); }
                    // a comment about deleteFrom(AUDIT_LOG) writes nothing
                }""");
        bad.put("x.importing.MemberImportRepository", """
                class MemberImportRepository {
                    void insert(DSLContext t) { t.batch(t.insertInto(Tables.PARTY_MEMBER, COLS).values(nulls)).execute(); }
                }""");
        bad.put("x.demo.DemoService", """
                class DemoService {
                    void badge(DSLContext t) { t.update(BADGE_AWARD).set(BADGE_AWARD.EARLY, true).execute(); }
                    void raw(Connection c) { c.prepareStatement("INSERT INTO badge_award (member_id) VALUES (?)"); }
                }""");
        bad.put("x.reports.RegisterRepository", """
                class RegisterRepository {
                    void touch(DSLContext t) { EvaluationRecord r = t.selectFrom(EVALUATION).fetchAny(); r.store(); }
                }""");
        Scan scan = scan(bad, Set.of("PARTY_MEMBER", "BADGE_AWARD", "AUDIT_LOG", "EVALUATION"));
        assertEquals(List.of(
                "BADGE_AWARD is written by x.demo.DemoService, which is not a *Repository",
                "PARTY_MEMBER is written by 2 classes: [x.importing.MemberImportRepository, x.members.MemberRepository]",
                "SQL text writes (not a typed jOOQ write): x.demo.DemoService: \"INSERT INTO badge_award ("),
                scan.violations());
        assertEquals(Set.of("x.reports.RegisterRepository"), scan.writers().get("EVALUATION"));
        assertEquals(null, scan.writers().get("AUDIT_LOG"), "a comment is no write");
    }
}
