package vn.dangvu.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.document.PdfFiles;
import vn.dangvu.document.PdfFonts;
import vn.dangvu.document.PdfTableDocument;

/// Renders the Phiếu đảng viên (Mẫu 2-HSĐV) on A4 portrait in Liberation Serif: the header (party levels on
/// the left; ĐẢNG CỘNG SẢN VIỆT NAM and the boxed SỐ LÝ LỊCH / SỐ THẺ ĐẢNG VIÊN on the right), a 3x4 photo
/// box, the title, the numbered items (blank ones as dotted lines to fill by hand, item 29 as a ruled table) and
/// three signature blocks, over as many pages as needed, each numbered "Trang 2/3" at the bottom.
public final class MemberSheetPdf {

    private static final float MM = 72f / 25.4f;
    private static final float SIZE = 11.5f;
    private static final float LEADING = 15.5f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 25 * MM;
    private static final float RIGHT = PAGE.getWidth() - 15 * MM;
    private static final float TOP = PAGE.getHeight() - 15 * MM;
    private static final float BOTTOM = 18 * MM;
    private static final float SIGNATURES = 36 * MM;
    /// The place and date line and the signature blocks start a new page when less than this is left, so they
    /// never sit squeezed at the foot of a page apart from the room to sign.
    private static final float SIGNATURE_ROOM = 60 * MM;
    private static final float ROW = 8 * MM;
    private static final float[] FAMILY_COLUMNS = {0.13f, 0.25f, 0.1f, 0.18f, 0.16f, 0.18f};

    private final PDDocument doc;
    private final PdfFonts f;
    private PDPageContentStream cs;
    private float y;

    private MemberSheetPdf(PDDocument doc) {
        this.doc = doc;
        this.f = new PdfFonts(doc);
    }

    /// Writes the sheet atomically (temp file, fsync, move).
    public static void write(MemberSheet sheet, Path out) throws AppException {
        PdfFiles.write(out, doc -> new MemberSheetPdf(doc).render(sheet));
    }

    private void render(MemberSheet sheet) throws IOException {
        newPage();
        header(sheet);
        items(sheet.items());
        if (y - SIGNATURE_ROOM < BOTTOM) {
            newPage();
        }
        signatures(sheet.placeAndDate());
        cs.close();
        pageNumbers();
    }

    private void pageNumbers() throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), AppendMode.APPEND, true, true)) {
                cs = s;
                centre(f.italic, 10, I18n.t("report.sheet.page", i + 1, n), (LEFT + RIGHT) / 2, BOTTOM - 9 * MM);
            }
        }
        cs = null;
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        cs.setLineWidth(0.6f);
        y = TOP;
    }

    private void header(MemberSheet sheet) throws IOException {
        float leftCentre = LEFT + 40 * MM;
        float ly = TOP;
        List<String> left = sheet.headerLeft();
        for (int i = 0; i < left.size(); i++) {
            PDFont font = i == left.size() - 1 ? f.bold : f.regular;
            for (String line : PdfTableDocument.wrap(left.get(i), font, 11, 80 * MM)) {
                centre(font, 11, line, leftCentre, ly);
                ly -= 14;
            }
        }
        centre(f.regular, 11, "*", leftCentre, ly + 2);
        float rightCentre = RIGHT - 37 * MM;
        String party = "ĐẢNG CỘNG SẢN VIỆT NAM";
        centre(f.bold, 12, party, rightCentre, TOP);
        float w = PdfFonts.width(f.bold, party, 12);
        line(rightCentre - w / 2, TOP - 3, rightCentre + w / 2, TOP - 3);
        float boxLeft = rightCentre - 30 * MM;
        text(f.bold, 10, "SỐ LÝ LỊCH:", boxLeft, TOP - 20);
        boxes(sheet.dossierNumber(), 10, 6, boxLeft, TOP - 38);
        text(f.bold, 10, "SỐ THẺ ĐẢNG VIÊN:", boxLeft, TOP - 56);
        boxes(sheet.cardNumber(), 12, -1, boxLeft, TOP - 74);

        float photoTop = Math.min(ly - 8, TOP - 84);
        cs.addRect(LEFT, photoTop - 40 * MM, 30 * MM, 40 * MM);
        cs.stroke();
        centre(f.italic, 9, "Ảnh 3x4", LEFT + 15 * MM, photoTop - 20 * MM);
        float titleCentre = (LEFT + 30 * MM + RIGHT) / 2;
        centre(f.bold, 16, "PHIẾU ĐẢNG VIÊN", titleCentre, photoTop - 18 * MM);
        y = photoTop - 40 * MM - 20;
    }

    /// Character boxes of 5 mm; a gap after `gapAfter` boxes; a number longer than the boxes is written plainly.
    private void boxes(String value, int count, int gapAfter, float x, float baseline) throws IOException {
        float size = 5 * MM;
        String v = value == null ? "" : value.strip();
        if (v.length() > count) {
            text(f.regular, 11, v, x, baseline + 3);
            return;
        }
        float bx = x;
        for (int i = 0; i < count; i++) {
            if (i == gapAfter) {
                bx += 3 * MM;
            }
            cs.addRect(bx, baseline - 2, size, size);
            if (i < v.length()) {
                centre(f.regular, 11, v.substring(i, i + 1), bx + size / 2, baseline + 2);
            }
            bx += size;
        }
        cs.stroke();
    }

    /// Items flow one per line; a short one-line item shares the line with the previous short one (second half).
    private void items(List<MemberSheet.Item> items) throws IOException {
        float half = (RIGHT - LEFT) / 2;
        boolean leftHalfFree = false;
        for (MemberSheet.Item item : items) {
            if (item.block()) {
                block(item);
                leftHalfFree = false;
                continue;
            }
            String label = item.number() + ". " + item.label() + ": ";
            float labelW = PdfFonts.width(f.regular, label, SIZE);
            boolean oneLine = !item.value().contains("\n");
            float valueW = item.value().isEmpty() ? 30 * MM : PdfFonts.width(f.bold, item.value(), SIZE);
            if (leftHalfFree && oneLine && labelW + valueW <= half - 4) {
                y += LEADING;
                field(label, item.value(), LEFT + half, RIGHT);
                leftHalfFree = false;
                continue;
            }
            float x = LEFT;
            List<String> lines = PdfTableDocument.wrap(item.value(), f.bold, SIZE, RIGHT - LEFT - labelW);
            if (y - lines.size() * LEADING < BOTTOM) {
                newPage();
            }
            boolean shortOne = oneLine && lines.size() == 1 && labelW + valueW <= half - 4;
            field(label, lines.getFirst(), x, shortOne ? LEFT + half - 6 : RIGHT);
            for (String more : lines.subList(1, lines.size())) {
                text(f.bold, SIZE, more, LEFT + labelW, y);
                y -= LEADING;
            }
            leftHalfFree = shortOne;
        }
    }

    /// The label as a heading, then the value's lines ("- " each, in bold), or dotted lines when it is empty, or
    /// the ruled table; the heading moves to a new page with at least two of its lines.
    private void block(MemberSheet.Item item) throws IOException {
        List<String> head = PdfTableDocument.wrap(item.number() + ". " + item.label() + ":", f.regular, SIZE, RIGHT - LEFT);
        if (!item.columns().isEmpty()) {
            table(head, item.columns(), item.handLines());
            return;
        }
        List<String> lines = new ArrayList<>();
        float indent = PdfFonts.width(f.bold, "- ", SIZE);
        for (String v : item.value().isEmpty() ? List.<String>of() : item.value().lines().toList()) {
            List<String> wrapped = PdfTableDocument.wrap(v, f.bold, SIZE, RIGHT - LEFT - 5 * MM - indent);
            lines.add("- " + wrapped.getFirst());
            wrapped.subList(1, wrapped.size()).forEach(w -> lines.add("  " + w));
        }
        int rows = lines.isEmpty() ? item.handLines() : lines.size();
        if (y - (head.size() + Math.min(rows, 2)) * LEADING < BOTTOM) {
            newPage();
        }
        for (String h : head) {
            text(f.regular, SIZE, h, LEFT, y);
            y -= LEADING;
        }
        for (int i = 0; i < rows; i++) {
            if (y - LEADING < BOTTOM) {
                newPage();
            }
            if (lines.isEmpty()) {
                dots(LEFT, RIGHT);
            } else {
                String l = lines.get(i);
                text(f.bold, SIZE, l.strip(), LEFT + 5 * MM + (l.startsWith("- ") ? 0 : indent), y);
            }
            y -= LEADING;
        }
    }

    /// A ruled table with the column headings and `rows` empty rows, kept on one page with its heading.
    private void table(List<String> head, List<String> columns, int rows) throws IOException {
        float width = RIGHT - LEFT;
        List<List<String>> headings = new ArrayList<>();
        int headingLines = 1;
        for (int c = 0; c < columns.size(); c++) {
            headings.add(PdfTableDocument.wrap(columns.get(c), f.bold, 10, FAMILY_COLUMNS[c] * width - 4));
            headingLines = Math.max(headingLines, headings.getLast().size());
        }
        float headingRow = headingLines * 12 + 6;
        if (y - head.size() * LEADING - headingRow - rows * ROW < BOTTOM) {
            newPage();
        }
        for (String h : head) {
            text(f.regular, SIZE, h, LEFT, y);
            y -= LEADING;
        }
        float top = y + LEADING - 6;
        float bottom = top - headingRow - rows * ROW;
        float x = LEFT;
        for (int c = 0; c < columns.size(); c++) {
            float cw = FAMILY_COLUMNS[c] * width;
            float ty = top - (headingRow - headings.get(c).size() * 12) / 2 - 9;
            for (String l : headings.get(c)) {
                centre(f.bold, 10, l, x + cw / 2, ty);
                ty -= 12;
            }
            line(x, top, x, bottom);
            x += cw;
        }
        line(RIGHT, top, RIGHT, bottom);
        line(LEFT, top, RIGHT, top);
        for (int r = 0; r <= rows; r++) {
            float ry = top - headingRow - r * ROW;
            line(LEFT, ry, RIGHT, ry);
        }
        y = bottom - LEADING;
    }

    private void dots(float x, float end) throws IOException {
        float dot = PdfFonts.width(f.regular, ".", SIZE);
        int n = Math.max(0, (int) ((end - x) / dot) - 1);
        text(f.regular, SIZE, ".".repeat(n), x, y);
    }

    /// Label in regular, value in bold; an empty value becomes a dotted line up to `end`.
    private void field(String label, String value, float x, float end) throws IOException {
        text(f.regular, SIZE, label, x, y);
        float vx = x + PdfFonts.width(f.regular, label, SIZE);
        if (value.isEmpty()) {
            dots(vx, end);
        } else {
            text(f.bold, SIZE, value, vx, y);
        }
        y -= LEADING;
    }

    private void signatures(String placeAndDate) throws IOException {
        float col = (RIGHT - LEFT) / 3;
        y -= 10;
        centre(f.italic, 11, placeAndDate, LEFT + col * 2.5f, y);
        y -= 18;
        String[][] blocks = {
            {"NGƯỜI KHAI", "(Ký, ghi rõ họ và tên)"},
            {"XÁC NHẬN CỦA CHI ỦY\n(CHI BỘ)", "(Ký, ghi rõ họ và tên)"},
            {"XÁC NHẬN CỦA\nCẤP ỦY CƠ SỞ", "(Ký tên, đóng dấu)"},
        };
        for (int i = 0; i < blocks.length; i++) {
            float cx = LEFT + col * (i + 0.5f);
            float by = y;
            for (String line : PdfTableDocument.wrap(blocks[i][0], f.bold, 11, col - 8)) {
                centre(f.bold, 11, line, cx, by);
                by -= 13;
            }
            centre(f.italic, 10, blocks[i][1], cx, by);
        }
        y -= SIGNATURES;
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    private void centre(PDFont font, float size, String s, float cx, float baseline) throws IOException {
        text(font, size, s, cx - PdfFonts.width(font, s, size) / 2, baseline);
    }

    private void text(PDFont font, float size, String s, float x, float baseline) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(PdfFonts.nfc(s));
        cs.endText();
    }
}
