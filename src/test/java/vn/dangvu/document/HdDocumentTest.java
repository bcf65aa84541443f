package vn.dangvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

import vn.dangvu.common.AppException;

/// The HD 36 document model rendered as DOCX (reopened with XWPF: texts, styles, sizes, page setup) and as PDF
/// (text read back, exact Vietnamese). With -Ddangvu.shots=DIR both files are also kept there to look at.
class HdDocumentTest {

    @TempDir
    Path dir;

    static HdDocument sample(int rows) {
        DocumentHeader header = DocumentHeader.of("Đảng bộ tỉnh Khánh Hòa", "Đảng ủy xã Phú Sơn",
                PlaceDate.of("Phú Sơn", LocalDate.of(2026, 1, 5))).withNumber("Số 05-KH/ĐU");
        List<HdDocument.Row> table = new ArrayList<>();
        for (int m = 1; m <= rows; m++) {
            if (m % 4 == 1) {
                table.add(HdDocument.Row.group("Quý " + HdDocument.roman((m - 1) / 4 + 1)));
            }
            table.add(HdDocument.Row.of(String.valueOf(m), "Sinh hoạt chi bộ thường kỳ tháng " + m
                    + " và học tập chuyên đề về ý chí tự lực, tự cường", "Ngày 05/" + m, "Các chi bộ trực thuộc"));
        }
        return HdDocument.builder(header, DocumentTitle.of("Kế hoạch", "công tác xây dựng Đảng năm 2026"))
                .heading(1, "Mục đích, yêu cầu")
                .heading(2, "Mục đích")
                .paragraph("Cụ thể hóa chương trình công tác năm 2026 của Ban Chấp hành Đảng bộ xã; bảo đảm các chi bộ "
                        + "sinh hoạt đều đặn hằng tháng, nâng cao chất lượng sinh hoạt theo Chỉ thị 50-CT/TW và Hướng dẫn "
                        + "42-HD/BTCTW của Ban Tổ chức Trung ương.")
                .heading(2, "Yêu cầu")
                .paragraph(HdDocument.Run.plain("Các chi bộ "), HdDocument.Run.bold("xây dựng kế hoạch cụ thể"),
                        HdDocument.Run.plain(" và báo cáo kết quả "), HdDocument.Run.italic("trước ngày 25 hằng tháng"),
                        HdDocument.Run.plain("."))
                .heading(1, "Nội dung và thời gian thực hiện")
                .table(List.of(new HdDocument.Column("TT", 12, true), new HdDocument.Column("Nội dung", 90, false),
                        new HdDocument.Column("Thời gian", 28, true), new HdDocument.Column("Thực hiện", 40, false)), table)
                .heading(1, "Tổ chức thực hiện")
                .heading(2, "Văn phòng Đảng ủy")
                .heading(3, "Theo dõi, đôn đốc")
                .paragraph("Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện kế hoạch.")
                .closing(new Closing(new Recipients(List.of("Ban Tổ chức Tỉnh ủy", "Các chi bộ trực thuộc",
                        "Lưu Văn phòng Đảng ủy")), new SignatureBlock("T/M Ban Thường vụ", "Bí thư",
                        Optional.of("Nguyễn Văn Bí"))))
                .build();
    }

    @Test
    void headingsAreNumberedByLevel() {
        assertEquals(List.of("I.", "1.", "", "2.", "", "II.", "", "III.", "1.", "a)", ""), sample(3).labels());
        assertEquals("I. MỤC ĐÍCH, YÊU CẦU", HdDocument.headingText("I.", new HdDocument.Heading(1, "Mục đích, yêu cầu")));
        assertEquals(List.of("I", "IV", "IX", "XIV", "XXXIX"), List.of(HdDocument.roman(1), HdDocument.roman(4),
                HdDocument.roman(9), HdDocument.roman(14), HdDocument.roman(39)));
    }

    @Test
    void docxHasTheHd36LayoutAndStyles() throws Exception {
        Path out = keep(dir.resolve("ke-hoach.docx"));
        sample(14).write(out);
        try (InputStream in = Files.newInputStream(out); XWPFDocument d = new XWPFDocument(in)) {
            CTPageMar mar = d.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(List.of(mm(25), mm(25), mm(35), mm(15)), List.of(mar.getTop(), mar.getBottom(), mar.getLeft(), mar.getRight()));
            assertEquals(BigInteger.valueOf(11906), d.getDocument().getBody().getSectPr().getPgSz().getW());
            assertTrue(d.getDocument().getBody().getSectPr().isSetTitlePg(), "no page number on the first page");

            XWPFTable head = (XWPFTable) d.getBodyElements().getFirst();
            List<XWPFParagraph> left = head.getRow(0).getCell(0).getParagraphs();
            assertEquals(List.of("ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG ỦY XÃ PHÚ SƠN", "*", "Số 05-KH/ĐU"),
                    left.stream().map(XWPFParagraph::getText).toList());
            style(left.get(0), 14, false, false);
            style(left.get(1), 14, true, false);
            List<XWPFParagraph> right = head.getRow(0).getCell(1).getParagraphs();
            assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", right.get(0).getText());
            style(right.get(0), 15, true, false);
            assertEquals(Borders.SINGLE, right.get(0).getBorderBottom());
            assertEquals("Phú Sơn, ngày 05 tháng 01 năm 2026", right.get(1).getText());
            style(right.get(1), 14, false, true);

            List<XWPFParagraph> body = d.getParagraphs();
            XWPFParagraph title = find(body, "KẾ HOẠCH");
            style(title, 15, true, false);
            style(find(body, "công tác xây dựng Đảng năm 2026"), 14, true, false);
            style(find(body, "I. MỤC ĐÍCH, YÊU CẦU"), 14, true, false);
            find(body, "1. Mục đích");
            find(body, "a) Theo dõi, đôn đốc");
            XWPFParagraph mixed = find(body, "Các chi bộ xây dựng kế hoạch cụ thể và báo cáo kết quả trước ngày 25 hằng tháng.");
            assertEquals(List.of(false, true, false, false, false), mixed.getRuns().stream().map(XWPFRun::isBold).toList());
            assertEquals(List.of(false, false, false, true, false), mixed.getRuns().stream().map(XWPFRun::isItalic).toList());
            assertEquals(ParagraphAlignment.BOTH, mixed.getAlignment());
            assertEquals(567, mixed.getIndentationFirstLine());
            assertEquals(HdDocx.FONT, mixed.getRuns().getFirst().getFontFamily());

            List<XWPFTable> tables = d.getTables();
            XWPFTable plan = tables.get(1);
            assertTrue(plan.getRow(0).isRepeatHeader());
            assertEquals(List.of("TT", "Nội dung", "Thời gian", "Thực hiện"), plan.getRow(0).getTableCells().stream()
                    .map(c -> c.getText()).toList());
            assertEquals("Quý I", plan.getRow(1).getCell(0).getText());
            assertEquals(1, plan.getRow(1).getTableCells().size());
            assertEquals("Sinh hoạt chi bộ thường kỳ tháng 1 và học tập chuyên đề về ý chí tự lực, tự cường",
                    plan.getRow(2).getCell(1).getText());
            assertEquals(13.0, plan.getRow(2).getCell(1).getParagraphs().getFirst().getRuns().getFirst().getFontSizeAsDouble());

            XWPFTable closing = tables.get(2);
            List<XWPFParagraph> recipients = closing.getRow(0).getCell(0).getParagraphs();
            assertEquals(List.of("Nơi nhận:", "- Ban Tổ chức Tỉnh ủy,", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."),
                    recipients.stream().map(XWPFParagraph::getText).toList());
            assertEquals(UnderlinePatterns.SINGLE, recipients.getFirst().getRuns().getFirst().getUnderline());
            style(recipients.get(1), 12, false, false);
            List<String> signature = closing.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(s -> !s.isBlank()).toList();
            assertEquals(List.of("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Bí"), signature);
            assertEquals("2", d.getHeaderList().stream().map(h -> h.getText().strip()).filter(t -> !t.isEmpty())
                    .findFirst().orElse(""), "the page number field of pages 2+");
            assertTrue(d.getBodyElements().stream().allMatch(e -> e instanceof IBodyElement));
        }
    }

    @Test
    void pdfHasTheSameTextOverSeveralPages() throws Exception {
        Path out = keep(dir.resolve("ke-hoach.pdf"));
        sample(30).write(out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 2, "30 table rows flow onto a second page");
            assertEquals(List.of(), PdfLayout.notEmbedded(pdf));
            String text = new PDFTextStripper().getText(pdf);
            for (String s : List.of("ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG ỦY XÃ PHÚ SƠN", "Số 05-KH/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Phú Sơn, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH", "công tác xây dựng Đảng năm 2026",
                    "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN", "a) Theo dõi, đôn đốc", "Quý III",
                    "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Bí", "- Lưu Văn phòng Đảng ủy.")) {
                assertTrue(text.contains(s), s + " in\n" + text);
            }
            PDFTextStripper second = new PDFTextStripper();
            second.setSortByPosition(true);
            second.setStartPage(2);
            second.setEndPage(2);
            assertTrue(second.getText(pdf).strip().startsWith("2"), "page 2 carries its number at the top");
            List<PdfLayout.Glyph> glyphs = PdfLayout.glyphs(pdf);
            PdfLayout.Glyph first = PdfLayout.line(glyphs, 1, "I. MỤC ĐÍCH, YÊU CẦU").getFirst();
            assertEquals(35 + HdDocument.INDENT_MM, first.leftMm(), 0.5, "headings are indented like paragraphs");
            assertEquals(14f, first.sizePt(), 0.01);
        }
    }

    @Test
    void anUnknownExtensionIsRefused() {
        AppException e = assertThrows(AppException.class, () -> sample(1).write(dir.resolve("ke-hoach.odt")));
        assertEquals("document.error.format", e.key());
    }

    private static void style(XWPFParagraph p, double size, boolean bold, boolean italic) {
        for (XWPFRun r : p.getRuns()) {
            if (r.text().isBlank()) {
                continue;
            }
            assertEquals(size, r.getFontSizeAsDouble(), p.getText());
            assertEquals(bold, r.isBold(), p.getText());
            assertEquals(italic, r.isItalic(), p.getText());
            assertEquals(HdDocx.FONT, r.getFontFamily());
        }
    }

    private static XWPFParagraph find(List<XWPFParagraph> ps, String text) {
        return ps.stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + ps.stream().map(XWPFParagraph::getText).toList()));
    }

    private static BigInteger mm(float mm) {
        return BigInteger.valueOf(Math.round(mm * 72f / 25.4f * 20));
    }

    /// The file to write: in -Ddangvu.shots when given (to look at), else in the test's folder.
    private static Path keep(Path out) throws IOException {
        String shots = System.getProperty("dangvu.shots");
        if (shots == null || shots.isBlank()) {
            return out;
        }
        Files.createDirectories(Path.of(shots));
        return Path.of(shots).resolve(out.getFileName());
    }
}
