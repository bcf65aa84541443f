package vn.dangvu.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;

/// The decision and its lists written into a temp folder and reopened by the library that wrote them (PDFBox, POI):
/// the Vietnamese words whole, the HD 36 pieces, fonts embedded. With -Ddangvu.shots=DIR the files are kept there to
/// look at (pdftoppm -r 80 -png).
class CommendationDocumentTest {

    @TempDir
    Path dir;
    private CommendationFixture x;
    private Decision decision;

    @BeforeEach
    void setUp() throws AppException {
        x = new CommendationFixture(dir);
        x.rateAll();
        decision = x.service.issue(CommendationFixture.yearly(), List.of(
                EntryInput.unit(x.f.dong).because("Tiêu biểu trong xây dựng nông thôn mới"),
                EntryInput.collective("Hội Cựu chiến binh xã Phú Sơn"), EntryInput.member(x.an)));
    }

    @AfterEach
    void tearDown() {
        x.close();
    }

    private Path out(String name) throws Exception {
        String shots = System.getProperty("dangvu.shots");
        Path folder = shots == null || shots.isBlank() ? dir : Path.of(shots);
        Files.createDirectories(folder);
        return folder.resolve(name);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (PDFont f : fonts(d)) {
                assertTrue(f.isEmbedded(), f.getName());
            }
            return new PDFTextStripper().getText(d).replace("\r", "").replace("\n", " ");
        }
    }

    private static List<PDFont> fonts(PDDocument d) throws Exception {
        List<PDFont> out = new ArrayList<>();
        for (var page : d.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                out.add(page.getResources().getFont(name));
            }
        }
        assertTrue(!out.isEmpty());
        return out;
    }

    private static String docx(Path file) throws Exception {
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(file)); XWPFWordExtractor w = new XWPFWordExtractor(d)) {
            return w.getText().replace("\r", "").replace("\n", " ").replace("\t", " ");
        }
    }

    private static void contains(String text, List<String> phrases) {
        for (String s : phrases) {
            assertTrue(text.contains(s), () -> "missing «" + s + "» in\n" + text);
        }
    }

    @Test
    void theDecisionAsPdfAndDocx() throws Exception {
        List<String> phrases = List.of("ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG ỦY XÃ PHÚ SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 01-QĐ/ĐU",
                "Phú Sơn, ngày 21 tháng 11 năm 2026", "QUYẾT ĐỊNH", "khen thưởng tổ chức đảng và đảng viên hoàn thành xuất sắc nhiệm vụ năm 2026",
                "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ PHÚ SƠN", "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                "Điều 1. Tặng Giấy khen cho 02 tập thể và 01 cá nhân đã có thành tích hoàn thành xuất sắc nhiệm vụ năm 2026 (có danh sách kèm theo).",
                "Điều 2. Tiền thưởng kèm theo Giấy khen: 1.404.000 đồng/tập thể; 702.000 đồng/cá nhân",
                "Điều 3. Văn phòng Đảng ủy", "Như Điều 3", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Bí");
        Path pdf = out("commendation-decision.pdf");
        x.f.ctx.commendationDocuments().writeDecision(decision.id(), pdf);
        contains(text(pdf), phrases);
        Path word = out("commendation-decision.docx");
        x.f.ctx.commendationDocuments().writeDecision(decision.id(), word);
        contains(docx(word), phrases);
    }

    @Test
    void theListsAsPdfDocxAndXlsx() throws Exception {
        Path pdf = out("commendation-individuals.pdf");
        x.f.ctx.commendationDocuments().writeList(decision.id(), false, pdf);
        contains(text(pdf), List.of("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN",
                "(Kèm theo Quyết định số 01-QĐ/ĐU, ngày 21/11/2026 của Ban Thường vụ Đảng ủy xã Phú Sơn)", "Nguyễn Văn An", "1975",
                "Đảng viên Chi bộ thôn Đông", "Hoàn thành xuất sắc nhiệm vụ năm 2026"));
        Path collectives = out("commendation-collectives.pdf");
        x.f.ctx.commendationDocuments().writeList(decision.id(), true, collectives);
        String c = text(collectives);
        contains(c, List.of("DANH SÁCH TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN", "Chi bộ thôn Đông", "Hội Cựu chiến binh xã Phú Sơn",
                "Tiêu biểu trong xây dựng nông thôn mới"));
        assertTrue(!c.contains("Nguyễn Văn An") && !c.contains("Nơi nhận"), c);
        Path word = out("commendation-collectives.docx");
        x.f.ctx.commendationDocuments().writeList(decision.id(), true, word);
        contains(docx(word), List.of("DANH SÁCH TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN", "Hội Cựu chiến binh xã Phú Sơn"));

        Path xlsx = out("commendation-individuals.xlsx");
        x.f.ctx.commendationDocuments().writeList(decision.id(), false, xlsx);
        List<List<String>> rows = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            for (Row r : wb.getSheetAt(0)) {
                List<String> line = new ArrayList<>();
                for (int i = 0; i < r.getLastCellNum(); i++) {
                    line.add(r.getCell(i) == null ? "" : fmt.formatCellValue(r.getCell(i)));
                }
                rows.add(line);
            }
        }
        assertEquals(List.of(List.of("STT", "Họ và tên", "Năm sinh", "Chức vụ, đơn vị", "Thành tích", "Ghi chú"),
                List.of("1", "Nguyễn Văn An", "1975", "Đảng viên Chi bộ thôn Đông", "Hoàn thành xuất sắc nhiệm vụ năm 2026", "")), rows);
    }

    @Test
    void aListWithNobodyIsRefused() throws Exception {
        Decision only = x.service.issue(new DecisionInput(2026, DecisionKind.AD_HOC, LocalDate.of(2026, 11, 20), Signing.COMMITTEE,
                "Nguyễn Văn Bí", AwardForm.BIEU_DUONG, "Quyết định biểu dương", "Xuất sắc trong phòng chống bão lũ", "", OptionalInt.empty()),
                List.of(EntryInput.member(x.bao)));
        AppException e = assertThrows(AppException.class,
                () -> x.f.ctx.commendationDocuments().writeList(only.id(), true, dir.resolve("none.pdf")));
        assertEquals("Quyết định số 02-QĐ/ĐU không khen thưởng tập thể nào.", e.userMessage());
        Path pdf = out("commendation-praise.pdf");
        x.f.ctx.commendationDocuments().writeDecision(only.id(), pdf);
        String t = text(pdf);
        contains(t, List.of("BAN CHẤP HÀNH ĐẢNG BỘ XÃ PHÚ SƠN", "Điều 1. Biểu dương 01 cá nhân đã có thành tích xuất sắc trong phòng chống bão lũ",
                "Điều 2. Văn phòng Đảng ủy", "T/M ĐẢNG ỦY"));
        assertTrue(!t.contains("Tiền thưởng"), t);
    }
}
