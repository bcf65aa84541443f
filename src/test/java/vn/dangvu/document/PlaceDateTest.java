package vn.dangvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceDateTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # day under 10 and months 1–2 take a leading zero (HD 36 example "ngày 20 tháng 02 năm 2018")
            2018-02-20, Hạ Long, 'Hạ Long, ngày 20 tháng 02 năm 2018'
            2026-02-05, Phú Sơn, 'Phú Sơn, ngày 05 tháng 02 năm 2026'
            2026-01-01, Phú Sơn, 'Phú Sơn, ngày 01 tháng 01 năm 2026'
            # months from March on and days from 10 on are written as they are
            2026-03-01, Phú Sơn, 'Phú Sơn, ngày 01 tháng 3 năm 2026'
            2026-11-21, An Hải, 'An Hải, ngày 21 tháng 11 năm 2026'
            2026-12-31, An Hải, 'An Hải, ngày 31 tháng 12 năm 2026'
            """)
    void placeAndDateLine(LocalDate date, String place, String expected) {
        assertEquals(expected, PlaceDate.of(place, date));
    }
}
