package vn.dangvu.rating;

import java.util.List;

/// The columns of a rating sheet (one row per member), with the header texts communes use for them, compared
/// accent-folded as the member import compares them: the member (card number, or full name and birth date), the
/// committee's level ("Xếp loại", as words or abbreviation) and score, optionally the self-assessment, the cell's
/// proposal, the cell (checked against the member's), a reason and the justification of an HTXSNV over the quota.
/// The i18n key is "rating.column.<NAME>".
public enum RatingColumn {
    CARD_NUMBER(List.of("so the dv", "so the dang vien", "so the", "the dang vien", "so the dang")),
    FULL_NAME(List.of("ho va ten", "ho ten", "ten dang vien", "ho ten dang vien", "ho va ten dang vien", "dang vien")),
    BIRTH_DATE(List.of("ngay sinh", "sinh ngay", "ngay thang nam sinh", "nam sinh")),
    CELL(List.of("chi bo", "ten chi bo", "sinh hoat tai chi bo", "chi bo sinh hoat", "to chuc dang")),
    LEVEL(List.of("xep loai", "muc xep loai", "ket qua xep loai", "xep loai chat luong", "dang uy quyet dinh", "cap uy quyet dinh",
            "quyet dinh xep loai", "ket qua")),
    SCORE(List.of("diem", "so diem", "tong diem", "diem danh gia", "diem quyet dinh")),
    SELF_LEVEL(List.of("tu xep loai", "tu danh gia xep loai", "ca nhan tu xep loai", "tu danh gia")),
    SELF_SCORE(List.of("tu cham diem", "diem tu cham", "diem tu danh gia")),
    PROPOSAL_LEVEL(List.of("chi bo de nghi", "de nghi xep loai", "chi bo de nghi xep loai")),
    REASON(List.of("ghi chu", "ly do", "nhan xet")),
    JUSTIFICATION(List.of("ly do vuot ty le", "ly do vuot"));

    private final List<String> headers;

    RatingColumn(List<String> headers) {
        this.headers = headers;
    }

    public List<String> headers() {
        return headers;
    }

    public String i18nKey() {
        return "rating.column." + name();
    }
}
