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

/// Renders an [HdDocument] as PDF (PDFBox, bundled Liberation Serif): the heading block, title and closing drawn by
/// the shared pieces ([DocumentHeader], [DocumentTitle], [Closing], [PageNumbers]); the body flows over as many pages
/// as it needs: headings, justified paragraphs with a first-line indent, ruled tables whose header row repeats.
public final class HdPdf {

    private static final float PAD = 2.5f;

    private final HdDocument doc;
    private final PageSetup page;
    private PDDocument pdf;
    private PdfFonts f;
    private PDPageContentStream cs;
    private float y;

    private HdPdf(HdDocument doc) {
        this.doc = doc;
        this.page = doc.page();
    }

    public static void write(HdDocument doc, Path out) throws AppException {
        PdfFiles.write(out, pdf -> new HdPdf(doc).render(pdf));
    }

    private void render(PDDocument target) throws IOException {
        this.pdf = target;
        this.f = new PdfFonts(target);
        newPage();
        y = doc.title().draw(cs, f, page, doc.header().draw(cs, f, page));
        List<String> labels = doc.labels();
        for (int i = 0; i < doc.body().size(); i++) {
            switch (doc.body().get(i)) {
                case HdDocument.Heading h -> heading(labels.get(i), h);
                case HdDocument.Paragraph p -> paragraph(p);
                case HdDocument.Table t -> table(t);
            }
        }
        if (doc.closing().isPresent()) {
            Closing c = doc.closing().get();
            y -= Hd36.BLOCK_LEADING;
            if (y - c.height(f, page) < page.bottom()) {
                newPage();
                y = DocumentHeader.firstBaseline(page);
            }
            c.draw(cs, f, page, y);
        }
        cs.close();
        PageNumbers.stamp(pdf, f);
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage p = new PDPage(page.size());
        pdf.addPage(p);
        cs = new PDPageContentStream(pdf, p);
        y = page.top() - Hd36.BODY * 0.72f;
    }

    /// Room for `height` more points under the current line, else a new page.
    private void room(float height) throws IOException {
        if (y - height < page.bottom()) {
            newPage();
        }
    }

    private void heading(String label, HdDocument.Heading h) throws IOException {
        paragraph(new HdDocument.Paragraph(List.of(HdDocument.Run.bold(HdDocument.headingText(label, h))), true), 2);
    }

    private void paragraph(HdDocument.Paragraph p) throws IOException {
        paragraph(p, 1);
    }

    /// Lays the paragraph out in lines (words keep their run's face), justified except the last line; `keep`: lines
    /// that must fit on the page with the first (a heading stays with the next line).
    private void paragraph(HdDocument.Paragraph p, int keep) throws IOException {
        float indent = p.indent() ? HdDocument.INDENT_MM * PageSetup.MM : 0;
        List<List<Word>> lines = lines(words(p), indent);
        y -= HdDocument.SPACE_BEFORE;
        room(Hd36.LEADING * Math.min(keep, lines.size()));
        for (int i = 0; i < lines.size(); i++) {
            room(0);
            List<Word> line = lines.get(i);
            float x = page.left() + (i == 0 ? indent : 0);
            float avail = page.right() - x;
            float natural = 0;
            for (Word w : line) {
                natural += w.width();
            }
            float space = PdfFonts.width(f.regular, " ", Hd36.BODY);
            boolean justify = i < lines.size() - 1 && line.size() > 1;
            float gap = justify ? (avail - natural) / (line.size() - 1) : space;
            for (Word w : line) {
                float at = x;
                for (Piece piece : w.pieces()) {
                    PdfText.text(cs, piece.font(), Hd36.BODY, piece.text(), at, y);
                    at += PdfFonts.width(piece.font(), piece.text(), Hd36.BODY);
                }
                x += w.width() + gap;
            }
            y -= Hd36.LEADING;
        }
    }

    /// Text of one face inside a word.
    private record Piece(String text, PDFont font) {
    }

    /// A word: the text between spaces, in one or more faces ("25" italic followed by "." upright stays one word).
    private record Word(List<Piece> pieces, float width) {
    }

    private List<Word> words(HdDocument.Paragraph p) {
        List<Word> out = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (HdDocument.Run r : p.runs()) {
            PDFont font = r.bold() && r.italic() ? f.boldItalic : r.bold() ? f.bold : r.italic() ? f.italic : f.regular;
            StringBuilder sb = new StringBuilder();
            for (char ch : PdfFonts.nfc(r.text()).toCharArray()) {
                if (Character.isWhitespace(ch)) {
                    if (!sb.isEmpty()) {
                        pieces.add(new Piece(sb.toString(), font));
                        sb.setLength(0);
                    }
                    word(out, pieces);
                } else {
                    sb.append(ch);
                }
            }
            if (!sb.isEmpty()) {
                pieces.add(new Piece(sb.toString(), font));
            }
        }
        word(out, pieces);
        return out;
    }

    private static void word(List<Word> out, List<Piece> pieces) {
        if (pieces.isEmpty()) {
            return;
        }
        float width = 0;
        for (Piece piece : pieces) {
            width += PdfFonts.width(piece.font(), piece.text(), Hd36.BODY);
        }
        out.add(new Word(List.copyOf(pieces), width));
        pieces.clear();
    }

    private List<List<Word>> lines(List<Word> words, float indent) {
        float space = PdfFonts.width(f.regular, " ", Hd36.BODY);
        List<List<Word>> out = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float used = 0;
        float width = page.width() - indent;
        for (Word w : words) {
            float add = line.isEmpty() ? w.width() : space + w.width();
            if (!line.isEmpty() && used + add > width) {
                out.add(line);
                line = new ArrayList<>();
                used = 0;
                width = page.width();
                add = w.width();
            }
            line.add(w);
            used += add;
        }
        if (!line.isEmpty() || out.isEmpty()) {
            out.add(line);
        }
        return out;
    }

    private void table(HdDocument.Table t) throws IOException {
        float size = t.fontSize();
        float leading = size * 1.25f;
        float[] widths = t.widths(page.width());
        y -= HdDocument.SPACE_BEFORE + size * 0.5f;
        float top = y + size;
        List<List<String>> header = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            List<String> wrapped = new ArrayList<>();
            for (String part : t.columns().get(c).header().split("\n")) {
                wrapped.addAll(PdfText.wrap(part, f.bold, size, widths[c] - 2 * PAD));
            }
            header.add(wrapped);
        }
        float headerHeight = height(header, leading);
        if (top - headerHeight - leading * 2 < page.bottom()) {
            newPage();
            top = page.top();
        }
        top = row(t, header, widths, top, headerHeight, leading, f.bold, true);
        for (HdDocument.Row r : t.rows()) {
            List<List<String>> cells = new ArrayList<>();
            if (r.group()) {
                cells.add(PdfText.wrap(r.cells().isEmpty() ? "" : r.cells().getFirst(), f.bold, size, page.width() - 2 * PAD));
            } else {
                for (int c = 0; c < widths.length; c++) {
                    cells.add(PdfText.wrap(c < r.cells().size() ? r.cells().get(c) : "", f.regular, size, widths[c] - 2 * PAD));
                }
            }
            float h = height(cells, leading);
            if (top - h < page.bottom()) {
                newPage();
                top = row(t, header, widths, page.top(), headerHeight, leading, f.bold, true);
            }
            top = r.group() ? group(cells.getFirst(), top, h, size, leading) : row(t, cells, widths, top, h, leading, f.regular, false);
        }
        y = top - Hd36.LEADING + size * 0.2f;
    }

    private static float height(List<List<String>> cells, float leading) {
        int lines = 1;
        for (List<String> c : cells) {
            lines = Math.max(lines, c.size());
        }
        return lines * leading + 2 * PAD;
    }

    /// Draws one row with its top at `top`; returns the top of the next row.
    private float row(HdDocument.Table t, List<List<String>> cells, float[] widths, float top, float h, float leading, PDFont font,
                      boolean header) throws IOException {
        float x = page.left();
        float size = t.fontSize();
        cs.setLineWidth(0.5f);
        for (int c = 0; c < widths.length; c++) {
            cs.addRect(x, top - h, widths[c], h);
            cs.stroke();
            float ty = top - PAD - size * 0.9f;
            for (String line : cells.get(c)) {
                if (header || t.columns().get(c).centred()) {
                    PdfText.centre(cs, font, size, line, x + widths[c] / 2, ty);
                } else {
                    PdfText.text(cs, font, size, line, x + PAD, ty);
                }
                ty -= leading;
            }
            x += widths[c];
        }
        return top - h;
    }

    private float group(List<String> lines, float top, float h, float size, float leading) throws IOException {
        cs.setLineWidth(0.5f);
        cs.addRect(page.left(), top - h, page.width(), h);
        cs.stroke();
        float ty = top - PAD - size * 0.9f;
        for (String line : lines) {
            PdfText.text(cs, f.bold, size, line, page.left() + PAD, ty);
            ty -= leading;
        }
        return top - h;
    }
}
