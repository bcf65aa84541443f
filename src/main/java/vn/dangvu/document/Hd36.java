package vn.dangvu.document;

/// Type sizes of a Party document (HD 36-HD/VPTW 03/4/2018, Phụ lục 3; domain.md §10.2): the defaults every
/// document in `document` uses. Times New Roman is Liberation Serif here ([PdfFonts]).
public final class Hd36 {

    /// "ĐẢNG CỘNG SẢN VIỆT NAM": upper case, bold, 15 pt.
    public static final float PARTY_HEADING = 15f;
    /// The superior body (upper case, regular) and the issuing body (upper case, bold): 14 pt.
    public static final float BODY_NAME = 14f;
    /// "Số 15-QĐ/ĐU": 14 pt regular.
    public static final float NUMBER = 14f;
    /// Place and date: 14 pt italic.
    public static final float PLACE_DATE = 14f;
    /// The document type name ("QUYẾT ĐỊNH", "DANH SÁCH …"): upper case, bold, 15–16 pt.
    public static final float TITLE = 15f;
    /// The summary under the title (trích yếu): bold, 14–15 pt.
    public static final float SUMMARY = 14f;
    /// Body text: 14–15 pt.
    public static final float BODY = 14f;
    /// "T/M BAN THƯỜNG VỤ", "BÍ THƯ" and the signer's name: upper case / bold, 14 pt.
    public static final float SIGNATURE = 14f;
    /// "Nơi nhận:" 14 pt underlined; the recipients 12 pt.
    public static final float RECIPIENTS_HEADING = 14f;
    public static final float RECIPIENTS = 12f;
    /// Page numbers from page 2, centred, 10 mm from the top edge.
    public static final float PAGE_NUMBER = 14f;
    public static final float PAGE_NUMBER_FROM_TOP_MM = 10f;

    /// Line distance of body text (exactly 18 pt, a common setting in Party document templates).
    public static final float LEADING = 18f;
    /// Line distance inside the header, title and signature blocks (single spacing of 14–15 pt type).
    public static final float BLOCK_LEADING = 16.5f;

    private Hd36() {
    }
}
