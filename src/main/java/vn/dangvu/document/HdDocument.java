package vn.dangvu.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.dangvu.common.AppException;

/// A Party document laid out as HD 36-HD/VPTW asks (domain.md §10), independent of the file it is written to:
/// the heading block ([DocumentHeader]: superior body, issuing body, "*", number; "ĐẢNG CỘNG SẢN VIỆT NAM" with its
/// rule, place and date), the type name and summary ([DocumentTitle]), the body (numbered headings, paragraphs,
/// tables) and the closing ([Closing]: "Nơi nhận" and the signature block "T/M …" / title / name), on a page
/// ([PageSetup], A4 with the margins 25/25/35/15 mm by default).
///
/// [#write] renders it as DOCX (to edit in Word: [HdDocx]) or PDF (to print or send: [HdPdf]) by the file's
/// extension; both renderers follow the same sizes ([Hd36]) so the two files read alike. Plans (KH), decisions (QĐ),
/// lists and reports are built as an `HdDocument`:
///
/// ```java
/// HdDocument doc = HdDocument.builder(header, DocumentTitle.of("KẾ HOẠCH", "công tác xây dựng Đảng năm 2026"))
///         .heading(1, "Mục đích, yêu cầu")          // "I. MỤC ĐÍCH, YÊU CẦU"
///         .paragraph("Cụ thể hóa …")
///         .table(columns, rows)
///         .closing(closing)
///         .build();
/// doc.write(Path.of("ke-hoach.docx"));
/// ```
public record HdDocument(DocumentHeader header, DocumentTitle title, List<Block> body, Optional<Closing> closing,
                         PageSetup page) {

    public HdDocument {
        body = List.copyOf(body);
    }

    /// A part of the body.
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /// A numbered heading: level 1 "I. …" (upper case), level 2 "1. …", level 3 "a) …" ([#labels]). Bold, 14 pt,
    /// indented like a paragraph.
    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level 1..3: " + level);
            }
        }
    }

    /// A body paragraph: justified, first line indented (unless `indent` is false), 14 pt, made of runs.
    public record Paragraph(List<Run> runs, boolean indent) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Run.plain(text)), true);
        }

        /// All the text of the paragraph.
        public String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    /// Text with one style.
    public record Run(String text, boolean bold, boolean italic) {
        public static Run plain(String text) {
            return new Run(text, false, false);
        }

        public static Run bold(String text) {
            return new Run(text, true, false);
        }

        public static Run italic(String text) {
            return new Run(text, false, true);
        }
    }

    /// A column of a table: its header (may contain \n), width in millimetres (scaled together to the text width),
    /// and whether its cells are centred.
    public record Column(String header, float widthMm, boolean centred) {
    }

    /// A table row: its cells, or with `group` one bold line across the whole table (a section of the table:
    /// "Tháng 1", "Quý II").
    public record Row(List<String> cells, boolean group) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }

        public static Row group(String text) {
            return new Row(List.of(text), true);
        }
    }

    /// A ruled table across the text width; the header row repeats on every page. `fontSize` in pt (tables are
    /// usually set a size smaller than the body: 13 pt).
    public record Table(List<Column> columns, List<Row> rows, float fontSize) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        /// The column widths in points for a text width of `width` points.
        public float[] widths(float width) {
            float total = 0;
            for (Column c : columns) {
                total += c.widthMm();
            }
            float[] out = new float[columns.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = columns.get(i).widthMm() / total * width;
            }
            return out;
        }
    }

    /// Table cells' size: one step under the body.
    public static final float TABLE_SIZE = 13f;
    /// First-line indent of paragraphs and headings (1 cm, HD 36 practice 1–1.27 cm).
    public static final float INDENT_MM = 10f;
    /// Space before a paragraph or heading, in pt.
    public static final float SPACE_BEFORE = 6f;

    public static Builder builder(DocumentHeader header, DocumentTitle title) {
        return new Builder(header, title);
    }

    /// The label printed before each block: "I." / "1." / "a)" for headings (numbers restart under a higher
    /// level), empty for other blocks. One entry per block of [#body].
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        int[] n = new int[4];
        for (Block b : body) {
            if (b instanceof Heading h) {
                n[h.level()]++;
                for (int l = h.level() + 1; l <= 3; l++) {
                    n[l] = 0;
                }
                out.add(switch (h.level()) {
                    case 1 -> roman(n[1]) + ".";
                    case 2 -> n[2] + ".";
                    default -> (char) ('a' + n[3] - 1) + ")";
                });
            } else {
                out.add("");
            }
        }
        return out;
    }

    /// A heading as printed: its label and text, level 1 in upper case ("I. MỤC ĐÍCH, YÊU CẦU").
    public static String headingText(String label, Heading h) {
        String text = h.level() == 1 ? PdfText.upper(h.text()) : h.text();
        return label.isEmpty() ? text : label + " " + text;
    }

    /// Writes the document as DOCX or PDF by the file's extension, atomically (temp file, fsync, move).
    public void write(Path out) throws AppException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            HdDocx.write(this, out);
        } else if (name.endsWith(".pdf")) {
            HdPdf.write(this, out);
        } else {
            throw new AppException("document.error.format", out.getFileName());
        }
    }

    /// I, II, III, … (up to 39).
    static String roman(int n) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[Math.min(3, n / 10)] + ones[n % 10];
    }

    /// Builds a document block by block.
    public static final class Builder {
        private final DocumentHeader header;
        private final DocumentTitle title;
        private final List<Block> body = new ArrayList<>();
        private Optional<Closing> closing = Optional.empty();
        private PageSetup page = PageSetup.A4_PORTRAIT;

        private Builder(DocumentHeader header, DocumentTitle title) {
            this.header = header;
            this.title = title;
        }

        public Builder heading(int level, String text) {
            body.add(new Heading(level, text));
            return this;
        }

        public Builder paragraph(String text) {
            body.add(Paragraph.of(text));
            return this;
        }

        public Builder paragraph(Run... runs) {
            body.add(new Paragraph(List.of(runs), true));
            return this;
        }

        public Builder table(List<Column> columns, List<Row> rows) {
            body.add(new Table(columns, rows, TABLE_SIZE));
            return this;
        }

        public Builder block(Block b) {
            body.add(b);
            return this;
        }

        public Builder closing(Closing c) {
            closing = Optional.of(c);
            return this;
        }

        public Builder page(PageSetup p) {
            page = p;
            return this;
        }

        public HdDocument build() {
            return new HdDocument(header, title, body, closing, page);
        }
    }
}
