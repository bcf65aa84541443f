package vn.dangvu.demo;

import java.util.SplittableRandom;

import vn.dangvu.common.PersonName;
import vn.dangvu.party.Gender;

/// Vietnamese name tables for the fictional commune: family names weighted as in the population
/// (Nguyễn about 38 %), male and female middle names (some of two words) and about 45 given names each.
final class DemoNames {

    private static final Weighted<String> FAMILY = Weighted.of(
            "Nguyễn", 38.0, "Trần", 11.0, "Lê", 9.5, "Phạm", 7.0, "Hoàng", 4.0, "Huỳnh", 4.0, "Phan", 4.5,
            "Vũ", 3.9, "Võ", 3.9, "Đặng", 2.1, "Bùi", 2.0, "Đỗ", 1.4, "Hồ", 1.3, "Ngô", 1.3, "Dương", 1.0, "Lý", 0.5);

    private static final Weighted<String> MIDDLE_MALE = Weighted.of(
            "Văn", 40, "Đức", 8, "Minh", 7, "Quang", 6, "Hữu", 6, "Công", 5, "Ngọc", 4, "Xuân", 4, "Thanh", 4,
            "Đình", 4, "Quốc", 3, "Bá", 2, "Trọng", 2, "Tiến", 2, "Văn Minh", 1.5, "Hữu Quang", 1, "Đức Anh", 1);

    private static final Weighted<String> MIDDLE_FEMALE = Weighted.of(
            "Thị", 40, "Thị Thu", 8, "Thị Thanh", 6, "Thị Ngọc", 5, "Thị Kim", 4, "Thị Hồng", 4, "Thu", 4,
            "Ngọc", 4, "Thanh", 4, "Hồng", 3, "Mỹ", 3, "Bích", 2, "Kim", 2, "Minh", 2, "Phương", 2, "Diệu", 1);

    private static final Weighted<String> GIVEN_MALE = Weighted.uniform(new String[] {
        "An", "Anh", "Ân", "Bảo", "Bình", "Cường", "Chiến", "Công", "Dũng", "Duy", "Dương", "Đạt", "Điệp", "Định",
        "Đông", "Đức", "Giang", "Hải", "Hậu", "Hiếu", "Hòa", "Hoàng", "Hùng", "Huy", "Hưng", "Khải", "Khang",
        "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lộc", "Lợi", "Mạnh", "Minh", "Nam", "Nghĩa", "Nhân", "Phong",
        "Phúc", "Quân", "Quang", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng",
        "Việt", "Vinh"});

    private static final Weighted<String> GIVEN_FEMALE = Weighted.uniform(new String[] {
        "An", "Anh", "Ánh", "Bích", "Châu", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa",
        "Hồng", "Huệ", "Hương", "Hường", "Hưởng", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga",
        "Ngân", "Ngọc", "Nhung", "Nhàn", "Oanh", "Phương", "Quyên", "Quỳnh", "Sen", "Thảo", "Thắm", "Thơ", "Thu",
        "Thủy", "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Yến"});

    private DemoNames() {
    }

    static PersonName person(SplittableRandom r, Gender g) {
        String family = FAMILY.pick(r);
        return g == Gender.MALE
                ? new PersonName(family, MIDDLE_MALE.pick(r), GIVEN_MALE.pick(r))
                : new PersonName(family, MIDDLE_FEMALE.pick(r), GIVEN_FEMALE.pick(r));
    }
}
