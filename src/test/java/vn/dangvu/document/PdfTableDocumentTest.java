package vn.dangvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.document.PdfLayout.Glyph;

class PdfTableDocumentTest {

    private static final List<PdfTableDocument.Column> COLUMNS = List.of(
            new PdfTableDocument.Column("STT", 10, true),
            new PdfTableDocument.Column("Họ và tên", 60, false),
            new PdfTableDocument.Column("Ngày vào Đảng", 30, true),
            new PdfTableDocument.Column("Ghi chú", 60, false));

    @TempDir
    Path dir;

    @Test
    void portraitDocumentHasTheHd36HeaderSizesMarginsAndClosing() throws Exception {
        Path pdf = dir.resolve("portrait.pdf");
        new PdfTableDocument(header(), new DocumentTitle("Danh sách đảng viên đề nghị tặng Huy hiệu Đảng đợt 3/2/2026",
                List.of(), List.of("(Tổng số: 60 đảng viên)")), COLUMNS, PageSetup.A4_PORTRAIT, 11, Optional.of(closing()))
                .write(pdf, rows(60));
        keep(pdf, "document-portrait");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages(), "60 rows and the closing take two pages");
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                assertEquals(PDRectangle.A4.getWidth(), doc.getPage(i).getMediaBox().getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getHeight(), doc.getPage(i).getMediaBox().getHeight(), 0.01);
            }
            assertEquals(List.of(), PdfLayout.notEmbedded(doc));
            String text = new PDFTextStripper().getText(doc).replaceAll("[ \n]+", " ");
            for (String s : new String[] {"ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG ỦY XÃ PHÚ SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Phú Sơn, ngày 05 tháng 02 năm 2026", "DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG", "(Tổng số: 60 đảng viên)",
                "Nơi nhận:", "- Ban Tổ chức Tỉnh ủy Khánh Hòa,", "- Lưu Văn phòng Đảng ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
                "Nguyễn Văn Bí", "Nguyễn Thị Hương 60", "19/05/2005"}) {
                assertTrue(text.contains(s), s + " missing in:\n" + text);
            }
            List<Glyph> glyphs = PdfLayout.glyphs(doc);
            assertWithin(glyphs, 25, 25, 35, 15, 210, 297);
            assertSize(glyphs, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, "Bold");
            assertSize(glyphs, "ĐẢNG BỘ TỈNH KHÁNH HÒA", 14, "Regular");
            assertSize(glyphs, "ĐẢNG ỦY XÃ PHÚ SƠN", 14, "Bold");
            assertSize(glyphs, "Phú Sơn, ngày 05 tháng 02 năm 2026", 14, "Italic");
            assertSize(glyphs, "T/M BAN THƯỜNG VỤ", 14, "Bold");
            assertSize(glyphs, "Nơi nhận:", 14, "Regular");
            assertSize(glyphs, "- Lưu Văn phòng Đảng ủy.", 12, "Regular");
            assertSize(glyphs, "DANH SÁCH ĐẢNG VIÊN", 15, "Bold");
            // the heading sits top right, the issuer top left: right block's right edge near the right margin
            Glyph party = PdfLayout.line(glyphs, 1, "ĐẢNG CỘNG SẢN VIỆT NAM").getFirst();
            Glyph issuer = PdfLayout.line(glyphs, 1, "ĐẢNG ỦY XÃ PHÚ SƠN").getFirst();
            assertTrue(party.leftMm() > 105 && issuer.leftMm() < 80, party + " / " + issuer);
            // "Nơi nhận" on the left and the signature on the right start on the same line
            int last = doc.getNumberOfPages();
            Glyph to = PdfLayout.line(glyphs, last, "Nơi nhận:").getFirst();
            Glyph sign = PdfLayout.line(glyphs, last, "T/M BAN THƯỜNG VỤ").getFirst();
            assertEquals(to.baselineMm(), sign.baselineMm(), 0.2);
            assertTrue(to.leftMm() < 40 && sign.leftMm() > 110, to + " / " + sign);
            assertPageNumbers(glyphs, last);
        }
    }

    @Test
    void landscapeTableKeepsItsMarginsAndPrintsDatesWhole() throws Exception {
        Path pdf = dir.resolve("landscape.pdf");
        List<PdfTableDocument.Column> narrowDate = List.of(new PdfTableDocument.Column("STT", 10, true),
                new PdfTableDocument.Column("Họ và tên", 200, false), new PdfTableDocument.Column("Ngày", 16, true),
                new PdfTableDocument.Column("Ghi chú", 31, false));
        new PdfTableDocument(header(), DocumentTitle.of("Sổ danh sách đảng viên", "Chi bộ thôn Đông"), narrowDate,
                PageSetup.A4_LANDSCAPE, 8.5f, Optional.empty()).numberColumns().write(pdf, rows(50));
        keep(pdf, "document-landscape");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(PDRectangle.A4.getHeight(), doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(0).getMediaBox().getHeight(), 0.01);
            assertEquals(List.of(), PdfLayout.notEmbedded(doc));
            List<Glyph> glyphs = PdfLayout.glyphs(doc);
            assertWithin(glyphs, 20, 15, 25, 15, 297, 210);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("SỔ DANH SÁCH ĐẢNG VIÊN"), text);
            assertEquals(50, text.split("19/05/2005", -1).length - 1, "a 16 mm column prints dd/MM/yyyy on one line:\n" + text);
            // the column numbers row under the header row repeats on every page
            assertEquals(doc.getNumberOfPages(), PdfLayout.glyphs(doc).stream()
                    .filter(g -> g.text().equals("4") && g.font().contains("Italic")).count());
            assertPageNumbers(glyphs, doc.getNumberOfPages());
        }
    }

    /// Every glyph inside the margins (mm), except the page numbers in the top margin.
    private static void assertWithin(List<Glyph> glyphs, float top, float bottom, float left, float right, float width,
                                     float height) {
        for (Glyph g : glyphs) {
            if (isPageNumber(g, width)) {
                continue;
            }
            assertTrue(g.leftMm() >= left - 0.3f && g.rightMm() <= width - right + 0.3f, "outside left/right: " + g);
            assertTrue(g.topMm() >= top - 0.3f && g.baselineMm() <= height - bottom + 0.3f, "outside top/bottom: " + g);
        }
    }

    private static boolean isPageNumber(Glyph g, float width) {
        return g.baselineMm() < 18 && Math.abs((g.leftMm() + g.rightMm()) / 2 - width / 2) < 6;
    }

    /// Pages 2… carry their number centred about 10 mm from the top edge; page 1 none.
    private static void assertPageNumbers(List<Glyph> glyphs, int pages) {
        for (int p = 1; p <= pages; p++) {
            int page = p;
            List<Glyph> top = glyphs.stream().filter(g -> g.page() == page && g.topMm() < 15).toList();
            if (p == 1) {
                assertEquals(List.of(), top);
            } else {
                assertEquals(String.valueOf(p), top.stream().map(Glyph::text).reduce("", String::concat));
                assertEquals(10, top.getFirst().topMm(), 1.5);
            }
        }
    }

    private static void assertSize(List<Glyph> glyphs, String line, float size, String style) {
        List<Glyph> run = glyphs.stream().map(Glyph::page).distinct().map(p -> PdfLayout.line(glyphs, p, line))
                .filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
        assertFalse(run.isEmpty(), line + " not found");
        for (Glyph g : run) {
            assertEquals(size, g.sizePt(), 0.05, line + ": " + g);
            boolean regular = !g.font().contains("Bold") && !g.font().contains("Italic");
            assertTrue(style.equals("Regular") ? regular : g.font().contains(style), line + ": " + g);
        }
    }

    private static DocumentHeader header() {
        return DocumentHeader.of("Đảng bộ tỉnh Khánh Hòa", "Đảng ủy xã Phú Sơn", PlaceDate.of("Phú Sơn", LocalDate.of(2026, 2, 5)));
    }

    private static Closing closing() {
        return new Closing(new Recipients(List.of("Ban Tổ chức Tỉnh ủy Khánh Hòa", "Các chi bộ", "Lưu Văn phòng Đảng ủy")),
                new SignatureBlock("T/M Ban Thường vụ", "Bí thư", Optional.of("Nguyễn Văn Bí")));
    }

    private static List<List<String>> rows(int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(List.of(String.valueOf(i), "Nguyễn Thị Hương " + i, "19/05/2005", i % 7 == 0 ? "Quá hạn; kỷ luật đến 10/03/2027" : ""));
        }
        return rows;
    }

    /// Keeps the file under target/samples and renders it to PNG (when pdftoppm is installed) for a person to look at.
    static void keep(Path pdf, String name) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "samples"));
        Path copy = out.resolve(name + ".pdf");
        Files.copy(pdf, copy, StandardCopyOption.REPLACE_EXISTING);
        try {
            new ProcessBuilder("pdftoppm", "-r", "80", "-png", copy.toString(), out.resolve(name).toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException notInstalled) {
            // the assertions do not need the picture
        }
    }
}
