package vn.dangvu.document;

import java.util.List;
import java.util.Optional;

/// A Party document (HD 36-HD/VPTW; domain.md §10) as content, for writers that lay it out: [PartyDocumentPdf] (to
/// print) and [PartyDocumentDocx] (to edit in Word). The header and title, then blocks in order: paragraphs, ruled
/// tables, signatures side by side, and an optional closing ("Nơi nhận" and the signer).
public record PartyDocument(DocumentHeader header, DocumentTitle title, List<Block> blocks, Optional<Closing> closing) {

    public PartyDocument {
        blocks = List.copyOf(blocks);
    }

    /// One part of the body.
    public sealed interface Block permits Paragraph, Table, Signatures {
    }

    /// How a paragraph's text is set.
    public enum Style { NORMAL, BOLD, ITALIC }

    /// A paragraph of body text (wrapped; "\n" breaks lines); `indent` starts its first line further in.
    public record Paragraph(String text, Style style, boolean indent) implements Block {

        public static Paragraph of(String text) {
            return new Paragraph(text, Style.NORMAL, false);
        }

        public static Paragraph heading(String text) {
            return new Paragraph(text, Style.BOLD, false);
        }
    }

    /// A ruled table whose header row repeats on every page; `size` is its type size in points.
    public record Table(List<PdfTableDocument.Column> columns, List<List<String>> rows, float size) implements Block {

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /// Up to two signature blocks on one line: the left one centred in the left column, the right one in the right.
    public record Signatures(Optional<SignatureBlock> left, Optional<SignatureBlock> right) implements Block {
    }
}
