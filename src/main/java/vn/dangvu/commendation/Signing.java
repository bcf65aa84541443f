package vn.dangvu.commendation;

import java.util.Arrays;
import java.util.Optional;

/// Who decides and how the decision is signed (domain.md §8.3): on behalf of the standing committee or of the whole
/// committee, by the secretary or a deputy. `issuerBody` is stored in commendation_decision.issuer_body; the
/// authority and title lines are printed above the signer's name.
public enum Signing {
    STANDING_COMMITTEE("BTV", "T/M BAN THƯỜNG VỤ", "BÍ THƯ"),
    STANDING_COMMITTEE_DEPUTY("BTV", "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ\nPHÓ BÍ THƯ"),
    COMMITTEE("BCH", "T/M ĐẢNG ỦY", "BÍ THƯ"),
    COMMITTEE_DEPUTY("BCH", "T/M ĐẢNG ỦY", "K/T BÍ THƯ\nPHÓ BÍ THƯ");

    private final String issuerBody;
    private final String authority;
    private final String title;

    Signing(String issuerBody, String authority, String title) {
        this.issuerBody = issuerBody;
        this.authority = authority;
        this.title = title;
    }

    public String issuerBody() {
        return issuerBody;
    }

    /// "T/M BAN THƯỜNG VỤ".
    public String authority() {
        return authority;
    }

    /// "BÍ THƯ", or "K/T BÍ THƯ" and "PHÓ BÍ THƯ" on two lines.
    public String title() {
        return title;
    }

    /// The signing form stored as its authority and title lines (a decision the demo or an older version wrote).
    static Optional<Signing> of(String authority, String title) {
        return Arrays.stream(values()).filter(s -> s.authority.equals(authority) && s.title.equals(title)).findFirst();
    }

    public String i18nKey() {
        return "commendation.signing." + name();
    }
}
