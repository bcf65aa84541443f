package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.party.EventType;
import vn.dangvu.rating.Level;
import vn.dangvu.rating.RatingFixture;

/// `rating summary` (the TSV line per grassroots organisation is a contract) and `rating import`, in-process on real
/// files: every bad input refused with row, column and a Vietnamese message, and nothing written.
class RatingCommandTest {

    @TempDir
    Path dir;

    private String db() throws Exception {
        try (RatingFixture f = new RatingFixture(dir)) {
            long an = f.member(f.dong, "Nguyễn Văn An", LocalDate.of(2005, 5, 19), "01234567");
            f.member(f.dong, "Trần Văn Bảo", LocalDate.of(2005, 5, 19), "01234568");
            long cuong = f.member(f.dong, "Lê Văn Cường", LocalDate.of(2005, 5, 19), "01234569");
            f.member(f.tay, "Phạm Văn Dũng", LocalDate.of(2005, 5, 19), "01234570");
            long em = f.member(f.tay, "Hoàng Thị Em", LocalDate.of(2005, 5, 19), "01234571");
            f.event(em, EventType.EXEMPTION_START, LocalDate.of(2026, 2, 1));
            f.member(f.school, "Bùi Thị Lan", LocalDate.of(2005, 5, 19), "01234572");
            f.rate(an, Level.GOOD, 85);
            f.rate(cuong, Level.COMPLETED, 60);
        }
        return dir.resolve("db").toString();
    }

    @Test
    void summaryTsvIsOneLinePerGrassrootsOrganisation() throws Exception {
        String db = db();
        CliRun tsv = CliRun.of("--db", db, "rating", "summary", "--year", "2026", "--format", "tsv");
        assertEquals(0, tsv.code(), tsv::toString);
        assertEquals("Đảng bộ xã Phú Sơn\t2\t0\t1\t1\t0\t3\t0\nChi bộ cơ sở Trường THCS\t0\t0\t0\t0\t0\t1\t0\n",
                tsv.out().replace("\r", ""));

        CliRun table = CliRun.of("--db", db, "rating", "summary", "--year", "2026");
        assertEquals(0, table.code(), table::toString);
        List<String> lines = table.out().replace("\r", "").lines().toList();
        assertEquals("Xếp loại chất lượng đảng viên năm 2026 theo Quy định 366-QĐ/TW (30/8/2025), Hướng dẫn 43-HD/BTCTW (31/10/2025),"
                + " ngày đánh giá 31/12/2026", lines.get(0));
        assertEquals(List.of("Tổ chức cơ sở đảng", "Được xếp loại", "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Chưa, không xếp loại",
                "HTXSNV tối đa"), List.of(lines.get(1).split(" {2,}")));
        assertEquals(List.of("Toàn đảng bộ", "2", "0", "1", "1", "0", "4"), List.of(lines.get(4).split(" {2,}")));

        CliRun none = CliRun.of("--db", db, "rating", "summary", "--year", "2024");
        assertEquals(1, none.code(), none::toString);
        assertTrue(none.err().contains("Chưa mở năm công tác 2024"), none::toString);
        assertEquals(2, CliRun.of("--db", db, "rating", "summary").code());
    }

    @Test
    void importRefusesBadRowsWithRowAndColumnAndWritesNothing() throws Exception {
        String db = db();
        Path bad = xlsx(dir.resolve("xếp loại.xlsx"), List.of(
                List.of("01234568", "Trần Văn Bảo", "", "Chi bộ thôn Đông", "HTTNV", "82"),
                List.of("01234570", "", "", "", "Tốt", "75"),
                List.of("", "Bùi Thị Lan", "04/03/1975", "", "Hoàn thành tốt nhiệm vụ", "105"),
                List.of("09999999", "Ngô Văn Lạ", "", "", "HTNV", "60"),
                List.of("", "Lý Văn Xa", "01/01/1970", "Chi bộ thôn Bắc xã Phú Lộc", "HTNV", "60"),
                List.of("01234571", "", "", "", "HTTNV", "80"),
                List.of("01234567", "", "", "", "HTXSNV", "85"),
                List.of("01234568", "", "", "", "HTNV", "60")));
        CliRun r = CliRun.of("--db", db, "rating", "import", "--year", "2026", bad.toString());
        assertEquals(1, r.code(), r::toString);
        assertEquals(List.of("Tệp xếp loại.xlsx, trang «Xếp loại 2026», dòng tiêu đề 3.",
                "Đã đọc 8 dòng: 0 đảng viên được xếp loại; 7 dòng bị loại.",
                "  Dòng 5, cột E (Xếp loại): «Tốt» không phải mức xếp loại: ghi Hoàn thành xuất sắc nhiệm vụ (HTXSNV), Hoàn thành tốt"
                        + " nhiệm vụ (HTTNV), Hoàn thành nhiệm vụ (HTNV) hoặc Không hoàn thành nhiệm vụ (KHTNV).",
                "  Dòng 6, cột F (Điểm): Bùi Thị Lan – Điểm quyết định: điểm 105 nằm ngoài thang điểm từ 0 đến 100.",
                "  Dòng 7, cột A (Số thẻ đảng viên): Không có đảng viên nào mang số thẻ 09999999 trong danh sách đánh giá năm 2026 của"
                        + " Đảng bộ xã Phú Sơn (đảng viên nơi khác, hoặc đã chuyển đi trước ngày đánh giá).",
                "  Dòng 8, cột B (Họ và tên): Không có đảng viên «Lý Văn Xa», sinh ngày 01/01/1970, trong danh sách đánh giá năm 2026"
                        + " của Đảng bộ xã Phú Sơn.",
                "  Dòng 9, cột E (Xếp loại): Hoàng Thị Em thuộc diện không đánh giá, xếp loại năm 2026 (Miễn công tác và sinh hoạt"
                        + " đảng), nên không ghi mức xếp loại được.",
                "  Dòng 10, cột E (Xếp loại): Nguyễn Văn An – Cấp ủy quyết định: 85 điểm chỉ đạt mức «Hoàn thành tốt nhiệm vụ»,"
                        + " không xếp «Hoàn thành xuất sắc nhiệm vụ» được (HTXSNV từ 90 điểm, HTTNV từ 70, HTNV từ 50, dưới 50 là KHTNV).",
                "  Dòng 11, cột E (Xếp loại): Trần Văn Bảo có hai lần trong danh sách xếp loại năm 2026: mỗi đảng viên (tổ chức) chỉ"
                        + " được xếp loại một lần trong năm.",
                "Các dòng bị loại: 5, 6, 7, 8, 9, 10, 11.",
                "Có dòng sai nên chưa ghi gì vào dữ liệu. Sửa tệp rồi nhập lại, hoặc dùng --only-valid để chỉ nhập các dòng hợp lệ."),
                r.out().replace("\r", "").lines().toList());
        assertTrue(CliRun.of("--db", db, "rating", "summary", "--year", "2026", "--format", "tsv").out()
                .startsWith("Đảng bộ xã Phú Sơn\t2\t0\t1\t1\t0\t3\t0\n"));

        CliRun ok = CliRun.of("--db", db, "rating", "import", "--year", "2026", bad.toString(), "--only-valid");
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains("Đã đọc 8 dòng: 1 đảng viên được xếp loại; 7 dòng bị loại."), ok::toString);
        assertTrue(ok.out().contains("Đã ghi vào dữ liệu."), ok::toString);
        assertEquals("Đảng bộ xã Phú Sơn\t3\t0\t2\t1\t0\t2\t0\nChi bộ cơ sở Trường THCS\t0\t0\t0\t0\t0\t1\t0\n",
                CliRun.of("--db", db, "rating", "summary", "--year", "2026", "--format", "tsv").out().replace("\r", ""));

        CliRun closed = CliRun.of("--db", db, "year", "close", "2026");
        assertEquals(0, closed.code(), closed::toString);
        CliRun refused = CliRun.of("--db", db, "rating", "import", "--year", "2026", bad.toString(), "--only-valid");
        assertEquals(1, refused.code(), refused::toString);
        assertTrue(refused.err().contains("Năm công tác 2026 đã khóa sổ"), refused::toString);
    }

    /// A sheet of the rating: two title rows, the header on row 3.
    static Path xlsx(Path out, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            Sheet s = wb.createSheet("Xếp loại 2026");
            s.createRow(0).createCell(0).setCellValue("KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN NĂM 2026");
            List<String> header = List.of("Số thẻ đảng viên", "Họ và tên", "Ngày sinh", "Chi bộ", "Xếp loại", "Điểm");
            Row h = s.createRow(2);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            for (int i = 0; i < rows.size(); i++) {
                Row r = s.createRow(3 + i);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    r.createCell(c).setCellValue(rows.get(i).get(c));
                }
            }
            wb.write(os);
        }
        return out;
    }
}
