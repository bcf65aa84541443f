package vn.dangvu.rating;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.dangvu.common.AppException;
import vn.dangvu.document.Closing;
import vn.dangvu.document.DocumentHeader;
import vn.dangvu.document.DocumentTitle;
import vn.dangvu.document.Hd36;
import vn.dangvu.document.PageNumbers;
import vn.dangvu.document.PageSetup;
import vn.dangvu.document.PdfFiles;
import vn.dangvu.document.PdfFonts;
import vn.dangvu.document.PdfText;

/// A decision as HD 36-HD/VPTW lays it out (domain.md §10.4), from the pieces in `document`: the header with the
/// number, "QUYẾT ĐỊNH" and its summary, the issuing authority, the "Căn cứ" lines, "QUYẾT ĐỊNH:", the articles
/// (body 14 pt, first line indented 1 cm, pages breaking between lines), then "Nơi nhận" and the signature.
/// The shared HD 36 document model (`HdDocument`, with DOCX) is to replace this once it is in `document`.
final class DecisionPdf {

    /// A paragraph: its text, bold or not, centred or indented.
    record Paragraph(String text, boolean bold, boolean centred) {

        static Paragraph body(String text) {
            return new Paragraph(text, false, false);
        }
    }

    private static final float INDENT = 10 * PageSetup.MM;
    private static final float GAP = 4f;

    private DecisionPdf() {
    }

    static void write(Path out, DocumentHeader header, DocumentTitle title, List<Paragraph> body, Closing closing) throws AppException {
        PdfFiles.write(out, doc -> render(doc, header, title, body, closing));
    }

    private static void render(PDDocument doc, DocumentHeader header, DocumentTitle title, List<Paragraph> body, Closing closing)
            throws IOException {
        PageSetup page = PageSetup.A4_PORTRAIT;
        PdfFonts f = new PdfFonts(doc);
        PDPageContentStream cs = newPage(doc, page);
        float y = title.draw(cs, f, page, header.draw(cs, f, page)) - Hd36.LEADING;
        for (Paragraph p : body) {
            PDFont font = p.bold() ? f.bold : f.regular;
            List<String> lines = PdfText.wrap(p.text(), font, Hd36.BODY, page.width() - (p.centred() ? 0 : INDENT));
            for (int i = 0; i < lines.size(); i++) {
                if (y < page.bottom() + Hd36.LEADING) {
                    cs.close();
                    cs = newPage(doc, page);
                    y = page.top() - Hd36.BODY;
                }
                if (p.centred()) {
                    PdfText.centre(cs, font, Hd36.BODY, lines.get(i), (page.left() + page.right()) / 2, y);
                } else {
                    // the first line starts indented; the wrap kept room for the indent on every line
                    PdfText.text(cs, font, Hd36.BODY, lines.get(i), page.left() + (i == 0 ? INDENT : 0), y);
                }
                y -= Hd36.LEADING;
            }
            y -= GAP;
        }
        y -= Hd36.BLOCK_LEADING;
        if (y - closing.height(f, page) < page.bottom()) {
            cs.close();
            cs = newPage(doc, page);
            y = DocumentHeader.firstBaseline(page);
        }
        closing.draw(cs, f, page, y);
        cs.close();
        PageNumbers.stamp(doc, f);
    }

    private static PDPageContentStream newPage(PDDocument doc, PageSetup page) throws IOException {
        PDPage p = new PDPage(page.size());
        doc.addPage(p);
        return new PDPageContentStream(doc, p);
    }
}
