package vn.dangvu.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;

/// A printed list: the HD 36 heading on the first page, then a ruled table whose header row repeats on every
/// page, text wrapped inside the cells, and "Trang x/y" at the foot of each page.
public final class PdfTableDocument {

    private static final float MM = 72f / 25.4f;

    /// A column: header text (may contain \n), width in millimetres, centred or left-aligned body text.
    public record Column(String header, float widthMm, boolean centred) {
    }

    private final DocumentHeader heading;
    private final List<Column> columns;
    private final boolean landscape;
    private final float fontSize;

    public PdfTableDocument(DocumentHeader heading, List<Column> columns, boolean landscape, float fontSize) {
        this.heading = heading;
        this.columns = List.copyOf(columns);
        this.landscape = landscape;
        this.fontSize = fontSize;
    }

    /// Writes the document atomically (temp file, fsync, move).
    public void write(Path out, List<List<String>> rows) throws AppException {
        PdfFiles.write(out, doc -> render(doc, rows));
    }

    private void render(PDDocument doc, List<List<String>> rows) throws IOException {
        PdfFonts f = new PdfFonts(doc);
        PDRectangle size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        float left = 20 * MM;
        float right = size.getWidth() - 15 * MM;
        float top = size.getHeight() - 15 * MM;
        float bottom = 18 * MM;
        float tableWidth = 0;
        for (Column c : columns) {
            tableWidth += c.widthMm() * MM;
        }
        float scale = Math.min(1f, (right - left) / tableWidth);
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).widthMm() * MM * scale;
        }
        float leading = fontSize * 1.25f;
        List<PDPage> pages = new ArrayList<>();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        pages.add(page);
        PDPageContentStream cs = new PDPageContentStream(doc, page);
        float y = heading(cs, f, left, right, top);
        y = headerRow(cs, f, widths, left, y, leading);
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < widths.length; c++) {
                List<String> wrapped = wrap(c < row.size() ? row.get(c) : "", f.regular, fontSize, widths[c] - 4);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float h = lines * leading + 4;
            if (y - h < bottom) {
                cs.close();
                page = new PDPage(size);
                doc.addPage(page);
                pages.add(page);
                cs = new PDPageContentStream(doc, page);
                y = headerRow(cs, f, widths, left, top, leading);
            }
            drawRow(cs, f.regular, cells, widths, left, y, h, leading, false);
            y -= h;
        }
        cs.close();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream foot = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                String text = I18n.t("report.page", i + 1, pages.size());
                centre(foot, f.italic, 9, text, size.getWidth() / 2, 10 * MM);
            }
        }
    }

    private float heading(PDPageContentStream cs, PdfFonts f, float left, float right, float top) throws IOException {
        // landscape: 55 / 60 mm in; portrait (175 mm wide) pulls both blocks outwards so they never meet
        float leftCentre = left + Math.min(55 * MM, (right - left) * 0.24f);
        float rightCentre = right - Math.min(60 * MM, (right - left) * 0.26f);
        centre(cs, f.regular, 12, upper(heading.superiorLine()), leftCentre, top);
        centre(cs, f.bold, 12, upper(heading.issuer()), leftCentre, top - 15);
        centre(cs, f.regular, 12, "*", leftCentre, top - 29);
        String party = "ĐẢNG CỘNG SẢN VIỆT NAM";
        centre(cs, f.bold, 13, party, rightCentre, top);
        float w = PdfFonts.width(f.bold, party, 13);
        cs.moveTo(rightCentre - w / 2, top - 4);
        cs.lineTo(rightCentre + w / 2, top - 4);
        cs.setLineWidth(0.6f);
        cs.stroke();
        centre(cs, f.italic, 12, heading.placeAndDate(), rightCentre, top - 20);
        float y = top - 58;
        centre(cs, f.bold, 14, upper(heading.title()), (left + right) / 2, y);
        if (!heading.subtitle().isBlank()) {
            y -= 17;
            centre(cs, f.italic, 12, heading.subtitle(), (left + right) / 2, y);
        }
        return y - 16;
    }

    private float headerRow(PDPageContentStream cs, PdfFonts f, float[] widths, float left, float y, float leading) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> wrapped = new ArrayList<>();
            for (String part : columns.get(c).header().split("\n")) {
                wrapped.addAll(wrap(part, f.bold, fontSize, widths[c] - 4));
            }
            cells.add(wrapped);
            lines = Math.max(lines, wrapped.size());
        }
        float h = lines * leading + 6;
        drawRow(cs, f.bold, cells, widths, left, y, h, leading, true);
        return y - h;
    }

    private void drawRow(PDPageContentStream cs, PDFont font, List<List<String>> cells, float[] widths, float left, float y,
                         float h, float leading, boolean header) throws IOException {
        float x = left;
        cs.setLineWidth(0.5f);
        for (int c = 0; c < widths.length; c++) {
            cs.addRect(x, y - h, widths[c], h);
            cs.stroke();
            float ty = y - 2 - fontSize;
            for (String line : cells.get(c)) {
                if (header || columns.get(c).centred()) {
                    centre(cs, font, fontSize, line, x + widths[c] / 2, ty);
                } else {
                    text(cs, font, fontSize, line, x + 2, ty);
                }
                ty -= leading;
            }
            x += widths[c];
        }
    }

    public static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String raw : (text == null ? "" : text).split("\n")) {
            String para = PdfFonts.nfc(raw);
            StringBuilder line = new StringBuilder();
            for (String word : para.trim().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (PdfFonts.width(font, candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (PdfFonts.width(font, rest, size) > width && rest.length() > 1) {
                    int n = rest.length() - 1;
                    while (n > 1 && PdfFonts.width(font, rest.substring(0, n), size) > width) {
                        n--;
                    }
                    lines.add(rest.substring(0, n));
                    rest = rest.substring(n);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.of("vi"));
    }

    private static void centre(PDPageContentStream cs, PDFont font, float size, String s, float cx, float y) throws IOException {
        text(cs, font, size, s, cx - PdfFonts.width(font, s, size) / 2, y);
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, String s, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(PdfFonts.nfc(s));
        cs.endText();
    }
}
