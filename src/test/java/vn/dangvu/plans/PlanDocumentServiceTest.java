package vn.dangvu.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.TestCommune;
import vn.dangvu.common.AppException;
import vn.dangvu.docnumbers.DocumentNumber;

/// The plan as files: the KẾ HOẠCH in HD 36 format (DOCX reopened with XWPF, PDF read back), numbered from the
/// document register or a draft, and the XLSX of every activity. With -Ddangvu.shots=DIR the files are kept there.
class PlanDocumentServiceTest {

    @TempDir
    Path dir;
    private AppContext ctx;

    @BeforeEach
    void open() throws AppException {
        ctx = TestCommune.create(dir, TestClocks.at(2026, 1, 10));
        TestCommune.cell(ctx, "Chi bộ thôn Phú Hòa", Optional.of("ngày 5 hằng tháng"));
        TestCommune.cell(ctx, "Chi bộ thôn Suối Giếng", Optional.of("ngày 10 hằng tháng"));
        ctx.plans().openYear(2026, Optional.of("Học tập và làm theo Bác về ý chí tự lực, tự cường"), false);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aDraftHasTheNumberAndDateLeftBlank() throws Exception {
        Path out = keep("ke-hoach-nhap.docx");
        ctx.planDocuments().writeDocument(2026, out);
        try (InputStream in = Files.newInputStream(out); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable head = d.getTables().getFirst();
            assertEquals("Số        -KH/ĐU", head.getRow(0).getCell(0).getParagraphs().getLast().getText());
            assertEquals("Phú Sơn, ngày     tháng     năm", head.getRow(0).getCell(1).getParagraphs().getLast().getText());
        }
    }

    @Test
    void anIssuedPlanCarriesItsNumberInWordAndPdf() throws Exception {
        DocumentNumber n = ctx.plans().issueDocument(2026, LocalDate.of(2026, 1, 5), "công tác xây dựng Đảng năm 2026");
        assertEquals("01-KH/ĐU", n.text());
        assertEquals(Optional.of("01-KH/ĐU"), ctx.plans().plan(2026).orElseThrow().documentNumber());
        Path docx = keep("ke-hoach-2026.docx");
        ctx.planDocuments().writeDocument(2026, docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable head = d.getTables().getFirst();
            assertEquals(List.of("ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG ỦY XÃ PHÚ SƠN", "*", "Số 01-KH/ĐU"),
                    head.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertEquals("Phú Sơn, ngày 05 tháng 01 năm 2026", head.getRow(0).getCell(1).getParagraphs().getLast().getText());
            List<String> texts = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.containsAll(List.of("KẾ HOẠCH", "công tác xây dựng Đảng năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
                    "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")), texts.toString());
            assertTrue(texts.contains("Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026: "
                    + "Học tập và làm theo Bác về ý chí tự lực, tự cường."), texts.toString());
            XWPFTable table = d.getTables().get(1);
            assertEquals("Thường xuyên hằng tháng", table.getRow(1).getCell(0).getText());
            assertEquals(List.of("2", "Các chi bộ sinh hoạt thường kỳ (ít nhất 90 phút; kết hợp sinh hoạt chuyên đề ít nhất 120 phút)",
                    "Ngày 5, 10 hằng tháng, theo lịch của từng chi bộ", "Các chi bộ trực thuộc"),
                    table.getRow(3).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals("Quý I", table.getRow(4).getCell(0).getText());
            List<String> signature = d.getTables().get(2).getRow(0).getCell(1).getParagraphs().stream()
                    .map(XWPFParagraph::getText).filter(s -> !s.isBlank()).toList();
            assertEquals(List.of("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Bí"), signature);
        }
        Path pdf = keep("ke-hoach-2026.pdf");
        ctx.planDocuments().writeDocument(2026, pdf);
        try (PDDocument p = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(p);
            for (String s : List.of("Số 01-KH/ĐU", "Phú Sơn, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH",
                    "Trao Huy hiệu Đảng đợt 19/5", "Giám sát chuyên đề việc thực hiện",
                    "Kiểm điểm, đánh giá, xếp loại chất lượng", "- Lưu Văn phòng Đảng ủy.")) {
                assertTrue(text.contains(s), s);
            }
        }
    }

    @Test
    void numberingIsRefusedTwiceAndInAClosedYear() throws AppException {
        ctx.plans().issueDocument(2026, LocalDate.of(2026, 1, 5), "công tác năm 2026");
        AppException twice = assertThrows(AppException.class,
                () -> ctx.plans().issueDocument(2026, LocalDate.of(2026, 1, 6), "lần hai"));
        assertEquals("plan.error.alreadyNumbered", twice.key());
        assertEquals("plan.error.summaryRequired", assertThrows(AppException.class,
                () -> ctx.plans().issueDocument(2026, LocalDate.of(2026, 1, 6), " ")).key());
        ctx.plans().openYear(2025, Optional.empty(), false);
        ctx.years().close(2025);
        assertEquals("year.error.closed", assertThrows(AppException.class,
                () -> ctx.plans().issueDocument(2025, LocalDate.of(2025, 1, 6), "công tác năm 2025")).key());
        assertEquals("02-KH/ĐU", ctx.plans().previewNumber(LocalDate.of(2026, 2, 1)), "nothing was taken by the refusals");
        assertFalse(ctx.plans().plan(2025).flatMap(YearPlan::documentNumber).isPresent());
    }

    @Test
    void theTableHasEveryActivity() throws Exception {
        Path out = keep("ke-hoach-2026.xlsx");
        ctx.planDocuments().writeTable(2026, out);
        List<Activity> all = ctx.plans().activities(2026);
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("Kế hoạch 2026", s.getSheetName());
            assertEquals(all.size() + 1, s.getPhysicalNumberOfRows());
            Row header = s.getRow(0);
            assertEquals("Nội dung", header.getCell(4).getStringCellValue());
            Row first = s.getRow(1);
            assertEquals(LocalDate.of(2026, 1, 2), first.getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(all.getFirst().title(), first.getCell(4).getStringCellValue());
            assertEquals("Chưa thực hiện", first.getCell(8).getStringCellValue());
        }
    }

    private Path keep(String name) throws IOException {
        String shots = System.getProperty("dangvu.shots");
        if (shots == null || shots.isBlank()) {
            return dir.resolve(name);
        }
        Files.createDirectories(Path.of(shots));
        return Path.of(shots).resolve(name);
    }
}
