package vn.dangvu.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import vn.dangvu.common.I18n;

/// "Nơi nhận" of a document (HD 36-HD/VPTW; domain.md §10.4): the words "Nơi nhận:" underlined (14 pt), then one
/// recipient a line (12 pt) starting "- ", each ending with a comma and the last with a full stop ("- Lưu Văn phòng
/// Đảng ủy."). A long recipient wraps under its own text.
public record Recipients(List<String> lines) {

    public Recipients {
        lines = lines.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    /// The lines as printed, with the dash and the closing punctuation.
    public List<String> printed() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).replaceAll("[,.;]+$", "");
            out.add("- " + l + (i == lines.size() - 1 ? "." : ","));
        }
        return out;
    }

    /// Height of the block laid out in `width`.
    public float height(PdfFonts f, float width) {
        if (lines.isEmpty()) {
            return 0;
        }
        return Hd36.BLOCK_LEADING + wrapped(f, width).size() * (Hd36.RECIPIENTS + 2);
    }

    /// Draws the block from `x` with its first baseline at `y`; returns the baseline of the next free line.
    public float draw(PDPageContentStream cs, PdfFonts f, float x, float width, float y) throws IOException {
        if (lines.isEmpty()) { // an attached list is signed without "Nơi nhận"
            return y;
        }
        String heading = I18n.t("document.recipients");
        String word = heading.replaceAll(":$", "");
        PdfText.text(cs, f.regular, Hd36.RECIPIENTS_HEADING, heading, x, y);
        PdfText.line(cs, x, y - 2, x + PdfFonts.width(f.regular, word, Hd36.RECIPIENTS_HEADING), y - 2);
        float at = y - Hd36.BLOCK_LEADING;
        for (Line l : wrapped(f, width)) {
            PdfText.text(cs, f.regular, Hd36.RECIPIENTS, l.text(), x + (l.continued() ? dash(f) : 0), at);
            at -= Hd36.RECIPIENTS + 2;
        }
        return at;
    }

    /// A printed line; a continued one is indented under the text after the dash.
    private record Line(boolean continued, String text) {
    }

    private List<Line> wrapped(PdfFonts f, float width) {
        List<Line> out = new ArrayList<>();
        for (String p : printed()) {
            List<String> parts = PdfText.wrap(p, f.regular, Hd36.RECIPIENTS, width - dash(f));
            out.add(new Line(false, parts.getFirst()));
            parts.subList(1, parts.size()).forEach(w -> out.add(new Line(true, w)));
        }
        return out;
    }

    private static float dash(PdfFonts f) {
        return PdfFonts.width(f.regular, "- ", Hd36.RECIPIENTS);
    }
}
