package vn.dangvu.reports;

import java.util.List;

/// What the Phiếu đảng viên (Mẫu 2-HSĐV) prints for one member: the left header lines (ĐẢNG BỘ TỈNH… /
/// ĐẢNG BỘ XÃ… / CHI BỘ…), the dossier and card numbers, the numbered items, and the place and date line.
/// An item or a sub-field whose value is empty is printed as a labelled dotted line to be filled in by hand.
public record MemberSheet(List<String> headerLeft, String dossierNumber, String cardNumber, List<Item> items,
                          String placeAndDate) {

    /// A labelled part of an item ("Học vị: Thạc sĩ", "tại chi bộ: Chi bộ thôn Đông"); printed with its label
    /// even when the value is empty, then as a dotted line to fill in.
    public record Field(String label, String value) {
    }

    /// One numbered item ("01", "Họ và tên khai sinh", value); a value may hold several lines.
    /// `handLines` = 0: the value follows the label on the same line (items 01–20). `handLines` > 0: the label is
    /// a heading and the value's lines follow below it, or, when the value is empty, that many dotted lines to
    /// fill by hand; with `columns` those lines are the rows of a ruled table under the column headings.
    /// `fields`: rows of sub-fields (item 12: "Ngày vào Đảng: …, tại chi bộ: …"; item 17: "Học vị: …, học hàm: …");
    /// with a label they are listed under it with a dash, without one the first row follows the item number.
    public record Item(String number, String label, String value, int handLines, List<String> columns,
                       List<List<Field>> fields) {

        public Item(String number, String label, String value) {
            this(number, label, value, 0, List.of(), List.of());
        }

        public Item(String number, String label, String value, int handLines, List<String> columns) {
            this(number, label, value, handLines, columns, List.of());
        }

        /// An item made of sub-fields.
        public static Item fields(String number, String label, List<List<Field>> rows) {
            return new Item(number, label, "", 0, List.of(), rows);
        }

        boolean block() {
            return handLines > 0;
        }

        boolean hasFields() {
            return !fields.isEmpty();
        }
    }
}
