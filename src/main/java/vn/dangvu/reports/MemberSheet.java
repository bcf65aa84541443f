package vn.dangvu.reports;

import java.util.List;

/// What the Phiếu đảng viên (Mẫu 2-HSĐV) prints for one member: the left header lines (ĐẢNG BỘ TỈNH… /
/// ĐẢNG BỘ XÃ… / CHI BỘ…), the dossier and card numbers, the numbered items, and the place and date line.
/// An item whose value is empty is printed as a labelled blank line to be filled in by hand.
public record MemberSheet(List<String> headerLeft, String dossierNumber, String cardNumber, List<Item> items,
                          String placeAndDate) {

    /// One numbered item ("01", "Họ và tên khai sinh", value); a value may hold several lines.
    /// `handLines` = 0: the value follows the label on the same line (items 01–20). `handLines` > 0: the label is
    /// a heading and the value's lines follow below it, or, when the value is empty, that many dotted lines to
    /// fill by hand; with `columns` those lines are the rows of a ruled table under the column headings.
    public record Item(String number, String label, String value, int handLines, List<String> columns) {

        public Item(String number, String label, String value) {
            this(number, label, value, 0, List.of());
        }

        boolean block() {
            return handLines > 0;
        }
    }
}
