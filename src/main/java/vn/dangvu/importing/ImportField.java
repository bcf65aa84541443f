package vn.dangvu.importing;

import java.util.List;

/// The member fields a spreadsheet column can be mapped to, with the header texts communes use for them
/// (compared accent-folded, case- and punctuation-insensitive). The i18n key is "import.field.<NAME>".
public enum ImportField {
    SEQ(List.of("stt", "tt", "so tt", "so thu tu")),
    FULL_NAME(List.of("ho va ten", "ho ten", "ho va ten khai sinh", "ho ten khai sinh", "ten dang vien", "ho ten dang vien",
            "ho va ten dang vien")),
    FAMILY_NAME(List.of("ho", "ho dem", "ho va ten dem")),
    GIVEN_NAME(List.of("ten")),
    GENDER(List.of("gioi tinh", "nam nu", "gioi")),
    BIRTH_DATE(List.of("ngay sinh", "sinh ngay", "ngay thang nam sinh", "nam sinh", "ngay sinh dd mm yyyy")),
    ADMISSION_DATE(List.of("ngay vao dang", "ngay ket nap", "ngay ket nap dang", "ngay vao", "vao dang", "ngay ket nap vao dang")),
    FULL_MEMBERSHIP_DATE(List.of("ngay chinh thuc", "ngay cong nhan chinh thuc", "ngay cong nhan dang vien chinh thuc", "chinh thuc")),
    CARD_NUMBER(List.of("so the dv", "so the dang vien", "so the", "the dang vien", "so the dang")),
    CCCD(List.of("cccd", "so cccd", "can cuoc", "can cuoc cong dan", "so can cuoc", "so dinh danh", "so dinh danh ca nhan", "cmnd cccd")),
    CELL(List.of("chi bo", "ten chi bo", "sinh hoat tai chi bo", "chi bo sinh hoat", "don vi", "to chuc dang")),
    ETHNICITY(List.of("dan toc")),
    RELIGION(List.of("ton giao")),
    HOME_TOWN(List.of("que quan", "nguyen quan")),
    ADDRESS(List.of("noi o", "noi o hien nay", "dia chi", "thuong tru", "noi thuong tru", "cho o hien nay")),
    THEORY_LEVEL(List.of("ly luan chinh tri", "llct", "trinh do ly luan", "trinh do llct", "ly luan")),
    GENERAL_EDUCATION(List.of("van hoa", "trinh do van hoa", "gdpt", "giao duc pho thong", "trinh do gdpt")),
    PROFESSIONAL_LEVEL(List.of("chuyen mon", "trinh do chuyen mon", "cmnv", "chuyen mon nghiep vu")),
    OCCUPATION(List.of("nghe nghiep", "nghe nghiep hien nay", "cong viec")),
    PHONE(List.of("dien thoai", "so dien thoai", "sdt", "dt")),
    NOTE(List.of("ghi chu")),
    // Party badges already awarded (issue 8): a column per milestone holding a date, a decision number or "x"
    BADGE_30(badge(30)), BADGE_40(badge(40)), BADGE_45(badge(45)), BADGE_50(badge(50)), BADGE_55(badge(55)),
    BADGE_60(badge(60)), BADGE_65(badge(65)), BADGE_70(badge(70)), BADGE_75(badge(75)), BADGE_80(badge(80)),
    BADGE_85(badge(85)), BADGE_90(badge(90));

    private final List<String> headers;

    ImportField(List<String> headers) {
        this.headers = headers;
    }

    private static List<String> badge(int years) {
        return List.of("huy hieu " + years + " nam", "huy hieu dang " + years + " nam", "hh " + years + " nam", "hhd " + years + " nam",
                "huy hieu " + years + " nam tuoi dang", "huy hieu " + years, "hh " + years);
    }

    /// The milestone (years of party age) of a badge column, 0 for the other fields.
    public int milestone() {
        return name().startsWith("BADGE_") ? Integer.parseInt(name().substring(6)) : 0;
    }

    public List<String> headers() {
        return headers;
    }

    public String i18nKey() {
        return "import.field." + name();
    }
}
