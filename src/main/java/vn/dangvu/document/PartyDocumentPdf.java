package vn.dangvu.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.dangvu.common.AppException;

/// Lays a [PartyDocument] out on PDF pages with the HD 36 pieces: header and title on the first page, body text 14 pt
/// with an 18 pt line, tables whose header row repeats on each page, signatures kept whole on a page, page numbers
/// from page 2.
public final class PartyDocumentPdf {

    private static final float PAD = 2f;
    private static final float INDENT = 10 * PageSetup.MM;

    private final PageSetup page;
    private PDDocument doc;
    private PdfFonts f;
    private PDPageContentStream cs;
    private float y;

    private PartyDocumentPdf(PageSetup page) {
        this.page = page;
    }

    /// Writes the document atomically (temp file, fsync, move).
    public static void write(PartyDocument d, PageSetup page, Path out) throws AppException {
        PdfFiles.write(out, doc -> new PartyDocumentPdf(page).render(doc, d));
    }

    private void render(PDDocument pdf, PartyDocument d) throws IOException {
        doc = pdf;
        f = new PdfFonts(pdf);
        newPage();
        y = d.title().draw(cs, f, page, d.header().draw(cs, f, page)) - 4;
        for (PartyDocument.Block b : d.blocks()) {
            switch (b) {
                case PartyDocument.Paragraph p -> paragraph(p);
                case PartyDocument.Table t -> table(t);
                case PartyDocument.Signatures s -> signatures(s);
            }
        }
        if (d.closing().isPresent()) {
            y -= Hd36.BLOCK_LEADING;
            room(d.closing().get().height(f, page));
            d.closing().get().draw(cs, f, page, y);
        }
        cs.close();
        PageNumbers.stamp(doc, f);
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage p = new PDPage(page.size());
        doc.addPage(p);
        cs = new PDPageContentStream(doc, p);
        y = page.top() - Hd36.BODY;
    }

    /// Starts a new page unless `height` fits above the bottom margin.
    private void room(float height) throws IOException {
        if (y - height < page.bottom()) {
            newPage();
        }
    }

    private void paragraph(PartyDocument.Paragraph p) throws IOException {
        PDFont font = switch (p.style()) {
            case BOLD -> f.bold;
            case ITALIC -> f.italic;
            case NORMAL -> f.regular;
        };
        y -= 4;
        for (String part : p.text().split("\n", -1)) {
            float first = p.indent() ? INDENT : 0;
            List<String> lines = PdfText.wrap(part, font, Hd36.BODY, page.width() - first);
            for (int i = 0; i < lines.size(); i++) {
                room(Hd36.LEADING);
                y -= Hd36.LEADING;
                PdfText.text(cs, font, Hd36.BODY, lines.get(i), page.left() + (i == 0 ? first : 0), y + 4);
            }
        }
    }

    private void table(PartyDocument.Table t) throws IOException {
        float[] widths = widths(t.columns());
        float leading = t.size() * 1.25f;
        y -= 8;
        room(2 * (2 * leading + 3 * PAD));
        header(t, widths, leading);
        for (List<String> row : t.rows()) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < widths.length; c++) {
                List<String> w = PdfText.wrap(c < row.size() ? row.get(c) : "", f.regular, t.size(), widths[c] - 2 * PAD);
                cells.add(w);
                lines = Math.max(lines, w.size());
            }
            float h = lines * leading + 2 * PAD;
            if (y - h < page.bottom()) {
                newPage();
                header(t, widths, leading);
            }
            draw(t, f.regular, cells, widths, h, leading, false);
        }
        y -= 6;
    }

    private void header(PartyDocument.Table t, float[] widths, float leading) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> w = new ArrayList<>();
            for (String part : t.columns().get(c).header().split("\n")) {
                w.addAll(PdfText.wrap(part, f.bold, t.size(), widths[c] - 2 * PAD));
            }
            cells.add(w);
            lines = Math.max(lines, w.size());
        }
        draw(t, f.bold, cells, widths, lines * leading + 3 * PAD, leading, true);
    }

    private void draw(PartyDocument.Table t, PDFont font, List<List<String>> cells, float[] widths, float h, float leading,
                      boolean header) throws IOException {
        float x = page.left();
        cs.setLineWidth(0.5f);
        for (int c = 0; c < widths.length; c++) {
            cs.addRect(x, y - h, widths[c], h);
            cs.stroke();
            float ty = y - PAD - t.size();
            for (String line : cells.get(c)) {
                if (header || t.columns().get(c).centred()) {
                    PdfText.centre(cs, font, t.size(), line, x + widths[c] / 2, ty);
                } else {
                    PdfText.text(cs, font, t.size(), line, x + PAD, ty);
                }
                ty -= leading;
            }
            x += widths[c];
        }
        y -= h;
    }

    private float[] widths(List<PdfTableDocument.Column> columns) {
        float total = 0;
        for (PdfTableDocument.Column c : columns) {
            total += c.widthMm();
        }
        float[] w = new float[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = columns.get(i).widthMm() / total * page.width();
        }
        return w;
    }

    private void signatures(PartyDocument.Signatures s) throws IOException {
        y -= Hd36.BLOCK_LEADING;
        room(SignatureBlock.height() + Hd36.BLOCK_LEADING);
        y -= Hd36.BLOCK_LEADING;
        float left = y;
        float right = y;
        if (s.left().isPresent()) {
            left = s.left().get().draw(cs, f, DocumentHeader.leftCentre(page), y);
        }
        if (s.right().isPresent()) {
            right = s.right().get().draw(cs, f, DocumentHeader.rightCentre(page), y);
        }
        y = Math.min(left, right);
    }
}
