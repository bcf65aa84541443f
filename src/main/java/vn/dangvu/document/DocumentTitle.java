package vn.dangvu.document;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/// The document type name and what it is about, centred under the header (HD 36-HD/VPTW; domain.md §10.2):
/// the title upper case bold 15 pt ("DANH SÁCH …", "QUYẾT ĐỊNH"), the summary lines bold 14 pt (trích yếu), and
/// notes in italics (e.g. "Tổng số: 12 đảng viên"). Empty summary or note lines are left out.
public record DocumentTitle(String title, List<String> summary, List<String> notes) {

    public DocumentTitle {
        summary = summary.stream().filter(s -> s != null && !s.isBlank()).toList();
        notes = notes.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    public static DocumentTitle of(String title, String summary) {
        return new DocumentTitle(title, List.of(summary), List.of());
    }

    /// Draws the title with its first baseline one blank line under `y` (the header's next free line); returns
    /// the baseline of the next free line.
    public float draw(PDPageContentStream cs, PdfFonts f, PageSetup page, float y) throws IOException {
        float cx = (page.left() + page.right()) / 2;
        float width = page.width() * 0.9f;
        float at = y - Hd36.BLOCK_LEADING;
        at = PdfText.centreLines(cs, f.bold, Hd36.TITLE, PdfText.wrap(PdfText.upper(title), f.bold, Hd36.TITLE, width),
                cx, at, Hd36.BLOCK_LEADING + 1);
        for (String s : summary) {
            at = PdfText.centreLines(cs, f.bold, Hd36.SUMMARY, PdfText.wrap(s, f.bold, Hd36.SUMMARY, width), cx, at,
                    Hd36.BLOCK_LEADING);
        }
        for (String n : notes) {
            at = PdfText.centreLines(cs, f.italic, Hd36.SUMMARY, PdfText.wrap(n, f.italic, Hd36.SUMMARY, width), cx, at,
                    Hd36.BLOCK_LEADING);
        }
        return at;
    }
}
