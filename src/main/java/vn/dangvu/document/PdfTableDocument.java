package vn.dangvu.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.dangvu.common.AppException;

/// A printed list as a Party document: the HD 36 header ([DocumentHeader]) and title ([DocumentTitle]) on the first
/// page, then a ruled table across the text width whose header row repeats on every page, text wrapped inside the
/// cells, an optional [Closing] ("Nơi nhận" and the signature) after the table, and page numbers from page 2
/// ([PageNumbers]).
public final class PdfTableDocument {

    private static final float PAD = 2f;

    /// A column: header text (may contain \n), width in millimetres (scaled together to the text width), centred
    /// or left-aligned body text.
    public record Column(String header, float widthMm, boolean centred) {
    }

    private final DocumentHeader heading;
    private final DocumentTitle title;
    private final List<Column> columns;
    private final PageSetup page;
    private final float fontSize;
    private final Optional<Closing> closing;
    private final boolean numbered;

    public PdfTableDocument(DocumentHeader heading, DocumentTitle title, List<Column> columns, PageSetup page, float fontSize,
                            Optional<Closing> closing) {
        this(heading, title, columns, page, fontSize, closing, false);
    }

    private PdfTableDocument(DocumentHeader heading, DocumentTitle title, List<Column> columns, PageSetup page, float fontSize,
                             Optional<Closing> closing, boolean numbered) {
        this.heading = heading;
        this.title = title;
        this.columns = List.copyOf(columns);
        this.page = page;
        this.fontSize = fontSize;
        this.closing = closing;
        this.numbered = numbered;
    }

    /// The same document with a row of column numbers (1, 2, 3 …) under the header row, as official forms have.
    public PdfTableDocument numberColumns() {
        return new PdfTableDocument(heading, title, columns, page, fontSize, closing, true);
    }

    /// Writes the document atomically (temp file, fsync, move).
    public void write(Path out, List<List<String>> rows) throws AppException {
        PdfFiles.write(out, doc -> render(doc, rows));
    }

    /// The column widths in points: the millimetre widths scaled so the table spans the text width exactly.
    public float[] widths() {
        float total = 0;
        for (Column c : columns) {
            total += c.widthMm();
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).widthMm() / total * page.width();
        }
        return widths;
    }

    private void render(PDDocument doc, List<List<String>> rows) throws IOException {
        PdfFonts f = new PdfFonts(doc);
        float[] widths = widths();
        float leading = fontSize * 1.25f;
        PDPageContentStream cs = newPage(doc);
        float y = title.draw(cs, f, page, heading.draw(cs, f, page)) + Hd36.BLOCK_LEADING - 8;
        y = headerRow(cs, f, widths, y, leading);
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < widths.length; c++) {
                List<String> wrapped = PdfText.wrap(c < row.size() ? row.get(c) : "", f.regular, fontSize, widths[c] - 2 * PAD);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float h = lines * leading + 2 * PAD;
            if (y - h < page.bottom()) {
                cs.close();
                cs = newPage(doc);
                y = headerRow(cs, f, widths, page.top(), leading);
            }
            drawRow(cs, f.regular, cells, widths, y, h, leading, false);
            y -= h;
        }
        if (closing.isPresent()) {
            y -= Hd36.BLOCK_LEADING + Hd36.SIGNATURE;
            if (y - closing.get().height(f, page) < page.bottom()) {
                cs.close();
                cs = newPage(doc);
                y = DocumentHeader.firstBaseline(page);
            }
            closing.get().draw(cs, f, page, y);
        }
        cs.close();
        PageNumbers.stamp(doc, f);
    }

    private PDPageContentStream newPage(PDDocument doc) throws IOException {
        PDPage p = new PDPage(page.size());
        doc.addPage(p);
        return new PDPageContentStream(doc, p);
    }

    private float headerRow(PDPageContentStream cs, PdfFonts f, float[] widths, float y, float leading) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> wrapped = new ArrayList<>();
            for (String part : columns.get(c).header().split("\n")) {
                wrapped.addAll(PdfText.wrap(part, f.bold, fontSize, widths[c] - 2 * PAD));
            }
            cells.add(wrapped);
            lines = Math.max(lines, wrapped.size());
        }
        float h = lines * leading + 3 * PAD;
        drawRow(cs, f.bold, cells, widths, y, h, leading, true);
        if (!numbered) {
            return y - h;
        }
        List<List<String>> numbers = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            numbers.add(List.of(String.valueOf(c + 1)));
        }
        drawRow(cs, f.italic, numbers, widths, y - h, leading + 2 * PAD, leading, true);
        return y - h - leading - 2 * PAD;
    }

    private void drawRow(PDPageContentStream cs, PDFont font, List<List<String>> cells, float[] widths, float y, float h,
                         float leading, boolean header) throws IOException {
        float x = page.left();
        cs.setLineWidth(0.5f);
        for (int c = 0; c < widths.length; c++) {
            cs.addRect(x, y - h, widths[c], h);
            cs.stroke();
            float ty = y - PAD - fontSize;
            for (String line : cells.get(c)) {
                if (header || columns.get(c).centred()) {
                    PdfText.centre(cs, font, fontSize, line, x + widths[c] / 2, ty);
                } else {
                    PdfText.text(cs, font, fontSize, line, x + PAD, ty);
                }
                ty -= leading;
            }
            x += widths[c];
        }
    }
}
