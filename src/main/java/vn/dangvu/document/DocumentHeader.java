package vn.dangvu.document;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import vn.dangvu.common.I18n;

/// The heading block of a Party document (HD 36-HD/VPTW; domain.md §10.1, §10.2, §10.4), one piece for every
/// document the app prints (lists, plans, decisions, reports, certificates):
///
/// - left, centred in its column: the superior body ("ĐẢNG BỘ TỈNH KHÁNH HÒA", 14 pt upper case), the issuing
///   body ("ĐẢNG ỦY XÃ PHÚ SƠN", 14 pt upper case bold; a cell document has "ĐẢNG BỘ XÃ …" / "CHI BỘ …"), a star
///   under it, and the number ("Số 15-QĐ/ĐU", 14 pt) when the document has one;
/// - right: "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt bold) with a rule under it as long as the heading, then the place and
///   date in italics (14 pt).
///
/// `bodies` are the left lines from the top; the last one is the issuing body and is printed bold.
public record DocumentHeader(List<String> bodies, Optional<String> number, String placeAndDate) {

    /// The left column takes this share of the text width (the right one the rest), at most [#MAX_LEFT_MM].
    private static final float LEFT_SHARE = 0.45f;
    private static final float MAX_LEFT_MM = 100;
    private static final float MAX_RIGHT_MM = 110;
    /// The rule under the heading sits this far under its baseline, clear of the dot under "Ệ".
    private static final float RULE_DROP = 5f;

    public DocumentHeader {
        bodies = List.copyOf(bodies);
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("a document header names at least the issuing body");
        }
    }

    /// The usual commune document: superior body, issuing body, no number.
    public static DocumentHeader of(String superior, String issuer, String placeAndDate) {
        return new DocumentHeader(List.of(superior, issuer), Optional.empty(), placeAndDate);
    }

    /// The same header with a number line ("Số 15-QĐ/ĐU").
    public DocumentHeader withNumber(String numberLine) {
        return new DocumentHeader(bodies, Optional.of(numberLine), placeAndDate);
    }

    /// The baseline of the first header line: the capitals' tops touch the top margin.
    public static float firstBaseline(PageSetup page) {
        return page.top() - Hd36.PARTY_HEADING * 0.72f;
    }

    /// Centre of the left column.
    public static float leftCentre(PageSetup page) {
        return page.left() + leftWidth(page) / 2;
    }

    /// Width of the left column.
    public static float leftWidth(PageSetup page) {
        return Math.min(page.width() * LEFT_SHARE, MAX_LEFT_MM * PageSetup.MM);
    }

    /// Centre of the right column (anchored at the right margin).
    public static float rightCentre(PageSetup page) {
        return page.right() - rightWidth(page) / 2;
    }

    /// Width of the right column.
    public static float rightWidth(PageSetup page) {
        return Math.min(page.width() * (1 - LEFT_SHARE), MAX_RIGHT_MM * PageSetup.MM);
    }

    /// Draws both columns under the top margin; returns the baseline of the next free line under the block.
    public float draw(PDPageContentStream cs, PdfFonts f, PageSetup page) throws IOException {
        float top = firstBaseline(page);
        float left = drawLeft(cs, f, leftCentre(page), leftWidth(page), top);
        drawPartyHeading(cs, f, rightCentre(page), top);
        // the place and date on the third line, level with the star under a two-line left column
        float right = top - 2 * Hd36.BLOCK_LEADING;
        for (String l : PdfText.wrap(placeAndDate, f.italic, Hd36.PLACE_DATE, rightWidth(page))) {
            PdfText.centre(cs, f.italic, Hd36.PLACE_DATE, l, rightCentre(page), right);
            right -= Hd36.BLOCK_LEADING;
        }
        return Math.min(left, right);
    }

    /// The left column centred on `cx`: the bodies (wrapped to `width`), the star and the number; returns the
    /// baseline of the next free line.
    public float drawLeft(PDPageContentStream cs, PdfFonts f, float cx, float width, float firstBaseline) throws IOException {
        float y = firstBaseline;
        for (int i = 0; i < bodies.size(); i++) {
            boolean issuer = i == bodies.size() - 1;
            List<String> lines = PdfText.wrap(PdfText.upper(bodies.get(i)), issuer ? f.bold : f.regular, Hd36.BODY_NAME, width);
            y = PdfText.centreLines(cs, issuer ? f.bold : f.regular, Hd36.BODY_NAME, lines, cx, y, Hd36.BLOCK_LEADING);
        }
        PdfText.centre(cs, f.regular, Hd36.BODY_NAME, "*", cx, y + 3);
        y -= Hd36.BLOCK_LEADING - 3;
        if (number.isPresent()) {
            PdfText.centre(cs, f.regular, Hd36.NUMBER, number.get(), cx, y);
            y -= Hd36.BLOCK_LEADING;
        }
        return y;
    }

    /// "ĐẢNG CỘNG SẢN VIỆT NAM" centred on `cx` with the rule under it; returns the rule's height.
    public static float drawPartyHeading(PDPageContentStream cs, PdfFonts f, float cx, float baseline) throws IOException {
        String heading = I18n.t("document.partyHeading");
        PdfText.centre(cs, f.bold, Hd36.PARTY_HEADING, heading, cx, baseline);
        float w = PdfFonts.width(f.bold, heading, Hd36.PARTY_HEADING);
        PdfText.line(cs, cx - w / 2, baseline - RULE_DROP, cx + w / 2, baseline - RULE_DROP);
        return baseline - RULE_DROP;
    }
}
