package vn.dangvu.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMatcherTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            # header as typed               | field
            Họ và tên                       | FULL_NAME
            HỌ TÊN                          | FULL_NAME
            'Họ và tên  '                   | FULL_NAME
            Họ và tên khai sinh             | FULL_NAME
            Ngày vào Đảng                   | ADMISSION_DATE
            Ngày kết nạp                    | ADMISSION_DATE
            NGÀY VÀO ĐẢNG (dd/mm/yyyy)      | ADMISSION_DATE
            Ngày chính thức                 | FULL_MEMBERSHIP_DATE
            Số thẻ ĐV                       | CARD_NUMBER
            Số thẻ đảng viên                | CARD_NUMBER
            Số CCCD                         | CCCD
            Ngày sinh                       | BIRTH_DATE
            Năm sinh                        | BIRTH_DATE
            Giới tính                       | GENDER
            Nam/Nữ                          | GENDER
            Chi bộ                          | CELL
            Dân tộc                         | ETHNICITY
            Tôn giáo                        | RELIGION
            Quê quán                        | HOME_TOWN
            STT                             | SEQ
            Ghi chú                         | NOTE
            # legacy-font header (TCVN3)
            Hä vµ tªn                       | FULL_NAME
            # not headers
            Danh sách đảng viên năm 2025    | -
            Nguyễn Văn An                   | -
            ''                              | -
            """)
    void recognisesHeaderVariants(String header, ImportField expected) {
        assertEquals(Optional.ofNullable(expected), HeaderMatcher.match(header));
    }

    @Test
    void findsHeaderRowBelowTitleRows() {
        List<List<String>> rows = List.of(
                List.of("ĐẢNG BỘ XÃ PHÚ SƠN", "", "", ""),
                List.of("DANH SÁCH ĐẢNG VIÊN", "", "", ""),
                List.of("", "", "", ""),
                List.of("STT", "Họ và tên", "Ngày sinh", "Ngày vào Đảng"),
                List.of("1", "Nguyễn Văn An", "01/02/1970", "03/02/1995"));
        assertEquals(Optional.of(3), HeaderMatcher.findHeaderRow(rows));
    }

    @Test
    void noHeaderRowWithoutANameColumn() {
        assertEquals(Optional.empty(), HeaderMatcher.findHeaderRow(List.of(List.of("a", "b"), List.of("Ngày sinh", "Ghi chú"))));
    }

    /// Issue 8: a merged "Huy hiệu" over "30 năm | 40 năm" (each cell of a merged region reads its top-left text),
    /// and a group header written once over blank cells ("Huy hiệu Đảng" | "" over "30 năm" | "40 năm").
    @Test
    void badgeMilestonesUnderAGroupHeaderAreRead() {
        HeaderMatcher.Found merged = HeaderMatcher.find(List.of(
                List.of("STT", "Họ và tên", "Ngày sinh", "Ngày vào Đảng", "Huy hiệu", "Huy hiệu", "Ghi chú"),
                List.of("STT", "Họ và tên", "Ngày sinh", "Ngày vào Đảng", "30 năm", "40 năm", "Ghi chú"),
                List.of("1", "Nguyễn Văn An", "1940", "03/02/1965", "x", "x", ""))).orElseThrow();
        assertEquals(2, merged.rows());
        assertEquals(2, merged.firstData());
        assertEquals(Integer.valueOf(4), merged.mapping().get(ImportField.BADGE_30));
        assertEquals(Integer.valueOf(5), merged.mapping().get(ImportField.BADGE_40));
        HeaderMatcher.Found once = HeaderMatcher.find(List.of(
                List.of("Họ và tên", "Ngày sinh", "Ngày vào Đảng", "Huy hiệu Đảng đã nhận", "", ""),
                List.of("", "", "", "HH 30 năm", "HH 40 năm", "45"))).orElseThrow();
        assertEquals(2, once.rows());
        assertEquals(List.of(3, 4, 5), List.of(once.mapping().get(ImportField.BADGE_30), once.mapping().get(ImportField.BADGE_40),
                once.mapping().get(ImportField.BADGE_45)));
    }

    /// "Huy hiệu 30 năm" over "Ngày | Số QĐ": the milestone's date and number columns are read together.
    @Test
    void aDateAndANumberPerMilestone() {
        HeaderMatcher.Found f = HeaderMatcher.find(List.of(
                List.of("Họ và tên", "Ngày sinh", "Ngày vào Đảng", "Huy hiệu 30 năm", "Huy hiệu 30 năm", "Huy hiệu 40 năm", ""),
                List.of("Họ và tên", "Ngày sinh", "Ngày vào Đảng", "Ngày trao", "Số QĐ", "Số quyết định", "Ngày"))).orElseThrow();
        assertEquals(2, f.rows());
        assertEquals(Integer.valueOf(3), f.mapping().get(ImportField.BADGE_30));
        assertEquals(Integer.valueOf(5), f.mapping().get(ImportField.BADGE_40));
        assertEquals(Map.of(3, 4, 5, 6), f.badgePairs());
    }

    /// A single header row whose first member has "30" under "Huy hiệu" (the last badge): that row is a member, not
    /// a second header, and is not swallowed.
    @Test
    void aDataRowUnderAOneRowHeaderIsNotASecondHeader() {
        HeaderMatcher.Found f = HeaderMatcher.find(List.of(
                List.of("Họ và tên", "Ngày sinh", "Ngày vào Đảng", "Huy hiệu"),
                List.of("Nguyễn Văn An", "1940", "03/02/1965", "30"))).orElseThrow();
        assertEquals(1, f.rows());
        assertEquals(1, f.firstData());
        assertEquals(Optional.empty(), Optional.ofNullable(f.mapping().get(ImportField.BADGE_30)));
    }
}
