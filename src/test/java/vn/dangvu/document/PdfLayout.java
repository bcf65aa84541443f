package vn.dangvu.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/// What a rendered PDF page shows, read back with PDFBox: each glyph with its page, position (millimetres from
/// the page's left and top edges), size and font; and whether every font is embedded.
public final class PdfLayout {

    /// One glyph: page (1-based), left and top edge and right edge in mm from the page's left/top, size in pt.
    public record Glyph(int page, String text, float leftMm, float topMm, float rightMm, float baselineMm, float sizePt,
                        String font) {
    }

    private PdfLayout() {
    }

    public static List<Glyph> glyphs(PDDocument doc) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (p.getUnicode().isBlank()) {
                        continue;
                    }
                    float mm = 25.4f / 72f;
                    out.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj() * mm,
                            (p.getYDirAdj() - p.getHeightDir()) * mm, (p.getXDirAdj() + p.getWidthDirAdj()) * mm,
                            p.getYDirAdj() * mm, p.getFontSizeInPt(), p.getFont().getName()));
                }
            }
        };
        s.getText(doc);
        return out;
    }

    /// The fonts of every page that are not embedded in the file (empty when all are).
    public static List<String> notEmbedded(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources r = page.getResources();
            for (COSName name : r.getFontNames()) {
                PDFont font = r.getFont(name);
                if (!font.isEmbedded()) {
                    out.add(font.getName());
                }
            }
        }
        return out;
    }

    /// The glyphs of `page` whose run of text starts with `text` on one line (by baseline), as the line's glyphs.
    public static List<Glyph> line(List<Glyph> glyphs, int page, String text) {
        List<Glyph> onPage = glyphs.stream().filter(g -> g.page() == page).toList();
        for (int i = 0; i < onPage.size(); i++) {
            StringBuilder sb = new StringBuilder();
            List<Glyph> run = new ArrayList<>();
            for (int j = i; j < onPage.size() && sb.length() < text.replace(" ", "").length(); j++) {
                Glyph g = onPage.get(j);
                if (Math.abs(g.baselineMm() - onPage.get(i).baselineMm()) > 0.5f) {
                    break;
                }
                sb.append(g.text());
                run.add(g);
            }
            if (sb.toString().equals(text.replace(" ", ""))) {
                return run;
            }
        }
        return List.of();
    }
}
