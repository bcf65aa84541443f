package vn.dangvu.importing.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.dangvu.AppContext;
import vn.dangvu.cli.Cli;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.importing.ImportProblem;
import vn.dangvu.importing.ImportReport;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;

/// Imports every stored corpus file into a copy of a real H2 database that already holds members, and checks
/// the outcome [CorpusExpectations] gives for it: the Vietnamese messages (key, row, column, meaningful text),
/// that nothing at all is written when the file is refused or a row is rejected (digest of every table an import
/// writes), and what "only valid rows" imports. Some files also go through the command line (exit codes).
class ImportCorpusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    static Path seeded;
    @TempDir
    Path dir;

    @BeforeAll
    static void seed() throws AppException {
        CorpusDatabase.create(seeded);
    }

    static Stream<CorpusCase> cases() {
        return CorpusExpectations.all().stream();
    }

    static Stream<CorpusCase> cliCases() {
        return cases().filter(c -> c.cli);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importsAsTheTableSays(CorpusCase c) throws Exception {
        try (AppContext ctx = new AppContext(Database.open(CorpusDatabase.copy(seeded, dir)))) {
            Map<String, String> before = CorpusDatabase.digest(ctx.db().dsl());
            if (c.refusedKey.isPresent()) {
                AppException e = assertThrows(AppException.class, () -> ctx.memberImport().importFile(file(c), options(false, false)));
                assertEquals(c.refusedKey.get(), e.key(), e::userMessage);
                assertMessage(e.userMessage(), c.fragments);
                assertEquals(before, CorpusDatabase.digest(ctx.db().dsl()), "a refused file changed the database");
                return;
            }
            if (!c.hasErrors()) {
                ImportReport dry = ctx.memberImport().importFile(file(c), options(true, true));
                assertCounts(c, dry, false);
                assertEquals(before, CorpusDatabase.digest(ctx.db().dsl()), "a dry run changed the database");
            }
            ImportReport strict = ctx.memberImport().importFile(file(c), options(false, false));
            assertEquals(c.rowsRead, strict.rowsRead());
            assertErrors(c, strict);
            if (c.hasErrors()) {
                assertFalse(strict.written());
                assertEquals(c.errors.stream().map(CorpusCase.RowError::row).distinct().toList(), strict.rejectedRows());
                assertEquals(before, CorpusDatabase.digest(ctx.db().dsl()), "rejected rows, yet the database changed");
                ImportReport valid = ctx.memberImport().importFile(file(c), options(true, false));
                assertCounts(c, valid, true);
            } else {
                assertCounts(c, strict, true);
            }
            assertNotEquals(before, CorpusDatabase.digest(ctx.db().dsl()));
            assertImported(c, ctx);
        }
    }

    private static void assertErrors(CorpusCase c, ImportReport r) {
        List<ImportProblem> errors = r.problems().stream().filter(p -> !p.warning()).toList();
        assertEquals(c.errors.stream().map(CorpusCase.RowError::toString).toList(),
                errors.stream().map(ImportCorpusTest::where).toList(), () -> describe(r));
        for (int i = 0; i < errors.size(); i++) {
            CorpusCase.RowError e = c.errors.get(i);
            String text = errors.get(i).describe();
            assertTrue(text.startsWith("Dòng " + e.row() + ", cột " + e.column() + " ("), text);
            assertMessage(text, e.fragments());
        }
        for (CorpusCase.RowError w : c.warnings) {
            ImportProblem p = r.problems().stream().filter(x -> x.warning() && where(x).equals(w.toString())).findFirst()
                    .orElseThrow(() -> new AssertionError("no warning " + w));
            assertMessage(p.describe(), w.fragments());
        }
        r.problems().stream().limit(100).forEach(p -> assertMessage(p.describe(), List.of()));
    }

    /// "10 E import.row.admissionBeforeBirth", as [CorpusCase.RowError#toString].
    private static String where(ImportProblem p) {
        return p.row() + " " + p.column() + " " + p.key();
    }

    private static void assertCounts(CorpusCase c, ImportReport r, boolean written) {
        assertEquals(written, r.written(), () -> describe(r));
        assertEquals(c.imported, r.imported(), "new members");
        assertEquals(c.updated, r.updated(), "updated members");
        assertEquals(c.cellsCreated, r.cellsCreated());
    }

    private static void assertImported(CorpusCase c, AppContext ctx) {
        Set<String> names = new TreeSet<>(ctx.members().list(MemberQuery.all()).stream().map(MemberRow::fullName).toList());
        for (String n : c.names) {
            assertTrue(names.contains(n), () -> n + " not in " + (names.size() > 50 ? names.size() + " members" : names));
        }
        for (CorpusCase.Check check : c.checks) {
            assertEquals(check.expected(), String.valueOf(ctx.db().dsl().fetchValue(check.sql())), check.sql());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cliCases")
    void commandLineExitsWithOneAndWritesNothingOnBadInput(CorpusCase c) throws Exception {
        Path db = CorpusDatabase.copy(seeded, dir);
        Map<String, String> before = digest(db);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--db", db.toString(), "import", "members", file(c).toString()},
                new PrintWriter(out), new PrintWriter(err));
        String shown = "exit " + code + "\n" + out + err;
        assertEquals(c.hasErrors() ? Cli.BAD_INPUT : Cli.OK, code, shown);
        if (c.refusedKey.isPresent()) {
            assertMessage(err.toString().strip(), c.fragments);
        } else {
            assertTrue(out.toString().contains(I18n.t(c.hasErrors() ? "cli.import.notWritten" : "cli.import.written")), shown);
        }
        for (CorpusCase.RowError e : c.errors) {
            assertTrue(out.toString().contains("Dòng " + e.row() + ", cột " + e.column() + " ("), shown);
        }
        assertEquals(c.hasErrors(), before.equals(digest(db)), shown);
        if (!c.errors.isEmpty()) {
            StringWriter validOut = new StringWriter();
            assertEquals(Cli.OK, Cli.run(new String[] {"--db", db.toString(), "import", "members", file(c).toString(), "--only-valid"},
                    new PrintWriter(validOut), new PrintWriter(new StringWriter())), validOut::toString);
            assertTrue(validOut.toString().contains(I18n.t("cli.import.summary.counts", c.rowsRead, c.imported, c.updated,
                    c.errors.stream().map(CorpusCase.RowError::row).distinct().count())), validOut::toString);
        }
    }

    @Test
    void everyStoredFileHasOneRowInTheTableAndTheCorpusStaysSmall() throws IOException, URISyntaxException {
        Path corpus = corpusDir();
        Set<String> stored = new TreeSet<>();
        long bytes = 0;
        try (var files = Files.list(corpus)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.equals("README.md") && !name.startsWith(".")) {
                    stored.add(name);
                }
                bytes += Files.size(f);
            }
        }
        List<String> table = cases().map(c -> c.file).toList();
        assertEquals(table.size(), Set.copyOf(table).size(), "a file with two rows in the table");
        assertEquals(stored, new TreeSet<>(table));
        assertTrue(bytes < 3_000_000, "corpus is " + bytes + " bytes");
        String readme = Files.readString(corpus.resolve("README.md"));
        stored.forEach(name -> assertTrue(readme.contains("`" + name + "`"), name + " is not described in README.md"));
    }

    /// Every message a user can see is Vietnamese text from the bundle: no exception, class or SQL text, no
    /// unfilled placeholder; and it says what the table expects.
    private static void assertMessage(String text, List<String> fragments) {
        assertFalse(text.matches("(?s).*(Exception|java\\.|org\\.apache|org\\.jooq|\\{\\d|null).*"), text);
        for (String f : fragments) {
            assertTrue(text.contains(f), () -> "\"" + f + "\" not in: " + text);
        }
    }

    private static String describe(ImportReport r) {
        return String.join("\n", r.problems().stream().filter(p -> !p.warning()).limit(30).map(ImportProblem::describe).toList());
    }

    private static Map<String, String> digest(Path db) throws AppException {
        try (Database d = Database.open(db)) {
            return CorpusDatabase.digest(d.dsl());
        }
    }

    private static ImportOptions options(boolean onlyValid, boolean dryRun) {
        return new ImportOptions(onlyValid, dryRun, true, Optional.empty(), Optional.empty(), TODAY);
    }

    static Path corpusDir() throws URISyntaxException {
        return Path.of(ImportCorpusTest.class.getResource("/import-corpus/README.md").toURI()).getParent();
    }

    private static Path file(CorpusCase c) throws URISyntaxException {
        return corpusDir().resolve(c.file);
    }
}
