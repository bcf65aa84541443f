package vn.dangvu.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.common.I18n;

/// Renders an [HdDocument] as DOCX (POI XWPF) for the user to edit in Word: A4 with the document's margins
/// (25/25/35/15 mm), Times New Roman in the sizes of [Hd36]; the heading block and the closing as borderless
/// two-column tables (the usual way Party document templates are built in Word), "ĐẢNG CỘNG SẢN VIỆT NAM" with a
/// rule as long as the heading (a bottom border on its paragraph, indented to the heading's width), justified body
/// paragraphs at exactly 18 pt, ruled tables whose header row repeats on each page, and page numbers from page 2
/// (a PAGE field in the header, none on the first page).
public final class HdDocx {

    /// The font Word will show; on Linux, LibreOffice shows the metric-compatible Liberation Serif.
    public static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_POINT = 20;

    private final HdDocument doc;
    private final XWPFDocument word = new XWPFDocument();
    private final PageSetup page;

    private HdDocx(HdDocument doc) {
        this.doc = doc;
        this.page = doc.page();
    }

    public static void write(HdDocument doc, Path out) throws AppException {
        AtomicFile.write(out, tmp -> {
            HdDocx d = new HdDocx(doc);
            try (XWPFDocument w = d.word; OutputStream os = Files.newOutputStream(tmp)) {
                d.render();
                w.write(os);
            }
        });
    }

    private void render() throws IOException {
        pageSetup();
        header();
        title();
        List<String> labels = doc.labels();
        for (int i = 0; i < doc.body().size(); i++) {
            switch (doc.body().get(i)) {
                case HdDocument.Heading h -> body(new HdDocument.Paragraph(List.of(HdDocument.Run.bold(
                        HdDocument.headingText(labels.get(i), h))), true), true);
                case HdDocument.Paragraph p -> body(p, false);
                case HdDocument.Table t -> table(t);
            }
        }
        doc.closing().ifPresent(this::closing);
        pageNumbers();
    }

    private void pageSetup() {
        CTSectPr sect = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
                : word.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(twips(page.size().getWidth()));
        size.setH(twips(page.size().getHeight()));
        if (page.landscape()) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(mm(page.topMm()));
        mar.setBottom(mm(page.bottomMm()));
        mar.setLeft(mm(page.leftMm()));
        mar.setRight(mm(page.rightMm()));
        mar.setHeader(mm(Hd36.PAGE_NUMBER_FROM_TOP_MM));
        mar.setFooter(mm(Hd36.PAGE_NUMBER_FROM_TOP_MM));
    }

    /// The heading block: the bodies, "*" and the number on the left; the party heading with its rule and the place
    /// and date on the right.
    private void header() throws IOException {
        DocumentHeader h = doc.header();
        XWPFTable t = layoutTable(DocumentHeader.leftWidth(page), page.width());
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        XWPFParagraph first = left.getParagraphs().getFirst();
        for (int i = 0; i < h.bodies().size(); i++) {
            boolean issuer = i == h.bodies().size() - 1;
            XWPFParagraph p = i == 0 ? first : left.addParagraph();
            block(p, ParagraphAlignment.CENTER);
            run(p, PdfText.upper(h.bodies().get(i)), Hd36.BODY_NAME, issuer, false);
        }
        run(blockIn(left, ParagraphAlignment.CENTER), "*", Hd36.BODY_NAME, false, false);
        h.number().ifPresent(n -> run(blockIn(left, ParagraphAlignment.CENTER), n, Hd36.NUMBER, false, false));
        String heading = I18n.t("document.partyHeading");
        XWPFParagraph party = right.getParagraphs().getFirst();
        block(party, ParagraphAlignment.CENTER);
        run(party, heading, Hd36.PARTY_HEADING, true, false);
        party.setBorderBottom(Borders.SINGLE);
        // the rule sits clear of the dot under "Ệ" (HD 36 draws it under the heading, not through its accents)
        party.getCTP().getPPr().getPBdr().getBottom().setSpace(BigInteger.valueOf(2));
        int side = Math.max(0, twips((DocumentHeader.rightWidth(page) - headingWidth(heading)) / 2 - 3).intValue());
        party.setIndentationLeft(side);
        party.setIndentationRight(side);
        XWPFParagraph place = blockIn(right, ParagraphAlignment.CENTER);
        place.setSpacingBefore(8 * TWIPS_PER_POINT);
        run(place, h.placeAndDate(), Hd36.PLACE_DATE, false, true);
    }

    private void title() {
        DocumentTitle t = doc.title();
        XWPFParagraph title = word.createParagraph();
        block(title, ParagraphAlignment.CENTER);
        title.setSpacingBefore((int) (Hd36.BLOCK_LEADING * 1.5f * TWIPS_PER_POINT));
        title.setKeepNext(true);
        run(title, PdfText.upper(t.title()), Hd36.TITLE, true, false);
        for (String s : t.summary()) {
            XWPFParagraph p = word.createParagraph();
            block(p, ParagraphAlignment.CENTER);
            run(p, s, Hd36.SUMMARY, true, false);
        }
        for (String s : t.notes()) {
            XWPFParagraph p = word.createParagraph();
            block(p, ParagraphAlignment.CENTER);
            run(p, s, Hd36.SUMMARY, false, true);
        }
    }

    private void body(HdDocument.Paragraph para, boolean heading) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(heading ? ParagraphAlignment.LEFT : ParagraphAlignment.BOTH);
        p.setSpacingBefore((int) (HdDocument.SPACE_BEFORE * TWIPS_PER_POINT));
        p.setSpacingAfter(0);
        p.setSpacingBetween(Hd36.LEADING, LineSpacingRule.EXACT);
        if (para.indent()) {
            p.setIndentationFirstLine(mm(HdDocument.INDENT_MM).intValue());
        }
        if (heading) {
            p.setKeepNext(true);
        }
        for (HdDocument.Run r : para.runs()) {
            run(p, r.text(), Hd36.BODY, r.bold(), r.italic());
        }
    }

    private void table(HdDocument.Table t) {
        float[] widths = t.widths(page.width());
        word.createParagraph().setSpacingAfter(0);
        XWPFTable table = word.createTable(1 + t.rows().size(), widths.length);
        fixed(table, page.width(), widths);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            XWPFParagraph p = head.getCell(c).getParagraphs().getFirst();
            block(p, ParagraphAlignment.CENTER);
            String[] parts = t.columns().get(c).header().split("\n");
            for (int i = 0; i < parts.length; i++) {
                XWPFRun r = run(p, parts[i], t.fontSize(), true, false);
                if (i < parts.length - 1) {
                    r.addBreak();
                }
            }
        }
        for (int i = 0; i < t.rows().size(); i++) {
            HdDocument.Row r = t.rows().get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            if (r.group()) {
                XWPFTableCell cell = row.getCell(0);
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                pr.addNewGridSpan().setVal(BigInteger.valueOf(widths.length));
                while (row.getTableCells().size() > 1) {
                    row.removeCell(1);
                }
                cell.setWidth(String.valueOf(twips(page.width())));
                XWPFParagraph p = cell.getParagraphs().getFirst();
                block(p, ParagraphAlignment.LEFT);
                run(p, r.cells().isEmpty() ? "" : r.cells().getFirst(), t.fontSize(), true, false);
                continue;
            }
            for (int c = 0; c < widths.length; c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().getFirst();
                block(p, t.columns().get(c).centred() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                run(p, c < r.cells().size() ? r.cells().get(c) : "", t.fontSize(), false, false);
            }
        }
    }

    /// "Nơi nhận" (left) and the signature (right) side by side.
    private void closing(Closing c) {
        word.createParagraph().setSpacingAfter(0);
        XWPFTable t = layoutTable(DocumentHeader.leftWidth(page), page.width());
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        XWPFParagraph heading = left.getParagraphs().getFirst();
        block(heading, ParagraphAlignment.LEFT);
        String words = I18n.t("document.recipients");
        String word = words.replaceAll(":$", "");
        if (!c.recipients().lines().isEmpty()) { // an attached list is signed without "Nơi nhận"
            run(heading, word, Hd36.RECIPIENTS_HEADING, false, false).setUnderline(UnderlinePatterns.SINGLE);
            run(heading, words.substring(word.length()), Hd36.RECIPIENTS_HEADING, false, false);
        }
        for (String r : c.recipients().printed()) {
            run(blockIn(left, ParagraphAlignment.LEFT), r, Hd36.RECIPIENTS, false, false);
        }
        SignatureBlock s = c.signature();
        XWPFParagraph first = right.getParagraphs().getFirst();
        block(first, ParagraphAlignment.CENTER);
        if (!s.authority().isBlank()) {
            run(first, PdfText.upper(s.authority()), Hd36.SIGNATURE, true, false);
            first = blockIn(right, ParagraphAlignment.CENTER);
        }
        run(first, PdfText.upper(s.title()), Hd36.SIGNATURE, true, false);
        for (int i = 0; i < 5; i++) {
            run(blockIn(right, ParagraphAlignment.CENTER), "", Hd36.SIGNATURE, false, false);
        }
        run(blockIn(right, ParagraphAlignment.CENTER), s.name().map(String::strip).orElse(""), Hd36.SIGNATURE, true, false);
    }

    /// The page number centred in the header from page 2 on; the first page's header stays empty.
    private void pageNumbers() {
        XWPFHeader first = word.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFHeader other = word.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = other.createParagraph();
        block(p, ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTR r = field.addNewR();
        XWPFRun shown = new XWPFRun(r, p);
        style(shown, Hd36.PAGE_NUMBER, false, false);
        shown.setText("2");
        CTSectPr sect = word.getDocument().getBody().getSectPr();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    /// A borderless two-column table of the text width used to place blocks side by side.
    private XWPFTable layoutTable(float leftWidth, float total) {
        XWPFTable t = word.createTable(1, 2);
        fixed(t, total, new float[] {leftWidth, total - leftWidth});
        CTTblPr pr = t.getCTTbl().getTblPr();
        CTTblBorders b = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        b.addNewTop().setVal(STBorder.NONE);
        b.addNewBottom().setVal(STBorder.NONE);
        b.addNewLeft().setVal(STBorder.NONE);
        b.addNewRight().setVal(STBorder.NONE);
        b.addNewInsideH().setVal(STBorder.NONE);
        b.addNewInsideV().setVal(STBorder.NONE);
        CTTblCellMar mar = pr.addNewTblCellMar();
        for (CTTblWidth side : List.of(mar.addNewLeft(), mar.addNewRight())) {
            side.setW(BigInteger.ZERO);
            side.setType(STTblWidth.DXA);
        }
        return t;
    }

    /// A table of fixed layout, `total` points wide, with the given column widths in points.
    private static void fixed(XWPFTable t, float total, float[] widths) {
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        var w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(twips(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (float width : widths) {
            grid.addNewGridCol().setW(twips(width));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(String.valueOf(twips(widths[c])));
            }
        }
    }

    private XWPFParagraph blockIn(XWPFTableCell cell, ParagraphAlignment align) {
        XWPFParagraph p = cell.addParagraph();
        block(p, align);
        return p;
    }

    /// A paragraph of the heading, title and closing blocks: single spacing, nothing before or after.
    private static void block(XWPFParagraph p, ParagraphAlignment align) {
        p.setAlignment(align);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    }

    private static XWPFRun run(XWPFParagraph p, String text, float size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        style(r, size, bold, italic);
        r.setText(PdfFonts.nfc(text));
        return r;
    }

    private static void style(XWPFRun r, float size, boolean bold, boolean italic) {
        r.setFontFamily(FONT);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.cs);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
    }

    /// The heading's width in points, measured with the bundled Liberation Serif (Times New Roman's metrics).
    private static float headingWidth(String heading) throws IOException {
        try (PDDocument tmp = new PDDocument()) {
            return PdfFonts.width(new PdfFonts(tmp).bold, heading, Hd36.PARTY_HEADING);
        }
    }

    private static BigInteger twips(float points) {
        return BigInteger.valueOf(Math.round(points * TWIPS_PER_POINT));
    }

    private static BigInteger mm(float millimetres) {
        return twips(millimetres * PageSetup.MM);
    }
}
