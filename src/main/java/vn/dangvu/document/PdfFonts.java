package vn.dangvu.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/// The bundled Liberation Serif faces (metric-compatible with Times New Roman, which HD 36-HD/VPTW asks for),
/// loaded into one PDF document with subsetting and with GSUB off: Vietnamese in NFC needs no ligatures,
/// and GSUB makes PDFBox 13–19× slower (perf-baselines.md §6).
public final class PdfFonts {

    public final PDFont regular;
    public final PDFont bold;
    public final PDFont italic;
    public final PDFont boldItalic;

    public PdfFonts(PDDocument doc) {
        this.regular = load(doc, "LiberationSerif-Regular.ttf");
        this.bold = load(doc, "LiberationSerif-Bold.ttf");
        this.italic = load(doc, "LiberationSerif-Italic.ttf");
        this.boldItalic = load(doc, "LiberationSerif-BoldItalic.ttf");
    }

    private static PDFont load(PDDocument doc, String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the build: " + file);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Text as PDFBox must get it: NFC (PDFBox does not position combining marks) and no control characters.
    public static String nfc(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", " ");
    }

    /// Width in points of `s` at `size`.
    public static float width(PDFont font, String s, float size) {
        try {
            return font.getStringWidth(nfc(s)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
