package vn.dangvu.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyVietnameseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # raw cell text                     | detected | Unicode
            # TCVN3 (ABC, .VnTime) as Excel shows it without the font; ư is the soft hyphen U+00AD
            NguyÔn ThÞ H\u00AD¬ng                | TCVN3    | Nguyễn Thị Hương
            §Æng V¨n Dòng                       | TCVN3    | Đặng Văn Dũng
            TrÇn ThÞ A¸nh TuyÕt                 | TCVN3    | Trần Thị Ánh Tuyết
            Chi bé th«n §«ng                    | TCVN3    | Chi bộ thôn Đông
            Ngµy vµo §¶ng                       | TCVN3    | Ngày vào Đảng
            # VNI (VNI-Times)
            Nguyeãn Thò Höông                   | VNI      | Nguyễn Thị Hương
            Ñaëng Vaên Duõng                    | VNI      | Đặng Văn Dũng
            Leâ Höõu Phöôùc                     | VNI      | Lê Hữu Phước
            Ngaøy vaøo Ñaûng                    | VNI      | Ngày vào Đảng
            # already Unicode: untouched, including capitals that look like legacy bytes
            Nguyễn Thị Hương                    | UNICODE  | Nguyễn Thị Hương
            Ôn Như Hầu                          | UNICODE  | Ôn Như Hầu
            Số thẻ ĐV                           | UNICODE  | Số thẻ ĐV
            Plain ASCII 123                     | UNICODE  | Plain ASCII 123
            """)
    void detectsAndConverts(String raw, LegacyVietnamese.Encoding expected, String unicode) {
        String input = raw.replace("\\u00AD", "\u00AD");
        LegacyVietnamese.Result r = LegacyVietnamese.toUnicode(input);
        assertEquals(expected, r.encoding());
        assertEquals(unicode, r.text());
    }

    @Test
    void decomposedUnicodeBecomesNfc() {
        String nfd = Normalizer.normalize("Hường", Normalizer.Form.NFD);
        assertEquals("Hường", LegacyVietnamese.toUnicode(nfd).text());
    }
}
