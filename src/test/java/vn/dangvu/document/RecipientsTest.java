package vn.dangvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecipientsTest {

    @Test
    void eachRecipientEndsWithACommaAndTheLastWithAFullStop() {
        Recipients r = new Recipients(List.of("Ban Tổ chức Tỉnh ủy Khánh Hòa", " ", "Các chi bộ,", "Lưu Văn phòng Đảng ủy."));
        assertEquals(List.of("- Ban Tổ chức Tỉnh ủy Khánh Hòa,", "- Các chi bộ,", "- Lưu Văn phòng Đảng ủy."), r.printed());
    }
}
