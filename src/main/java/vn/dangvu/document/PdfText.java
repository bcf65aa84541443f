package vn.dangvu.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/// Drawing text and lines on a PDF page: left-aligned, centred, wrapped to a width. Text is normalised to NFC
/// ([PdfFonts#nfc]) before it is measured or shown.
public final class PdfText {

    private static final Locale VI = Locale.of("vi");

    private PdfText() {
    }

    /// Shows `s` with its baseline at `y`, starting at `x`.
    public static void text(PDPageContentStream cs, PDFont font, float size, String s, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(PdfFonts.nfc(s));
        cs.endText();
    }

    /// Shows `s` centred on `cx`.
    public static void centre(PDPageContentStream cs, PDFont font, float size, String s, float cx, float y) throws IOException {
        text(cs, font, size, s, cx - PdfFonts.width(font, s, size) / 2, y);
    }

    /// A straight line of width 0.6 pt.
    public static void line(PDPageContentStream cs, float x1, float y1, float x2, float y2) throws IOException {
        cs.setLineWidth(0.6f);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    /// Vietnamese upper case ("Đảng ủy xã Phú Sơn" → "ĐẢNG ỦY XÃ PHÚ SƠN").
    public static String upper(String s) {
        return s == null ? "" : s.toUpperCase(VI);
    }

    /// Lines of at most `width` points: breaks at spaces and at "\n"; a word longer than the width is cut.
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

    /// Each line of `lines` centred on `cx`, the first baseline at `y`; returns the baseline after the last line.
    public static float centreLines(PDPageContentStream cs, PDFont font, float size, List<String> lines, float cx, float y,
                                    float leading) throws IOException {
        float at = y;
        for (String l : lines) {
            centre(cs, font, size, l, cx, at);
            at -= leading;
        }
        return at;
    }
}
