package vn.dangvu.document;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.common.I18n;

/// Writes a [PartyDocument] as a Word document (.docx, POI XWPF) to edit before signing: the page and type sizes of
/// HD 36 (Times New Roman; the header block as a borderless two-column table, the rule under "ĐẢNG CỘNG SẢN VIỆT NAM"
/// as an underline), ruled tables with a repeating header row, signatures as a borderless two-column table.
public final class PartyDocumentDocx {

    private static final String FONT = "Times New Roman";
    /// Twentieths of a point per millimetre.
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private final XWPFDocument doc;
    private final PageSetup page;

    private PartyDocumentDocx(XWPFDocument doc, PageSetup page) {
        this.doc = doc;
        this.page = page;
    }

    /// Writes the document atomically (temp file, fsync, move).
    public static void write(PartyDocument d, PageSetup page, Path out) throws AppException {
        AtomicFile.write(out, tmp -> {
            try (XWPFDocument x = new XWPFDocument(); OutputStream os = Files.newOutputStream(tmp)) {
                new PartyDocumentDocx(x, page).render(d);
                x.write(os);
            }
        });
    }

    private void render(PartyDocument d) {
        pageSetup();
        header(d.header());
        title(d.title());
        for (PartyDocument.Block b : d.blocks()) {
            switch (b) {
                case PartyDocument.Paragraph p -> paragraph(p);
                case PartyDocument.Table t -> table(t);
                case PartyDocument.Signatures s -> signatures(s.left(), s.right(), Optional.empty());
            }
        }
        d.closing().ifPresent(c -> signatures(Optional.empty(), Optional.of(c.signature()), Optional.of(c.recipients())));
    }

    private void pageSetup() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(twips(page.size().getWidth() / PageSetup.MM));
        size.setH(twips(page.size().getHeight() / PageSetup.MM));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(twips(page.topMm()));
        m.setBottom(twips(page.bottomMm()));
        m.setLeft(twips(page.leftMm()));
        m.setRight(twips(page.rightMm()));
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }

    private void header(DocumentHeader h) {
        XWPFTable t = borderless(1, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        width(left, DocumentHeader.leftWidth(page));
        width(right, page.width() - DocumentHeader.leftWidth(page));
        XWPFParagraph p = left.getParagraphs().getFirst();
        for (int i = 0; i < h.bodies().size(); i++) {
            boolean issuer = i == h.bodies().size() - 1;
            run(i == 0 ? p : left.addParagraph(), PdfText.upper(h.bodies().get(i)), Hd36.BODY_NAME, issuer, false, false);
        }
        run(left.addParagraph(), "*", Hd36.BODY_NAME, false, false, false);
        h.number().ifPresent(n -> run(left.addParagraph(), n, Hd36.NUMBER, false, false, false));
        run(right.getParagraphs().getFirst(), I18n.t("document.partyHeading"), Hd36.PARTY_HEADING, true, false, true);
        run(right.addParagraph(), "", Hd36.PLACE_DATE, false, false, false);
        run(right.addParagraph(), h.placeAndDate(), Hd36.PLACE_DATE, false, true, false);
    }

    private void title(DocumentTitle t) {
        blank();
        run(centred(), PdfText.upper(t.title()), Hd36.TITLE, true, false, false);
        t.summary().forEach(s -> run(centred(), s, Hd36.SUMMARY, true, false, false));
        t.notes().forEach(s -> run(centred(), s, Hd36.SUMMARY, false, true, false));
    }

    private void paragraph(PartyDocument.Paragraph p) {
        for (String line : p.text().split("\n", -1)) {
            XWPFParagraph x = doc.createParagraph();
            x.setAlignment(ParagraphAlignment.BOTH);
            x.setSpacingAfter(0);
            if (p.indent()) {
                x.setIndentationFirstLine((int) Math.round(10 * TWIPS_PER_MM));
            }
            run(x, line, Hd36.BODY, p.style() == PartyDocument.Style.BOLD, p.style() == PartyDocument.Style.ITALIC, false);
        }
    }

    private void table(PartyDocument.Table t) {
        XWPFTable x = doc.createTable(t.rows().size() + 1, t.columns().size());
        x.setWidth("100%");
        float total = 0;
        for (PdfTableDocument.Column c : t.columns()) {
            total += c.widthMm();
        }
        XWPFTableRow head = x.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < t.columns().size(); c++) {
            PdfTableDocument.Column col = t.columns().get(c);
            width(head.getCell(c), col.widthMm() / total * page.width());
            XWPFParagraph p = head.getCell(c).getParagraphs().getFirst();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, col.header().replace('\n', ' '), t.size(), true, false, false);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < t.columns().size(); c++) {
                XWPFParagraph p = x.getRow(r + 1).getCell(c).getParagraphs().getFirst();
                if (t.columns().get(c).centred()) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                }
                String text = c < row.size() ? row.get(c) : "";
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    run(i == 0 ? p : x.getRow(r + 1).getCell(c).addParagraph(), lines[i], t.size(), false, false, false);
                }
            }
        }
        blank();
    }

    private void signatures(Optional<SignatureBlock> left, Optional<SignatureBlock> right, Optional<Recipients> recipients) {
        blank();
        XWPFTable t = borderless(1, 2);
        width(t.getRow(0).getCell(0), DocumentHeader.leftWidth(page));
        width(t.getRow(0).getCell(1), page.width() - DocumentHeader.leftWidth(page));
        left.ifPresent(s -> signature(t.getRow(0).getCell(0), s));
        right.ifPresent(s -> signature(t.getRow(0).getCell(1), s));
        recipients.ifPresent(r -> {
            XWPFTableCell cell = t.getRow(0).getCell(0);
            XWPFParagraph p = cell.getParagraphs().getFirst();
            p.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun heading = run(p, I18n.t("document.recipients"), Hd36.RECIPIENTS_HEADING, false, false, true);
            heading.setBold(true);
            r.printed().forEach(line -> {
                XWPFParagraph q = cell.addParagraph();
                q.setAlignment(ParagraphAlignment.LEFT);
                run(q, line, Hd36.RECIPIENTS, false, false, false);
            });
        });
    }

    private void signature(XWPFTableCell cell, SignatureBlock s) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(ParagraphAlignment.CENTER);
        if (!s.authority().isBlank()) {
            run(p, PdfText.upper(s.authority()), Hd36.SIGNATURE, true, false, false);
            p = cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        run(p, PdfText.upper(s.title()), Hd36.SIGNATURE, true, false, false);
        for (int i = 0; i < 4; i++) {
            cell.addParagraph();
        }
        XWPFParagraph name = cell.addParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        run(name, s.name().orElse(""), Hd36.SIGNATURE, true, false, false);
    }

    private XWPFTable borderless(int rows, int cols) {
        XWPFTable t = doc.createTable(rows, cols);
        t.removeBorders();
        t.setWidth("100%");
        for (XWPFTableRow r : t.getRows()) {
            for (XWPFTableCell c : r.getTableCells()) {
                c.getParagraphs().getFirst().setAlignment(ParagraphAlignment.CENTER);
            }
        }
        return t;
    }

    private static void width(XWPFTableCell cell, float points) {
        cell.setWidth(String.valueOf(Math.round(points * 20)));
    }

    private XWPFParagraph centred() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    private void blank() {
        doc.createParagraph().setSpacingAfter(0);
    }

    private static XWPFRun run(XWPFParagraph p, String text, float size, boolean bold, boolean italic, boolean underline) {
        p.setSpacingAfter(0);
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize((double) size);
        r.setBold(bold);
        r.setItalic(italic);
        if (underline) {
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
        r.setText(PdfFonts.nfc(text));
        return r;
    }
}
