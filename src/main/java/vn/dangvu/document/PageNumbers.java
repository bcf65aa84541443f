package vn.dangvu.document;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/// Page numbers as HD 36-HD/VPTW places them (domain.md §10.1): from page 2 on, Arabic numerals, centred,
/// 10 mm from the top edge. The first page carries none.
public final class PageNumbers {

    private PageNumbers() {
    }

    /// Stamps the numbers on every page of `doc` but the first.
    public static void stamp(PDDocument doc, PdfFonts f) throws IOException {
        for (int i = 1; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            float cx = page.getMediaBox().getWidth() / 2;
            float baseline = page.getMediaBox().getHeight() - Hd36.PAGE_NUMBER_FROM_TOP_MM * PageSetup.MM
                    - Hd36.PAGE_NUMBER * 0.72f;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                PdfText.centre(cs, f.regular, Hd36.PAGE_NUMBER, String.valueOf(i + 1), cx, baseline);
            }
        }
    }
}
