package vn.dangvu.document;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/// The foot of a document (HD 36-HD/VPTW; domain.md §10.4): "Nơi nhận" in the left column and the signature block
/// in the right one, starting on the same line.
public record Closing(Recipients recipients, SignatureBlock signature) {

    /// Height of the closing on `page`.
    public float height(PdfFonts f, PageSetup page) {
        return Math.max(recipients.height(f, DocumentHeader.leftWidth(page)), SignatureBlock.height());
    }

    /// Draws the closing with its first baseline at `y`; returns the baseline of the next free line.
    public float draw(PDPageContentStream cs, PdfFonts f, PageSetup page, float y) throws IOException {
        float left = recipients.draw(cs, f, page.left(), DocumentHeader.leftWidth(page) - 6, y);
        float right = signature.draw(cs, f, DocumentHeader.rightCentre(page), y);
        return Math.min(left, right);
    }
}
