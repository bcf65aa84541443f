package vn.dangvu.registrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.registrations.Fixture.form;
import static vn.dangvu.registrations.Fixture.item;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;

/// Importing registrations from a sheet with one row per item, on a real H2 file: the member by card number or by
/// name and birth date (a row naming nobody continues the member above), the header found under title rows, all or
/// nothing, and every refusal with its row and column.
public class RegistrationImportTest {

    public static final List<Object> HEADER = List.of("STT", "Số thẻ ĐV", "Họ và tên", "Ngày sinh", "Nội dung đăng ký (việc làm cụ thể)",
            "Biện pháp thực hiện", "Thời gian hoàn thành", "Tự đánh giá");

    @TempDir
    Path dir;
    private Fixture f;

    @BeforeEach
    void open() throws AppException {
        f = new Fixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /// Writes an .xlsx: two title rows, the header on row 3, then `rows` (LocalDate values as Excel dates).
    public static Path xlsx(Path file, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Đăng ký 2026");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            s.createRow(0).createCell(0).setCellValue("ĐẢNG BỘ XÃ PHÚ SƠN");
            s.createRow(1).createCell(0).setCellValue("TỔNG HỢP ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO NĂM 2026");
            List<List<Object>> all = new ArrayList<>();
            all.add(HEADER);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = s.createRow(r + 2);
                for (int c = 0; c < all.get(r).size(); c++) {
                    Object v = all.get(r).get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    public static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private Path good() throws IOException {
        return xlsx(dir.resolve("dang-ky.xlsx"), List.of(
                row(1, "01000001", "Nguyễn Văn An", null, "Vận động gia đình phân loại rác tại nguồn", "Làm gương trước",
                        "30/6", "Hoàn thành"),
                row(2, null, null, null, "Đóng đảng phí đầy đủ, đúng hạn", "Nộp trước ngày 10 hằng tháng", "Cả năm",
                        "Hoàn thành một phần, có 2 tháng nộp chậm"),
                row(3, null, "Lê Thị Bình", Fixture.BIRTH, "Giúp một hộ khó khăn", "Hướng dẫn cách làm ăn",
                        LocalDate.of(2026, 10, 31), null),
                row(4, null, null, null, "Sống gương mẫu", null, "Thường xuyên", null),
                row(5, "01000003", null, null, "Tham gia làm đường giao thông", "Góp ngày công", "Quý III", "Chưa hoàn thành")));
    }

    @Test
    void membersByCardOrNameAndBirthWithTheirItems() throws Exception {
        RegistrationImportReport r = f.ctx.registrationImport().importFile(2026, good(), false);
        assertEquals("Đăng ký 2026", r.sheetName());
        assertEquals(3, r.headerRow());
        assertEquals(List.of(), r.problems().stream().map(RegistrationImportReport.Problem::describe).toList());
        assertEquals(List.of(5, 3, 5, true), List.of(r.rowsRead(), r.members(), r.items(), r.written()));

        Registration an = f.service.find(2026, Subject.member(f.an)).orElseThrow();
        assertEquals(List.of(new RegistrationItem("Vận động gia đình phân loại rác tại nguồn", "Làm gương trước",
                        Optional.of(LocalDate.of(2026, 6, 30)), "", Optional.of(Assessment.DONE), "", Optional.empty(), ""),
                new RegistrationItem("Đóng đảng phí đầy đủ, đúng hạn", "Nộp trước ngày 10 hằng tháng",
                        Optional.of(LocalDate.of(2026, 12, 31)), "", Optional.of(Assessment.PARTLY),
                        "Hoàn thành một phần, có 2 tháng nộp chậm", Optional.empty(), "")), an.form().items());
        Registration binh = f.service.find(2026, Subject.member(f.binh)).orElseThrow();
        assertEquals(List.of(Optional.of(LocalDate.of(2026, 10, 31)), Optional.empty()),
                binh.form().items().stream().map(RegistrationItem::deadline).toList());
        assertEquals(Standing.VAGUE, f.service.results(2026).get(f.binh).standing());
        assertEquals(Optional.of(Assessment.NOT_DONE), f.service.results(2026).get(f.cuong).overall());
    }

    @Test
    void oneBadRowAndNothingIsWrittenUnlessOnlyValidMembersAreAsked() throws Exception {
        f.service.save(form(2026, f.cuong, item("Đã đăng ký", "Tự làm", "2026-09-30")));
        Path file = xlsx(dir.resolve("sai.xlsx"), List.of(
                row(1, "01000001", "Nguyễn Văn An", null, "Vận động phân loại rác", "Làm gương", "30/6/2027", null),
                row(2, null, null, null, "Đóng đảng phí", "Nộp trước ngày 10", "31/2", null),
                row(3, null, "Lê Thị Bình", Fixture.BIRTH, "Giúp một hộ khó khăn", "Hướng dẫn cách làm ăn", "tháng 10", null),
                row(4, null, "Lê Thị Bình", LocalDate.of(1971, 5, 1), "Giúp hộ khác", "Hướng dẫn", "tháng 11", null),
                row(5, "09999999", null, null, "Tham gia làm đường", "Góp ngày công", "Quý III", null),
                row(6, "01000003", null, null, "Tham gia làm đường", "Góp ngày công", "Quý III", null),
                row(7, null, "Trần Văn Dũng", Fixture.BIRTH, "Đóng đảng phí", "Đúng hạn", "tháng 12", null),
                row(8, null, "Vũ Thị Em", null, "Đóng đảng phí", "Đúng hạn", "tháng 12", "Đang làm"),
                row(9, "01000001", "Lê Thị Bình", null, "Học nghị quyết", "Tự nghiên cứu", "tháng 5", null),
                row(10, null, null, null, null, "Chỉ có biện pháp", "tháng 5", null)));
        String before = f.digest();
        RegistrationImportReport r = f.ctx.registrationImport().importFile(2026, file, false);
        assertEquals(false, r.written());
        assertEquals(before, f.digest());
        assertEquals(List.of(
                "Dòng 4, cột G (Thời hạn hoàn thành): 30/06/2027 không thuộc năm 2026.",
                "Dòng 5, cột G (Thời hạn hoàn thành): 31/2 không có trong lịch.",
                "Dòng 7, cột C (Họ và tên): Không có đảng viên «Lê Thị Bình» sinh ngày 01/05/1971 trong danh sách.",
                "Dòng 8, cột B (Số thẻ đảng viên): Không có đảng viên nào mang số thẻ 09999999.",
                "Dòng 9, cột C (Họ và tên): Đồng chí Đỗ Văn Cường đã có bản đăng ký năm 2026 trong dữ liệu; hãy sửa bản đó trên"
                        + " màn hình, không nhập thêm bản thứ hai.",
                "Dòng 10, cột C (Họ và tên): Đồng chí Trần Văn Dũng đã ra khỏi danh sách đảng viên của đảng bộ trước năm 2026,"
                        + " nên không có bản đăng ký năm 2026.",
                "Dòng 11, cột D (Ngày sinh): Thiếu ngày sinh: cần họ tên và ngày sinh (hoặc số thẻ đảng viên) để biết là đồng"
                        + " chí nào.",
                "Dòng 12, cột C (Họ và tên): Số thẻ 01000001 là của đồng chí Nguyễn Văn An, không phải «Lê Thị Bình».",
                "Dòng 13, cột C (Họ và tên): Không biết nội dung này của đồng chí nào: dòng không ghi số thẻ, họ tên, và không"
                        + " nối tiếp đảng viên nào ở dòng trên."),
                r.problems().stream().map(RegistrationImportReport.Problem::describe).toList());
        assertEquals(List.of(4, 5, 7, 8, 9, 10, 11, 12, 13), r.rejectedRows());

        RegistrationImportReport only = f.ctx.registrationImport().importFile(2026, file, true);
        assertTrue(only.written());
        assertEquals(1, only.members());
        assertEquals(List.of("Giúp một hộ khó khăn"), f.service.find(2026, Subject.member(f.binh)).orElseThrow().form().items()
                .stream().map(RegistrationItem::content).toList());
        assertEquals(Optional.empty(), f.service.find(2026, Subject.member(f.an)));
    }

    @Test
    void aClosedYearAndAFileWithoutTheColumnsAreRefusedWhole() throws Exception {
        Path file = good();
        f.ctx.years().close(2025);
        assertEquals("Năm công tác 2025 đã khóa sổ nên không sửa được dữ liệu của năm này. Muốn sửa, hãy mở lại năm và ghi rõ lý do.",
                assertThrows(AppException.class, () -> f.ctx.registrationImport().importFile(2025, file, false)).userMessage());
        Path members = dir.resolve("ds.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(members)) {
            Row h = wb.createSheet("DS").createRow(0);
            h.createCell(0).setCellValue("Họ và tên");
            h.createCell(1).setCellValue("Ngày sinh");
            wb.write(out);
        }
        AppException x = assertThrows(AppException.class, () -> f.ctx.registrationImport().importFile(2026, members, false));
        assertEquals("Không tìm thấy dòng tiêu đề trong trang DS: cần có cột \"Số thẻ đảng viên\" hoặc"
                + " \"Họ và tên\", và cột \"Nội dung\" (việc làm cụ thể).", x.userMessage());
    }
}
