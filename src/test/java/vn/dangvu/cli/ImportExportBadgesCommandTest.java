package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `import members`, `export members` and `badges` run in-process on real files.
class ImportExportBadgesCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private String db() {
        String db = dir.resolve("xa").toString();
        assertEquals(0, run("--db", db, "init", "--commune", "Phú Sơn", "--province", "Khánh Hòa").code());
        return db;
    }

    @Test
    void importRejectsBadFileWholeThenOnlyValidAndReimportUpdates() throws Exception {
        String db = db();
        Path csv = Files.writeString(dir.resolve("danh sách.csv"), "Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Số thẻ ĐV,Chi bộ\n"
                + "Nguyễn Văn An,01/02/1960,Nam,03/02/1996,001,Chi bộ thôn Đông\n"
                + "Trần Thị Bình,31/02/1970,Nữ,03/02/1995,002,Chi bộ thôn Đông\n"
                + "Lê Văn Cường,05/06/1961,Nam,19/05/1990,003,  chi bo THON tây \n", StandardCharsets.UTF_8);
        Run bad = run("--db", db, "import", "members", csv.toString());
        assertEquals(1, bad.code(), bad.out() + bad.err());
        assertTrue(bad.out().contains("Dòng 3, cột B (Ngày sinh): 31/02/1970 không có trong lịch."), bad.out());
        assertTrue(bad.out().contains("Các dòng bị loại: 3."), bad.out());
        assertEquals("", run("--db", db, "members", "list", "--format", "tsv").out());

        Run dry = run("--db", db, "import", "members", csv.toString(), "--only-valid", "--dry-run");
        assertEquals(0, dry.code());
        assertEquals("", run("--db", db, "members", "list", "--format", "tsv").out());

        Run ok = run("--db", db, "import", "members", csv.toString(), "--only-valid");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("Đã đọc 3 dòng: 2 đảng viên mới, 0 cập nhật, 1 dòng bị loại."), ok.out());
        assertTrue(ok.out().contains("Chi bộ được tạo mới: Chi bộ thôn Đông, chi bo THON tây."), ok.out());
        // no full-membership date in the list: imported as probationary (the rules give OFFICIAL only through one), with a warning
        assertTrue(ok.out().contains("nhập là đảng viên dự bị"), ok.out());
        assertEquals("Nguyễn Văn An\t1960-02-01\tChi bộ thôn Đông\tDự bị\nLê Văn Cường\t1961-06-05\tchi bo THON tây\tDự bị\n",
                run("--db", db, "members", "list", "--format", "tsv").out());

        Run again = run("--db", db, "import", "members", csv.toString(), "--only-valid");
        assertTrue(again.out().contains("0 đảng viên mới, 2 cập nhật"), again.out());
    }

    @Test
    void exportWritesXlsxAndCsvWithBom() throws Exception {
        String db = db();
        Files.writeString(dir.resolve("ds.csv"), "Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Chi bộ\nĐặng Thị Hưởng,01/02/1975,Nữ,03/02/2000,Chi bộ thôn Bắc\n");
        assertEquals(0, run("--db", db, "import", "members", dir.resolve("ds.csv").toString()).code());
        Path xlsx = dir.resolve("Danh sách đảng viên.xlsx");
        Run r = run("--db", db, "export", "members", "--out", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals("Đặng Thị Hưởng", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertEquals("Chi bộ thôn Bắc", wb.getSheetAt(0).getRow(1).getCell(3).getStringCellValue());
        }
        Path csv = dir.resolve("out.csv");
        assertEquals(0, run("--db", db, "export", "members", "--out", csv.toString()).code());
        assertTrue(Files.readString(csv).startsWith("\uFEFFHọ và tên,Ngày sinh,Giới tính,Chi bộ,Trạng thái"));
        assertEquals(1, run("--db", db, "export", "members", "--out", dir.resolve("x.pdf").toString()).code());
    }

    @Test
    void badgesForARoundAsTsv() throws Exception {
        String db = db();
        Files.writeString(dir.resolve("ds.csv"), "Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Ngày chính thức,Chi bộ\n"
                + "Nguyễn Văn An,01/02/1960,Nam,10/01/1996,10/01/1997,Chi bộ thôn Đông\n"
                + "Trần Văn Bình,01/02/1950,Nam,01/01/1986,01/01/1987,Chi bộ thôn Đông\n"
                + "Lê Văn Cường,01/02/1990,Nam,01/01/2010,01/01/2011,Chi bộ thôn Đông\n");
        assertEquals(0, run("--db", db, "import", "members", dir.resolve("ds.csv").toString()).code());
        Run r = run("--db", db, "badges", "--round", "2026-02-03", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertEquals("Trần Văn Bình\t40\t2026-01-01\tĐến hạn\nNguyễn Văn An\t30\t2026-01-10\tĐến hạn\n", r.out());
        Run notRound = run("--db", db, "badges", "--round", "2026-02-04");
        assertEquals(1, notRound.code());
        assertTrue(notRound.err().contains("không phải đợt trao Huy hiệu Đảng"), notRound.err());
        // the round is read as the forms read dates: day/month/year too, and strictly
        assertEquals(r.out(), run("--db", db, "badges", "--round", "3/2/2026", "--format", "tsv").out());
        for (String[] bad : new String[][] {{"31/02/2026", "--round: 31/02/2026 không có trong lịch."},
            {"2026-02-29", "--round: 2026-02-29 không có trong lịch."},
            {"abc", "--round: «abc» không phải là ngày (gõ theo dạng ngày/tháng/năm, ví dụ 05/03/1980)."}}) {
            Run refused = run("--db", db, "badges", "--round", bad[0]);
            assertEquals(1, refused.code(), refused.err());
            assertTrue(refused.err().startsWith(bad[1] + System.lineSeparator()), refused.err());
        }
        assertEquals(2, run("--db", db, "badges").code());

        // issue 8: the list had no badge columns; the milestones before a date are marked awarded, then the list printed
        Run marked = run("--db", db, "badges", "--round", "2026-02-03", "--format", "tsv", "--mark-awarded-before", "05/01/2026");
        assertEquals(0, marked.code(), marked.err());
        assertEquals("Đã ghi 2 huy hiệu đã trao cho 3 đảng viên.\nNguyễn Văn An\t30\t2026-01-10\tĐến hạn\n",
                marked.out().replace(System.lineSeparator(), "\n"));
        Run badDate = run("--db", db, "badges", "--round", "2026-02-03", "--mark-awarded-before", "32/01/2026");
        assertEquals(1, badDate.code());
        assertTrue(badDate.err().startsWith("--mark-awarded-before: 32/01/2026"), badDate.err());
    }
}
