package vn.dangvu.document;

/// The heading block of a Party document (HD 36-HD/VPTW): left the superior line and the issuing body with a
/// star under it, right "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date; then the title and a subtitle.
public record DocumentHeader(String superiorLine, String issuer, String placeAndDate, String title, String subtitle) {
}
