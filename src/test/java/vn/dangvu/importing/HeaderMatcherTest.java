package vn.dangvu.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
