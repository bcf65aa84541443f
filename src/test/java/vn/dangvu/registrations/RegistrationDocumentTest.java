package vn.dangvu.registrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.registrations.Fixture.form;
import static vn.dangvu.registrations.Fixture.item;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;
import vn.dangvu.document.PdfLayout;

/// The registrations' documents written into a temp folder and read back with the library that wrote them: the
/// member's form (PDF and DOCX: no number line, the items table, who signs), the cell's summary and the XLSX export,
/// Vietnamese exact; the export's members sheet imports back.
class RegistrationDocumentTest {

    @TempDir
    Path dir;
    private Fixture f;
    private RegistrationDocumentService docs;

    @BeforeEach
    void open() throws AppException {
        f = new Fixture(dir);
        docs = f.ctx.registrationDocuments();
        f.service.save(new RegistrationForm(Optional.empty(), 2026, Subject.member(f.an), "Chuyên đề năm 2026; Di chúc của Bác",
                "Giữ gìn phẩm chất, đạo đức; nêu gương nơi cư trú", Optional.of(LocalDate.of(2026, 2, 5)), "", "", Optional.empty(),
                List.of(new RegistrationItem("Vận động gia đình phân loại rác tại nguồn", "Làm gương trước, tuyên truyền 5 hộ liền kề",
                        Optional.of(LocalDate.of(2026, 6, 30)), "", Optional.of(Assessment.DONE), "Cả 5 hộ đã làm",
                        Optional.of(Assessment.PARTLY), "Mới 3 hộ duy trì"), item("Sống gương mẫu", "", null))));
        f.service.save(form(2026, f.cuong, item("Tham gia làm đường giao thông nông thôn", "Góp 10 ngày công", "2026-09-30")));
        f.service.save(new RegistrationForm(Optional.empty(), 2026, Subject.cell(f.cell1), "Chuyên đề năm, sinh hoạt tháng 3",
                "Mô hình \"Dân vận khéo\"", Optional.empty(), "", "", Optional.of("EXCELLENT"),
                List.of(new RegistrationItem("Làm 500 m đường bê tông", "Vận động nhân dân góp công", Optional.of(LocalDate.of(2026, 8, 31)),
                        "Đồng chí Bình", Optional.empty(), "", Optional.empty(), ""))));
    }

    @AfterEach
    void close() {
        f.close();
    }

    /// With -Ddangvu.shots=DIR the documents are kept there to look at (pdftoppm -r 80 -png).
    private static void keep(Path p) throws Exception {
        String shots = System.getProperty("dangvu.shots");
        if (shots != null && !shots.isBlank()) {
            Files.createDirectories(Path.of(shots));
            Files.copy(p, Path.of(shots).resolve("registrations-" + p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String pdfText(Path p) throws Exception {
        keep(p);
        try (PDDocument doc = Loader.loadPDF(p.toFile())) {
            assertEquals(List.of(), PdfLayout.notEmbedded(doc));
            return new PDFTextStripper().getText(doc).replace("\r", "");
        }
    }

    @Test
    void aMembersFormAsPdfHasNoNumberLineAndIsSignedByTheMember() throws Exception {
        Path pdf = dir.resolve("an.pdf");
        docs.printForm(2026, Subject.member(f.an), pdf);
        String text = pdfText(pdf);
        for (String s : List.of("ĐẢNG BỘ XÃ PHÚ SƠN", "CHI BỘ THÔN 1", "ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Sơn, ngày 05 tháng 02 năm 2026",
                "BẢN ĐĂNG KÝ (CAM KẾT) HỌC TẬP VÀ LÀM THEO TƯ", "Họ và tên: Nguyễn Văn An, sinh ngày 01/05/1970",
                "Sinh hoạt tại: Chi bộ thôn 1", "I. NỘI DUNG HỌC TẬP", "Chuyên đề năm 2026; Di chúc của Bác",
                "II. NỘI DUNG LÀM THEO (VIỆC LÀM CỤ THỂ)", "Vận động gia đình phân", "30/06/2026", "Hoàn thành. Cả 5",
                "III. CAM KẾT", "Giữ gìn phẩm chất, đạo đức; nêu gương nơi cư trú", "IV. NHẬN XÉT, XÁC NHẬN CỦA CHI BỘ",
                "Nơi nhận:", "- Chi bộ thôn 1 (để theo dõi, đánh giá),", "- Lưu hồ sơ đảng viên.", "NGƯỜI ĐĂNG KÝ")) {
            assertTrue(text.contains(s), s + " in\n" + text);
        }
        assertTrue(text.endsWith("Nguyễn Văn An\n"), text);
        assertTrue(!text.contains("Số "), "an individual document has no number line:\n" + text);
    }

    @Test
    void aCellsFormAndSummaryAsPdf() throws Exception {
        Path form = dir.resolve("thon1.pdf");
        docs.printForm(2026, Subject.cell(f.cell1), form);
        String text = pdfText(form);
        for (String s : List.of("của Chi bộ thôn 1", "Mục tiêu phấn đấu: Hoàn thành xuất sắc nhiệm vụ.", "Làm 500 m đường bê",
                "Đồng chí", "III. MÔ HÌNH LÀM THEO", "Mô hình \"Dân vận khéo\"", "IV. NHẬN XÉT, XÁC NHẬN CỦA ĐẢNG ỦY",
                "- Đảng ủy xã Phú Sơn (để báo cáo),", "T/M CHI BỘ", "BÍ THƯ")) {
            assertTrue(text.contains(s), s + " in\n" + text);
        }
        Path summary = dir.resolve("tong-hop.pdf");
        docs.printCell(2026, f.cell1, summary);
        String sum = pdfText(summary);
        for (String s : List.of("TỔNG HỢP ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO NĂM", "Chi bộ thôn 1",
                "Đảng viên: 3; đã đăng ký: 1; chưa đăng ký: 1; nội dung: 2, trong đó 1",
                "Nguyễn Văn An", "Có nội dung", "Lê Thị Bình", "Chưa đăng ký", "Phạm Thị Giang", "Miễn công",
                "Chưa đăng ký: Lê Thị Bình.", "«Sống gương mẫu».", "Nơi nhận:", "Đảng ủy xã Phú Sơn (để báo cáo),",
                "- Lưu chi bộ.")) {
            assertTrue(sum.contains(s), s + " in\n" + sum);
        }
        assertEquals("Chỉ in được ra tệp .pdf hoặc .docx (đã chọn a.txt).", assertThrows(AppException.class,
                () -> docs.printCell(2026, f.cell1, dir.resolve("a.txt"))).userMessage());
    }

    @Test
    void aMembersFormAsDocxToEditInWord() throws Exception {
        Path docx = dir.resolve("an.docx");
        docs.printForm(2026, Subject.member(f.an), docx);
        keep(docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            List<String> paragraphs = d.getParagraphs().stream().map(XWPFParagraph::getText).filter(s -> !s.isBlank()).toList();
            assertEquals(List.of("BẢN ĐĂNG KÝ (CAM KẾT) HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2026",
                    "Họ và tên: Nguyễn Văn An, sinh ngày 01/05/1970", "Sinh hoạt tại: Chi bộ thôn 1", "I. NỘI DUNG HỌC TẬP",
                    "Chuyên đề năm 2026; Di chúc của Bác", "II. NỘI DUNG LÀM THEO (VIỆC LÀM CỤ THỂ)", "III. CAM KẾT",
                    "Giữ gìn phẩm chất, đạo đức; nêu gương nơi cư trú", "IV. NHẬN XÉT, XÁC NHẬN CỦA CHI BỘ",
                    RegistrationDocumentService.DOTS, RegistrationDocumentService.DOTS), paragraphs);
            List<XWPFTable> tables = d.getTables();
            assertEquals(3, tables.size());
            assertEquals(List.of("ĐẢNG BỘ XÃ PHÚ SƠN", "CHI BỘ THÔN 1", "*"), texts(tables.get(0).getRow(0).getCell(0)));
            assertEquals(List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Sơn, ngày 05 tháng 02 năm 2026"),
                    texts(tables.get(0).getRow(0).getCell(1)));
            XWPFTable items = tables.get(1);
            assertEquals(List.of("STT", "Nội dung, việc làm cụ thể", "Biện pháp, giải pháp thực hiện", "Thời gian hoàn thành",
                    "Kết quả (tự đánh giá cuối năm)"), items.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertTrue(items.getRow(0).isRepeatHeader());
            assertEquals(List.of("1", "Vận động gia đình phân loại rác tại nguồn", "Làm gương trước, tuyên truyền 5 hộ liền kề",
                    "30/06/2026", "Hoàn thành. Cả 5 hộ đã làm; Chi bộ: Hoàn thành một phần. Mới 3 hộ duy trì"),
                    items.getRow(1).getTableCells().stream().map(c -> String.join(" | ", texts(c))).toList());
            assertTrue(tables.get(2).getRow(0).getCell(1).getText().contains("NGƯỜI ĐĂNG KÝ"));
            assertTrue(tables.get(2).getRow(0).getCell(1).getText().strip().endsWith("Nguyễn Văn An"));
            assertEquals("Times New Roman", items.getRow(1).getCell(1).getParagraphs().getFirst().getRuns().getFirst().getFontFamily());
        }
    }

    @Test
    void theYearAsXlsxAndItsMembersSheetImportsBack() throws Exception {
        Path xlsx = dir.resolve("dang-ky.xlsx");
        docs.exportXlsx(2026, xlsx);
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals(List.of("Chi bộ", "Đảng viên", "Tập thể"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            assertEquals(List.of("Chi bộ thôn 1", "3", "1", "1", "1", "2", "1", "0", "1", "0", "Có"), cells(wb.getSheetAt(0), 1, fmt));
            Sheet members = wb.getSheetAt(1);
            assertEquals(List.of("Chi bộ", "Số thẻ đảng viên", "Họ và tên", "Ngày sinh", "Tình trạng", "STT", "Việc làm cụ thể",
                    "Biện pháp thực hiện", "Thời hạn hoàn thành", "Chung chung", "Tự đánh giá", "Lời tự đánh giá", "Chi bộ đánh giá",
                    "Nhận xét của chi bộ"), cells(members, 0, fmt));
            assertEquals(List.of("Chi bộ thôn 1", "01000001", "Nguyễn Văn An", "01/05/1970", "Có nội dung chung chung", "1",
                    "Vận động gia đình phân loại rác tại nguồn", "Làm gương trước, tuyên truyền 5 hộ liền kề", "30/06/2026", "",
                    "Hoàn thành", "Cả 5 hộ đã làm", "Hoàn thành một phần", "Mới 3 hộ duy trì"), cells(members, 1, fmt));
            assertEquals(List.of("Chi bộ thôn 1", "", "Lê Thị Bình", "01/05/1970", "Chưa đăng ký"), cells(members, 3, fmt));
            assertEquals(List.of("Chi bộ thôn 1", "1", "Làm 500 m đường bê tông", "Vận động nhân dân góp công", "31/08/2026", "",
                    "Đồng chí Bình", "", "", "", ""), cells(wb.getSheetAt(2), 1, fmt));
        }
        // the members' sheet reads back: every registered member is already there (a duplicate), the members listed
        // without a registration are skipped, nothing else to write
        RegistrationImportReport back = f.ctx.registrationImport().importFile(2026, xlsx, false);
        assertEquals(false, back.written());
        assertEquals(List.of("Dòng 2, cột C (Họ và tên): Đồng chí Nguyễn Văn An đã có bản đăng ký năm 2026 trong dữ liệu; hãy sửa bản đó"
                + " trên màn hình, không nhập thêm bản thứ hai.", "Dòng 5, cột C (Họ và tên): Đồng chí Đỗ Văn Cường đã có bản đăng ký năm"
                + " 2026 trong dữ liệu; hãy sửa bản đó trên màn hình, không nhập thêm bản thứ hai."),
                back.problems().stream().map(RegistrationImportReport.Problem::describe).toList());
    }

    private static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> cells(Sheet s, int row, DataFormatter fmt) {
        Row r = s.getRow(row);
        List<String> out = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
            out.add(r.getCell(c) == null ? "" : fmt.formatCellValue(r.getCell(c)));
        }
        return out;
    }
}
