package vn.dangvu.document;

import java.io.IOException;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/// The signer of a document (HD 36-HD/VPTW; domain.md §10.4, §16 rule 16): the authority ("T/M BAN THƯỜNG VỤ",
/// "T/M CHI BỘ"), the title ("BÍ THƯ"), room to sign and seal, and the signer's name when known (else the room
/// stays blank and the name is written by hand). All 14 pt bold, centred in the right column.
public record SignatureBlock(String authority, String title, Optional<String> name) {

    /// Room for the signature and the seal between the title and the name.
    private static final float SIGNING_ROOM = 30 * PageSetup.MM;

    /// Height from the first baseline to under the name.
    public static float height() {
        return 2 * Hd36.BLOCK_LEADING + SIGNING_ROOM + Hd36.BLOCK_LEADING;
    }

    /// Draws the block centred on `cx` with its first baseline at `y`; returns the baseline of the next free line.
    public float draw(PDPageContentStream cs, PdfFonts f, float cx, float y) throws IOException {
        float at = y;
        if (!authority.isBlank()) {
            PdfText.centre(cs, f.bold, Hd36.SIGNATURE, PdfText.upper(authority), cx, at);
            at -= Hd36.BLOCK_LEADING;
        }
        PdfText.centre(cs, f.bold, Hd36.SIGNATURE, PdfText.upper(title), cx, at);
        at -= Hd36.BLOCK_LEADING + SIGNING_ROOM;
        if (name.isPresent() && !name.get().isBlank()) {
            PdfText.centre(cs, f.bold, Hd36.SIGNATURE, name.get().strip(), cx, at);
        }
        return at - Hd36.BLOCK_LEADING;
    }
}
