package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.AppWorkspace;
import vn.dangvu.cli.Cli;
import vn.dangvu.common.AppException;
import vn.dangvu.db.jooq.Tables;
import vn.dangvu.ui.SyncBackgroundTasks;

/// Issue 7: a database on read-only media (a CD, a write-protected USB stick, a read-only share) could not even be
/// listed, because the app lock file could not be made. It now opens read-only (H2's ACCESS_MODE_DATA=r, no app
/// lock) for viewing, listing and exporting, says so in the window, refuses every change with a message saying
/// changes are not possible, and never writes a byte. The media here are real: a tmpfs remounted read-only, and
/// a file with the immutable attribute (both hold for root, who ignores permission bits).
class ReadOnlyMediaTest {

    @TempDir
    Path dir;
    private Path mounted;
    private Path immutable;

    @AfterEach
    void release() {
        if (immutable != null) {
            RealMedia.immutable(immutable, false);
        }
        if (mounted != null) {
            RealMedia.unmount(mounted);
        }
    }

    private Path readOnlyMedium() throws Exception {
        Path media = Files.createDirectories(dir.resolve("usb"));
        Optional<String> why = RealMedia.mountTmpfs(media, "32m");
        assumeTrue(why.isEmpty(), () -> "no read-only medium to test on: " + why.orElse(""));
        mounted = media;
        DbFiles.createWithMembers(media.resolve("xa"), "Nguyễn Thị Hương", "Trần Văn Bình");
        RealMedia.remountReadOnly(media);
        return media;
    }

    @Test
    void databaseOnReadOnlyMediaOpensForReadingAndNeverWrites() throws Exception {
        Path media = readOnlyMedium();
        Path base = media.resolve("xa");
        List<String> files = DbFiles.fileNames(media);
        String sha = DbFiles.sha(base);
        try (AppContext ctx = new AppContext(Database.open(base))) {
            assertTrue(ctx.db().readOnly());
            assertEquals(2, (int) ctx.db().read(trx -> trx.dsl().fetchCount(Tables.PARTY_MEMBER)));
            assertEquals(2, ctx.members().count());
            assertEquals("Xã Phú Sơn", ctx.settings().load().orElseThrow().communeName());

            StorageFault f = assertThrows(StorageFault.class,
                    () -> ctx.db().save(trx -> trx.dsl().deleteFrom(Tables.PARTY_MEMBER).execute()));
            assertReadOnlyMessage(f.reason());
            AppException e = assertThrows(AppException.class,
                    () -> ctx.db().change(trx -> trx.dsl().deleteFrom(Tables.PARTY_MEMBER).execute()));
            assertReadOnlyMessage(e);

            String notice = new AppWorkspace(ctx, new SyncBackgroundTasks(), false).notice().orElseThrow();
            assertTrue(notice.startsWith("Dữ liệu chỉ đọc: "), notice);
        }
        assertEquals(files, DbFiles.fileNames(media));
        assertEquals(sha, DbFiles.sha(base));
    }

    @Test
    void commandLineListsAndExportsButRefusesChangesOnReadOnlyMedia() throws Exception {
        Path media = readOnlyMedium();
        String db = media.resolve("xa").toString();
        String sha = DbFiles.sha(media.resolve("xa"));

        Run list = Run.of("--db", db, "members", "list");
        assertEquals(Cli.OK, list.code, list.err);
        assertTrue(list.out.contains("Nguyễn Thị Hương") && list.out.contains("Trần Văn Bình"), list.out);

        Path xlsx = dir.resolve("xuat.xlsx");
        Run export = Run.of("--db", db, "export", "members", "--out", xlsx.toString());
        assertEquals(Cli.OK, export.code, export.err);
        assertTrue(Files.size(xlsx) > 0);

        Run imported = Run.of("--db", db, "import", "members", xlsx.toString());
        assertEquals(Cli.BAD_INPUT, imported.code, imported.err);
        assertTrue(imported.err.contains("chế độ chỉ đọc") && imported.err.contains("không thay đổi được"), imported.err);

        for (String[] create : List.of(new String[] {"init", "--commune", "A", "--province", "B"},
                new String[] {"demo", "--members", "10"})) {
            String[] args = new String[create.length + 2];
            args[0] = "--db";
            args[1] = media.resolve("moi").toString();
            System.arraycopy(create, 0, args, 2, create.length);
            Run r = Run.of(args);
            assertEquals(Cli.BAD_INPUT, r.code, r.err);
            assertTrue(r.err.contains("ổ đĩa chỉ đọc"), r.err);
        }
        assertEquals(sha, DbFiles.sha(media.resolve("xa")));
        assertFalse(Files.exists(media.resolve("moi.mv.db")));
    }

    @Test
    void writeProtectedFileInAWritableFolderOpensReadOnly() throws Exception {
        Path base = dir.resolve("xa");
        DbFiles.createWithMembers(base, "Lê Thị Mai");
        Path file = Database.dataFile(base);
        Optional<String> why = RealMedia.immutable(file, true);
        if (why.isEmpty()) {
            immutable = file;
        } else {
            // not root (or no chattr): the permission bit is enough for anyone else
            assumeTrue(!"root".equals(System.getProperty("user.name")) && file.toFile().setWritable(false),
                    () -> "cannot write-protect a file here: " + why.get());
        }
        List<String> files = DbFiles.fileNames(dir);
        String sha = DbFiles.sha(base);
        try (Database db = Database.open(base)) {
            assertTrue(db.readOnly());
            assertEquals(1, (int) db.read(trx -> trx.dsl().fetchCount(Tables.PARTY_MEMBER)));
            assertReadOnlyMessage(assertThrows(AppException.class,
                    () -> db.change(trx -> trx.dsl().deleteFrom(Tables.PARTY_MEMBER).execute())));
        }
        assertEquals(files, DbFiles.fileNames(dir));
        assertEquals(sha, DbFiles.sha(base));
    }

    private static void assertReadOnlyMessage(AppException e) {
        assertEquals("db.error.readOnly", e.key());
        assertTrue(e.userMessage().contains("chế độ chỉ đọc") && e.userMessage().contains("không thay đổi được"),
                e.userMessage());
    }

    /// The command line in this JVM, with what it printed.
    private record Run(int code, String out, String err) {

        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Run(code, out.toString(), err.toString());
        }
    }
}
