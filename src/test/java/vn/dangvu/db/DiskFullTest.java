package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.cli.Cli;
import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.db.jooq.Tables;

/// Issue 7: a full disk gave "Đã xảy ra lỗi ngoài dự kiến" (import, demo) or Flyway's raw text (init on a nearly
/// full disk). On a real small tmpfs, each now says the disk is full, names the file, and leaves nothing
/// half-written: no new database under its name, no member of a failed import, the old export intact.
class DiskFullTest {

    private static final long KIB = 1024;

    @TempDir
    Path dir;
    private Path disk;

    @BeforeEach
    void mount() throws Exception {
        Path d = Files.createDirectories(dir.resolve("disk"));
        Optional<String> why = RealMedia.mountTmpfs(d, "24m");
        assumeTrue(why.isEmpty(), () -> "no small file system to fill: " + why.orElse(""));
        disk = d;
    }

    @AfterEach
    void unmount() {
        if (disk != null) {
            RealMedia.unmount(disk);
        }
    }

    @Test
    void initOnANearlyFullDiskSaysSoAndLeavesNoDatabase() throws Exception {
        Path filler = RealMedia.fill(disk, 300 * KIB);
        Run r = Run.of("--db", disk.resolve("xa").toString(), "init", "--commune", "Phú Sơn", "--province", "Khánh Hòa");
        assertEquals(Cli.BAD_INPUT, r.code, r.err);
        assertDiskFull(r.err, disk.resolve("xa.mv.db"));
        assertEquals(List.of("filler", "xa.app.lock"), DbFiles.fileNames(disk));

        Files.delete(filler);
        Run again = Run.of("--db", disk.resolve("xa").toString(), "init", "--commune", "Phú Sơn", "--province", "Khánh Hòa");
        assertEquals(Cli.OK, again.code, again.err);
    }

    @Test
    void demoThatFillsTheDiskSaysSoAndLeavesNoDatabase() throws Exception {
        RealMedia.fill(disk, 1500 * KIB);
        Run r = Run.of("--db", disk.resolve("mau").toString(), "demo", "--members", "1500");
        assertEquals(Cli.BAD_INPUT, r.code, r.err);
        assertDiskFull(r.err, disk.resolve("mau.mv.db"));
        assertFalse(Files.exists(disk.resolve("mau.mv.db")));
        assertFalse(Files.exists(disk.resolve("mau.building")));
    }

    @Test
    void importOnAFullDiskSaysSoAndWritesNoMember() throws Exception {
        Path base = disk.resolve("xa");
        DbFiles.createWithMembers(base);
        StringBuilder csv = new StringBuilder("Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Số thẻ ĐV,Chi bộ\n");
        for (int i = 0; i < 3000; i++) {
            csv.append(DbChild.nameFor(i)).append(",01/02/1960,Nam,03/02/1996,KT").append(i).append(",Chi bộ thôn ")
                    .append(i % 20).append('\n');
        }
        Path file = Files.writeString(dir.resolve("danh sách.csv"), csv, StandardCharsets.UTF_8);
        Path filler = RealMedia.fill(disk, 150 * KIB);

        Run r = Run.of("--db", base.toString(), "import", "members", file.toString());
        assertEquals(Cli.BAD_INPUT, r.code, r.out + r.err);
        assertDiskFull(r.err, Database.dataFile(base));

        Files.delete(filler);
        try (Database db = Database.open(base)) {
            assertEquals(0, (int) db.read(trx -> trx.dsl().fetchCount(Tables.PARTY_MEMBER)));
        }
    }

    @Test
    void anExportThatDoesNotFitSaysSoAndKeepsTheOldFile() throws Exception {
        Path out = disk.resolve("danh sách.xlsx");
        Files.writeString(out, "bản cũ");
        RealMedia.fill(disk, 64 * KIB);
        byte[] big = new byte[256 * 1024];
        AppException e = assertThrows(AppException.class, () -> AtomicFile.write(out, tmp -> Files.write(tmp, big)));
        assertEquals("io.error.diskFull", e.key());
        assertEquals("bản cũ", Files.readString(out));
        assertFalse(Files.exists(AtomicFile.temporary(out)));
    }

    private static void assertDiskFull(String err, Path file) {
        assertTrue(err.contains("đã đầy") && err.contains(file.toString()), err);
        assertFalse(err.contains("ngoài dự kiến") || err.contains("Flyway") || err.contains("Exception")
                || err.contains("Migration"), err);
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
