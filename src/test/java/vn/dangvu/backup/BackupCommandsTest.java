package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.cli.Cli;
import vn.dangvu.db.Database;

/// The command line (formats kept: `backup --to DIR` prints the path, `restore BACKUP`, `check`) and the bad inputs
/// and faults of issue 9, each with its Vietnamese message and nothing lost.
class BackupCommandsTest {

    @TempDir
    Path dir;

    private Path commune(String name, String commune, String... members) throws Exception {
        Path base = dir.resolve(name);
        Fixtures.commune(base, commune, members);
        return base;
    }

    @Test
    void backupPrintsThePathAndToADirectoryCopiesTheVerifiedSetThere() throws Exception {
        Path base = commune("xa", "Phú Sơn", "Nguyễn Thị Hương");
        CliRun local = CliRun.of("--db", base.toString(), "backup");
        assertEquals(Cli.OK, local.code(), local.toString());
        Path made = Path.of(local.out().trim());
        assertEquals(Database.backupFolder(base), made.getParent());
        assertTrue(made.getFileName().toString().matches("xa-\\d{8}-\\d{6}-manual\\.mv\\.db"), made.toString());

        Path usb = Files.createDirectories(dir.resolve("usb"));
        CliRun out = CliRun.of("--db", base.toString(), "backup", "--to", usb.toString());
        assertEquals(Cli.OK, out.code(), out.toString());
        Path copy = Path.of(out.out().trim());
        assertEquals(usb, copy.getParent());
        String stem = BackupFolder.stem(copy.getFileName().toString());
        assertEquals(List.of(stem + ".manifest", stem + ".mv.db", stem + ".sql.gz"), names(usb));
        Backup there = BackupReader.find(copy);
        assertTrue(there.verified());
        assertEquals(Backups.sha256(copy), there.manifest().binary().sha256(), "read back and compared");
        try (AppContext ctx = Fixtures.open(base)) {
            assertEquals(usb.toString(), ctx.backups().health().lastOutside().orElseThrow().where());
        }
        // what was copied out restores
        CliRun restored = CliRun.of("--db", base.toString(), "restore", copy.toString());
        assertEquals(Cli.OK, restored.code(), restored.toString());
        assertTrue(restored.out().contains("Đã khôi phục " + Database.dataFile(base)), restored.out());
        assertTrue(restored.out().contains("Gồm 1 tổ chức đảng, 1 đảng viên, 0 năm công tác."), restored.out());
        assertTrue(restored.out().contains("Dữ liệu trước khi khôi phục đã được sao lưu ở "), restored.out());
    }

    @Test
    void aMissingTargetOrBackupFolderIsNamedAndNothingIsWritten() throws Exception {
        Path base = commune("xa", "Phú Sơn");
        CliRun r = CliRun.of("--db", base.toString(), "backup", "--to", dir.resolve("không có").toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("Không có thư mục " + dir.resolve("không có")), r.err());
        assertFalse(Files.exists(dir.resolve("không có")));
        assertFalse(Files.exists(Database.backupFolder(base)), "no local backup either: refused before it");

        // the backup folder cannot be made (a file is in its way)
        Files.writeString(Database.backupFolder(base), "not a folder");
        CliRun blocked = CliRun.of("--db", base.toString(), "backup");
        assertEquals(Cli.BAD_INPUT, blocked.code());
        assertTrue(blocked.err().contains("Không tạo được thư mục sao lưu " + Database.backupFolder(base)), blocked.err());
        // deleted folder: made again at the next backup
        Files.delete(Database.backupFolder(base));
        assertEquals(Cli.OK, CliRun.of("--db", base.toString(), "backup").code());
        assertTrue(Files.isDirectory(Database.backupFolder(base)));
    }

    @Test
    void aSecondProgramIsToldWhoHasTheDataAndNothingIsReplaced() throws Exception {
        Path base = commune("xa", "Phú Sơn", "Nguyễn Thị Hương");
        assertEquals(Cli.OK, CliRun.of("--db", base.toString(), "backup").code());
        Path backup = Files.list(Database.backupFolder(base)).filter(p -> p.toString().endsWith(".mv.db")).findFirst().orElseThrow();
        try (AppContext held = Fixtures.open(base)) {
            CliRun b = CliRun.of("--db", base.toString(), "backup");
            assertEquals(Cli.BAD_INPUT, b.code());
            assertTrue(b.err().contains("đang được mở"), b.err());
            String before = Backups.sha256(Database.dataFile(base));
            CliRun r = CliRun.of("--db", base.toString(), "restore", backup.toString());
            assertEquals(Cli.BAD_INPUT, r.code());
            assertTrue(r.err().contains("đang được mở"), r.err());
            assertEquals(before, Backups.sha256(Database.dataFile(base)));
            assertEquals(1, held.members().count());
        }
    }

    @Test
    void aNewerDatabaseFileIsNotBackedUpByAnOlderProgram() throws Exception {
        Path base = commune("xa", "Phú Sơn");
        sql(base, "UPDATE app_meta SET meta_value = '99.0.0' WHERE meta_key = 'last_written_by_app'");
        CliRun r = CliRun.of("--db", base.toString(), "backup");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("phiên bản 99.0.0") && r.err().contains("Hãy cập nhật chương trình"), r.err());
        assertFalse(Files.exists(Database.backupFolder(base)));
    }

    @Test
    void aBackupFromANewerVersionIsRefusedAndTheDataStays() throws Exception {
        Path base = commune("xa", "Phú Sơn", "Nguyễn Thị Hương");
        Path newer = commune("moi", "Phú Sơn", "Trần Văn An", "Lê Thị Bình");
        sql(newer, "UPDATE app_meta SET meta_value = '99.0.0' WHERE meta_key = 'last_written_by_app'");
        String before = Backups.sha256(Database.dataFile(base));
        CliRun r = CliRun.of("--db", base.toString(), "restore", Database.dataFile(newer).toString());
        assertEquals(Cli.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("do phiên bản Đảng vụ mới hơn tạo ra nên chương trình này không khôi phục nó"), r.err());
        assertEquals(before, Backups.sha256(Database.dataFile(base)));
    }

    @Test
    void aBackupOfAnotherCommuneIsRefusedUnlessThatIsMeant() throws Exception {
        Path base = commune("xa", "Phú Sơn", "Nguyễn Thị Hương");
        Path other = commune("khac", "Ninh Hòa", "Trần Văn An", "Lê Thị Bình");
        CliRun made = CliRun.of("--db", other.toString(), "backup");
        String before = Backups.sha256(Database.dataFile(base));
        CliRun r = CliRun.of("--db", base.toString(), "restore", made.out().trim());
        assertEquals(Cli.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("Bản sao lưu này là dữ liệu của Xã Ninh Hòa, Đảng bộ tỉnh Khánh Hòa, không phải của Xã Phú Sơn"),
                r.err());
        assertTrue(r.err().contains("--other-commune"), r.err());
        assertEquals(before, Backups.sha256(Database.dataFile(base)));

        CliRun meant = CliRun.of("--db", base.toString(), "restore", made.out().trim(), "--other-commune");
        assertEquals(Cli.OK, meant.code(), meant.toString());
        try (AppContext ctx = Fixtures.open(base)) {
            assertEquals(2, ctx.members().count());
        }
    }

    @Test
    void aDamagedFileIsKeptAsideUnderANewNameWhenABackupReplacesIt() throws Exception {
        Path base = commune("xa", "Phú Sơn", "Nguyễn Thị Hương");
        CliRun made = CliRun.of("--db", base.toString(), "backup");
        // cut to half its length: H2 cannot read it through
        byte[] all = Files.readAllBytes(Database.dataFile(base));
        byte[] bytes = Arrays.copyOf(all, all.length / 2);
        Files.write(Database.dataFile(base), bytes);
        CliRun check = CliRun.of("--db", base.toString(), "check");
        assertEquals(Cli.BAD_INPUT, check.code(), check.toString());
        assertTrue(check.err().contains("bị hỏng"), check.err());

        CliRun r = CliRun.of("--db", base.toString(), "restore", made.out().trim());
        assertEquals(Cli.OK, r.code(), r.toString());
        List<String> damaged = names(dir).stream().filter(n -> n.matches("xa\\.damaged-\\d{8}-\\d{6}\\.mv\\.db")).toList();
        assertEquals(1, damaged.size(), names(dir).toString());
        Path aside = dir.resolve(damaged.get(0));
        assertTrue(r.out().contains("Tệp dữ liệu hỏng được giữ lại ở " + aside), r.out());
        assertTrue(Arrays.equals(bytes, Files.readAllBytes(aside)), "kept as it was");
        assertEquals(Cli.OK, CliRun.of("--db", base.toString(), "check").code());
    }

    private static List<String> names(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /// SQL on the closed file with a bare H2 connection, as another program would.
    private static void sql(Path base, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "dangvu", "");
             Statement st = c.createStatement()) {
            st.execute(statement);
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            if (e.getErrorCode() != 90121) {
                throw e;
            }
        }
    }
}
