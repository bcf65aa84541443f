package vn.dangvu.docnumbers;

import java.time.LocalDate;
import java.util.Optional;

/// A number of the document register: "15-QĐ/ĐU" = sequence 15 of the type QĐ by the issuer ĐU in one committee
/// term (HD 36-HD/VPTW §1.3.1: the sequence runs from 01 per document type per term, not per year).
public record DocumentNumber(long id, long termId, String type, String issuer, int seq, String text, LocalDate date,
                             Optional<String> title, boolean voided, Optional<String> voidReason) {

    /// "15-QĐ/ĐU" (sequences under 10 with a leading zero, as in "Số 09-KH/ĐU").
    public static String format(int seq, String type, String issuer) {
        return String.format("%02d-%s/%s", seq, type, issuer);
    }
}
