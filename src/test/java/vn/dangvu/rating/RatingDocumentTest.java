package vn.dangvu.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;
import vn.dangvu.party.EventType;
import vn.dangvu.units.UnitRules;

/// The rating's documents written into a temp folder and reopened by the library that wrote them (PDFBox, POI):
/// Vietnamese text whole, the HD 36 pieces, the numbers of the summary. With -Ddangvu.shots=DIR the PDFs are kept
/// there to look at (pdftoppm -r 80 -png).
class RatingDocumentTest {

    @TempDir
    Path dir;
    private RatingFixture f;
    private final LocalDate today = LocalDate.of(2027, 1, 8);

    @BeforeEach
    void setUp() throws AppException {
        f = new RatingFixture(dir);
        long an = f.member(f.dong, "Nguyễn Văn An");
        f.leader(f.root, an, UnitRules.LeaderRole.SECRETARY);
        long bao = f.member(f.dong, "Trần Văn Bảo");
        long cuong = f.member(f.dong, "Lê Thị Cúc");
        long em = f.member(f.dong, "Hoàng Thị Em");
        f.event(em, EventType.EXEMPTION_START, LocalDate.of(2026, 2, 1));
        long dung = f.member(f.tay, "Phạm Văn Dũng");
        f.discipline(dung, null, "REPRIMAND", LocalDate.of(2026, 8, 3));
        f.rating.save(new RatingInput(2026, Subject.member(an), Grade.of(Level.EXCELLENT, 95), Grade.of(Level.EXCELLENT),
                Grade.of(Level.EXCELLENT, 94), "Tiêu biểu trong phong trào xây dựng nông thôn mới").withJustification("Tiêu biểu"));
        f.rate(bao, Level.GOOD, 85.5);
        f.rate(cuong, Level.GOOD, 80);
        f.rate(dung, Level.NOT_COMPLETED, 72);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Path out(String name) throws Exception {
        String shots = System.getProperty("dangvu.shots");
        Path folder = shots == null || shots.isBlank() ? dir : Path.of(shots);
        Files.createDirectories(folder);
        return folder.resolve(name);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            // lines a cell or a paragraph wrapped are joined: the assertions look for phrases
            return new PDFTextStripper().getText(d).replace("\r", "").replace("\n", " ");
        }
    }

    private static String docx(Path file) throws Exception {
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(file)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText().replace("\r", "").replace("\n", " ").replace("\t", " ");
        }
    }

    @Test
    void cellListPdfAndXlsx() throws Exception {
        Path pdf = out("rating-list-dong.pdf");
        f.ctx.ratingDocuments().writeCellList(2026, f.dong, pdf, today);
        String t = text(pdf);
        for (String s : List.of("ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG ỦY XÃ PHÚ SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Sơn, ngày 08 tháng 01 năm 2027",
                "DANH SÁCH KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2026", "Chi bộ thôn Đông",
                "Tổng số 4 đảng viên; được xếp loại 3; không, chưa xếp loại 1", "Nguyễn Văn An", "Bí thư Đảng bộ xã Phú",
                "HTXSNV (95)", "94", "Trần Văn Bảo", "85,5", "Không xếp loại: Miễn công tác và sinh hoạt đảng", "T/M BAN THƯỜNG VỤ",
                "Nguyễn Văn Bí", "Nơi nhận:")) {
            assertTrue(t.contains(s), () -> "missing «" + s + "» in\n" + t);
        }
        Path word = out("rating-list-dong.docx");
        f.ctx.ratingDocuments().writeCellList(2026, f.dong, word, today);
        String w = docx(word);
        for (String s : List.of("DANH SÁCH KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2026", "Trần Văn Bảo", "85,5",
                "Không xếp loại: Miễn công tác và sinh hoạt đảng", "Nơi nhận:")) {
            assertTrue(w.contains(s), () -> "missing «" + s + "» in\n" + w);
        }
        Path xlsx = out("rating-list-dong.xlsx");
        f.ctx.ratingDocuments().writeCellList(2026, f.dong, xlsx, today);
        List<List<String>> cells = read(xlsx);
        assertEquals(List.of("STT", "Họ và tên", "Năm sinh", "Chức vụ đảng", "Tự xếp loại", "Chi bộ đề nghị", "Điểm", "Cấp ủy quyết định",
                "Ghi chú"), cells.get(0));
        assertEquals(List.of("1", "Nguyễn Văn An", "1975", "Bí thư Đảng bộ xã Phú Sơn", "HTXSNV (95)", "HTXSNV", "94", "HTXSNV",
                "Tiêu biểu trong phong trào xây dựng nông thôn mới"), cells.get(1));
        assertEquals("Không xếp loại: Miễn công tác và sinh hoạt đảng", cells.get(4).get(8));
    }

    @Test
    void communeSummaryPdfAndXlsx() throws Exception {
        Path pdf = out("rating-summary.pdf");
        f.ctx.ratingDocuments().writeSummary(2026, pdf, today);
        String t = text(pdf);
        for (String s : List.of("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2026",
                "Theo Quy định 366-QĐ/TW (30/8/2025), Hướng dẫn 43-HD/BTCTW (31/10/2025); tỷ lệ % tính trên số đảng viên được xếp loại",
                "Chi bộ thôn Đông", "Toàn đảng bộ", "33,3", "66,7")) {
            assertTrue(t.contains(s), () -> "missing «" + s + "» in\n" + t);
        }
        Path xlsx = out("rating-summary.xlsx");
        f.ctx.ratingDocuments().writeSummary(2026, xlsx, today);
        List<List<String>> cells = read(xlsx);
        assertEquals(List.of("1", "Chi bộ thôn Đông", "4", "3", "1", "1", "33,3", "2", "66,7", "0", "0", "0", "0", ""), cells.get(1));
        assertEquals(List.of("3", "Chi bộ cơ sở Trường THCS", "0", "0", "0", "0", "", "0", "", "0", "", "0", "", ""), cells.get(3));
        assertEquals(List.of("", "Toàn đảng bộ", "5", "4", "1", "1", "25", "2", "50", "0", "0", "1", "25", ""), cells.get(4));
    }

    @Test
    void decisionWithItsNumber() throws Exception {
        assertEquals("rating.error.noDecision", assertThrows(AppException.class,
                () -> f.ctx.ratingDocuments().writeDecision(2026, dir.resolve("x.pdf"))).key());
        f.rateUnit(f.dong, Level.GOOD, 85);
        f.rateUnit(f.tay, Level.COMPLETED, 65);
        f.rateUnit(f.school, Level.GOOD, 80);
        f.rating.issueUnitDecision(2026, LocalDate.of(2026, 12, 29));
        Path pdf = out("rating-decision.pdf");
        f.ctx.ratingDocuments().writeDecision(2026, pdf);
        String t = text(pdf);
        for (String s : List.of("Số 01-QĐ/ĐU", "Phú Sơn, ngày 29 tháng 12 năm 2026", "QUYẾT ĐỊNH",
                "về việc xếp loại chất lượng các tổ chức đảng năm 2026", "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ PHÚ SƠN",
                "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", "QUYẾT ĐỊNH:",
                "Điều 1. Xếp loại chất lượng năm 2026 đối với các tổ chức đảng trực thuộc như sau:",
                "- Hoàn thành tốt nhiệm vụ: 2 tổ chức đảng, gồm: Chi bộ thôn Đông, Chi bộ cơ sở Trường THCS.",
                "- Hoàn thành nhiệm vụ: 1 tổ chức đảng, gồm: Chi bộ thôn Tây.", "Điều 2.", "- Như Điều 2,",
                "- Ban Tổ chức Tỉnh ủy Khánh Hòa,", "- Lưu Văn phòng Đảng ủy.", "BÍ THƯ")) {
            assertTrue(t.contains(s), () -> "missing «" + s + "» in\n" + t);
        }
        Path word = out("rating-decision.docx");
        f.ctx.ratingDocuments().writeDecision(2026, word);
        String w = docx(word);
        for (String s : List.of("Số 01-QĐ/ĐU", "QUYẾT ĐỊNH", "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ PHÚ SƠN", "Điều 1. Xếp loại chất lượng năm 2026",
                "- Hoàn thành nhiệm vụ: 1 tổ chức đảng, gồm: Chi bộ thôn Tây.", "T/M BAN THƯỜNG VỤ")) {
            assertTrue(w.contains(s), () -> "missing «" + s + "» in\n" + w);
        }
    }

    private static List<List<String>> read(Path xlsx) throws Exception {
        List<List<String>> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            Sheet s = wb.getSheetAt(0);
            for (Row r : s) {
                List<String> line = new ArrayList<>();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    line.add(r.getCell(c) == null ? "" : fmt.formatCellValue(r.getCell(c)));
                }
                out.add(line);
            }
        }
        return out;
    }
}
