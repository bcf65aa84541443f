package vn.dangvu.reports;

import java.util.List;

/// What the Phiếu đảng viên (Mẫu 2-HSĐV) prints for one member: the left header lines (ĐẢNG BỘ TỈNH… /
/// ĐẢNG BỘ XÃ… / CHI BỘ…), the dossier and card numbers, the numbered items, and the place and date line.
/// An item whose value is empty is printed as a labelled blank line to be filled in by hand.
public record MemberSheet(List<String> headerLeft, String dossierNumber, String cardNumber, List<Item> items,
                          String placeAndDate) {

    /// One numbered item ("01", "Họ và tên khai sinh", value); a value may hold several lines.
    public record Item(String number, String label, String value) {
    }
}
