package vn.dangvu.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.document.DocumentHeader;
import vn.dangvu.document.PageSetup;
import vn.dangvu.document.PdfFiles;
import vn.dangvu.document.PdfFonts;
import vn.dangvu.document.PdfText;

/// Renders the Phiếu đảng viên (Mẫu 2-HSĐV) on A4 portrait in Liberation Serif: the header (party levels on
/// the left; ĐẢNG CỘNG SẢN VIỆT NAM and the boxed SỐ LÝ LỊCH / SỐ THẺ ĐẢNG VIÊN on the right), a 3x4 photo
/// box, the title, the numbered items (blank ones as dotted lines to fill by hand, item 29 as a ruled table) and
/// three signature blocks, over as many pages as needed, each numbered "Trang 2/3" at the bottom.
public final class MemberSheetPdf {

    private static final float MM = PageSetup.MM;
    private static final float SIZE = 11.5f;
    private static final float LEADING = 15.5f;
    /// A4 portrait with the HD 36 margins (25/25/35/15 mm): the sheet is filed in the member's dossier.
    private static final PageSetup PAGE = PageSetup.A4_PORTRAIT;
    private static final float LEFT = PAGE.left();
    private static final float RIGHT = PAGE.right();
    private static final float TOP = PAGE.top();
    private static final float BOTTOM = PAGE.bottom();
    /// An empty sub-field's dotted line is at least this long; the empty ones of a row share the rest of it.
    private static final float MIN_DOTS = 30 * MM;
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
                centre(f.italic, 10, I18n.t("report.sheet.page", i + 1, n), (LEFT + RIGHT) / 2, BOTTOM - 12 * MM);
            }
        }
        cs = null;
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PAGE.size());
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        cs.setLineWidth(0.6f);
        // the first baseline sits one cap height under the top margin, so no letter rises into it
        y = TOP - SIZE * 0.75f;
    }

    /// The left column is the HD 36 header's ([DocumentHeader]): the party levels down to the cell, the last in bold,
    /// and the star; the right one has "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule, then the number boxes.
    private void header(MemberSheet sheet) throws IOException {
        float first = DocumentHeader.firstBaseline(PAGE);
        float ly = new DocumentHeader(sheet.headerLeft(), Optional.empty(), "")
                .drawLeft(cs, f, DocumentHeader.leftCentre(PAGE), DocumentHeader.leftWidth(PAGE), first);
        float rightCentre = DocumentHeader.rightCentre(PAGE);
        float rule = DocumentHeader.drawPartyHeading(cs, f, rightCentre, first);
        float boxLeft = rightCentre - 30 * MM;
        text(f.bold, 10, I18n.t("report.sheet.dossierNo"), boxLeft, rule - 17);
        boxes(sheet.dossierNumber(), 10, 6, boxLeft, rule - 35);
        text(f.bold, 10, I18n.t("report.sheet.cardNo"), boxLeft, rule - 53);
        boxes(sheet.cardNumber(), 12, -1, boxLeft, rule - 71);

        float photoTop = Math.min(ly - 4, rule - 81);
        cs.addRect(LEFT, photoTop - 40 * MM, 30 * MM, 40 * MM);
        cs.stroke();
        centre(f.italic, 9, I18n.t("report.sheet.photo"), LEFT + 15 * MM, photoTop - 20 * MM);
        float titleCentre = (LEFT + 30 * MM + RIGHT) / 2;
        centre(f.bold, 16, I18n.t("report.sheet.title"), titleCentre, photoTop - 18 * MM);
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
            if (item.hasFields()) {
                fields(item);
                leftHalfFree = false;
                continue;
            }
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
            List<String> lines = PdfText.wrap(item.value(), f.bold, SIZE, RIGHT - LEFT - labelW);
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

    /// An item of sub-fields: with a label, the label as a heading and each row under it after a dash; without, the
    /// first row right after the number and the others aligned under it.
    private void fields(MemberSheet.Item item) throws IOException {
        String number = item.number() + ". ";
        float x0;
        if (item.label().isEmpty()) {
            room(Math.min(item.fields().size(), 2));
            text(f.regular, SIZE, number, LEFT, y);
            x0 = LEFT + PdfFonts.width(f.regular, number, SIZE);
            for (List<MemberSheet.Field> row : item.fields()) {
                room(1);
                fieldRow(row, x0);
            }
            return;
        }
        room(3);
        text(f.regular, SIZE, number + item.label() + ":", LEFT, y);
        y -= LEADING;
        float dash = PdfFonts.width(f.regular, "- ", SIZE);
        x0 = LEFT + 5 * MM;
        for (List<MemberSheet.Field> row : item.fields()) {
            room(1);
            text(f.regular, SIZE, "- ", x0, y);
            fieldRow(row, x0 + dash);
        }
    }

    /// One row of sub-fields from `x0`: "label: value, label: value", an empty value as dots; when the row does not
    /// fit on a line, each field gets its own line and a long value wraps.
    private void fieldRow(List<MemberSheet.Field> row, float x0) throws IOException {
        float sep = PdfFonts.width(f.regular, ", ", SIZE);
        float need = sep * (row.size() - 1);
        int empty = 0;
        for (MemberSheet.Field fd : row) {
            need += PdfFonts.width(f.regular, fd.label() + ": ", SIZE)
                    + (fd.value().isEmpty() ? MIN_DOTS : PdfFonts.width(f.bold, fd.value(), SIZE));
            empty += fd.value().isEmpty() ? 1 : 0;
        }
        if (need > RIGHT - x0) {
            for (MemberSheet.Field fd : row) {
                String label = fd.label() + ": ";
                float vx = x0 + PdfFonts.width(f.regular, label, SIZE);
                List<String> lines = PdfText.wrap(fd.value(), f.bold, SIZE, RIGHT - vx);
                room(lines.size());
                field(label, lines.getFirst(), x0, RIGHT);
                for (String more : lines.subList(1, lines.size())) {
                    text(f.bold, SIZE, more, vx, y);
                    y -= LEADING;
                }
            }
            return;
        }
        float extra = (RIGHT - x0 - need) / Math.max(empty, 1);
        float x = x0;
        for (int i = 0; i < row.size(); i++) {
            MemberSheet.Field fd = row.get(i);
            if (i > 0) {
                text(f.regular, SIZE, ",", x, y);
                x += sep;
            }
            String label = fd.label() + ": ";
            text(f.regular, SIZE, label, x, y);
            x += PdfFonts.width(f.regular, label, SIZE);
            if (fd.value().isEmpty()) {
                float end = Math.min(RIGHT, x + MIN_DOTS + extra);
                dots(x, end);
                x = end;
            } else {
                text(f.bold, SIZE, fd.value(), x, y);
                x += PdfFonts.width(f.bold, fd.value(), SIZE);
            }
        }
        y -= LEADING;
    }

    /// A new page unless `lines` more lines fit on this one.
    private void room(int lines) throws IOException {
        if (y - lines * LEADING < BOTTOM) {
            newPage();
        }
    }

    /// The label as a heading, then the value's lines ("- " each, in bold), or dotted lines when it is empty, or
    /// the ruled table; the heading moves to a new page with at least two of its lines.
    private void block(MemberSheet.Item item) throws IOException {
        List<String> head = PdfText.wrap(item.number() + ". " + item.label() + ":", f.regular, SIZE, RIGHT - LEFT);
        if (!item.columns().isEmpty()) {
            table(head, item.columns(), item.handLines());
            return;
        }
        List<String> lines = new ArrayList<>();
        float indent = PdfFonts.width(f.bold, "- ", SIZE);
        for (String v : item.value().isEmpty() ? List.<String>of() : item.value().lines().toList()) {
            List<String> wrapped = PdfText.wrap(v, f.bold, SIZE, RIGHT - LEFT - 5 * MM - indent);
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
            headings.add(PdfText.wrap(columns.get(c), f.bold, 10, FAMILY_COLUMNS[c] * width - 4));
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
        float dateWidth = PdfFonts.width(f.italic, placeAndDate, 11);
        centre(f.italic, 11, placeAndDate, Math.min(LEFT + col * 2.5f, RIGHT - dateWidth / 2), y);
        y -= 18;
        String[][] blocks = {
            {I18n.t("report.sheet.sign.member"), I18n.t("report.sheet.sign.name")},
            {I18n.t("report.sheet.sign.cell"), I18n.t("report.sheet.sign.name")},
            {I18n.t("report.sheet.sign.committee"), I18n.t("report.sheet.sign.seal")},
        };
        for (int i = 0; i < blocks.length; i++) {
            float cx = LEFT + col * (i + 0.5f);
            float by = y;
            for (String line : PdfText.wrap(blocks[i][0], f.bold, 11, col - 8)) {
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
