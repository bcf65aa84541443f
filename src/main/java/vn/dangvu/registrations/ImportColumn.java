package vn.dangvu.registrations;

import java.util.List;

/// The columns of a registrations sheet (one row per item), with the header texts communes use for them, compared
/// accent-folded as the member import compares them. The i18n key is "registrations.column.<NAME>".
public enum ImportColumn {
    CARD_NUMBER(List.of("so the dv", "so the dang vien", "so the", "the dang vien", "so the dang")),
    FULL_NAME(List.of("ho va ten", "ho ten", "ten dang vien", "ho ten dang vien", "ho va ten dang vien", "dang vien",
            "ho va ten nguoi dang ky")),
    BIRTH_DATE(List.of("ngay sinh", "sinh ngay", "ngay thang nam sinh", "nam sinh")),
    CONTENT(List.of("noi dung", "noi dung dang ky", "viec lam cu the", "noi dung viec lam cu the", "noi dung lam theo",
            "noi dung dang ky lam theo", "noi dung viec lam", "noi dung dang ky viec lam cu the", "dang ky lam theo")),
    MEASURE(List.of("bien phap", "giai phap", "bien phap thuc hien", "giai phap thuc hien", "bien phap giai phap",
            "bien phap giai phap thuc hien")),
    DEADLINE(List.of("thoi gian", "thoi han", "thoi gian hoan thanh", "thoi han hoan thanh", "han hoan thanh",
            "thoi gian thuc hien")),
    SELF_RESULT(List.of("ket qua", "tu danh gia", "ket qua tu danh gia", "ket qua thuc hien", "danh gia", "muc do hoan thanh",
            "ket qua tu danh gia cuoi nam", "tu danh gia cuoi nam")),
    REVIEW_RESULT(List.of("chi bo danh gia", "danh gia cua chi bo", "y kien chi bo", "y kien cua chi bo", "xac nhan cua chi bo",
            "chi bo xac nhan", "ket qua chi bo danh gia", "y kien danh gia cua chi bo", "chi uy danh gia"));

    private final List<String> headers;

    ImportColumn(List<String> headers) {
        this.headers = headers;
    }

    public List<String> headers() {
        return headers;
    }

    public String i18nKey() {
        return "registrations.column." + name();
    }
}
