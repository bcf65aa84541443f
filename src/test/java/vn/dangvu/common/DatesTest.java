package vn.dangvu.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            # typed                 | date       | problem
            # day/month/year, with or without leading zeros; the numeric keypad's - and . as well
            29/02/2024              | 2024-02-29 | -
            5/3/2026                | 2026-03-05 | -
            05/03/2026              | 2026-03-05 | -
            5-3-2026                | 2026-03-05 | -
            05.03.2026              | 2026-03-05 | -
            ' 5 / 3 / 2026 '        | 2026-03-05 | -
            31/12/1899              | 1899-12-31 | -
            # ISO, as scripts write it
            2026-02-03              | 2026-02-03 | -
            # days that are not in the calendar: refused, never moved to the nearest real day
            31/02/2025              | -          | NOT_IN_CALENDAR
            29/02/2025              | -          | NOT_IN_CALENDAR
            29/02/1900              | -          | NOT_IN_CALENDAR
            31/06/2027              | -          | NOT_IN_CALENDAR
            31/04/2026              | -          | NOT_IN_CALENDAR
            32/01/2026              | -          | NOT_IN_CALENDAR
            00/01/2026              | -          | NOT_IN_CALENDAR
            15/13/2026              | -          | NOT_IN_CALENDAR
            15/0/2026               | -          | NOT_IN_CALENDAR
            2025-02-29              | -          | NOT_IN_CALENDAR
            2026-13-01              | -          | NOT_IN_CALENDAR
            # a two-digit year: the form does not guess the century
            5/3/80                  | -          | SHORT_YEAR
            29.02.24                | -          | SHORT_YEAR
            # not a date at all
            abc                     | -          | NOT_A_DATE
            5/3                     | -          | NOT_A_DATE
            5/3/2026/1              | -          | NOT_A_DATE
            5/3-2026                | -          | NOT_A_DATE
            05/03/0198              | -          | NOT_A_DATE
            05/03/20260             | -          | NOT_A_DATE
            05032026                | -          | NOT_A_DATE
            ngày 5 tháng 3          | -          | NOT_A_DATE
            2026-3-5                | -          | NOT_A_DATE
            # blank: no date, nothing wrong
            ''                      | -          | -
            '   '                   | -          | -
            """)
    void readsTypedDatesStrictly(String typed, LocalDate date, Dates.Problem problem) {
        Dates.Reading r = Dates.read(typed);
        assertEquals(Optional.ofNullable(date), r.date());
        assertEquals(Optional.ofNullable(problem), r.problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ngày sinh          | 31/02/2025  | Ngày sinh: 31/02/2025 không có trong lịch.
            Ngày giải thể      | ' 29/02/2025 ' | Ngày giải thể: 29/02/2025 không có trong lịch.
            Ngày sinh          | abc         | Ngày sinh: «abc» không phải là ngày (gõ theo dạng ngày/tháng/năm, ví dụ 05/03/1980).
            Ngày sinh          | 5/3/80      | Ngày sinh: 5/3/80 — hãy gõ năm đủ bốn chữ số, ví dụ 05/03/1980.
            Ngày sinh          | 5/3/1980    | ''
            """)
    void theMessageNamesTheFieldAndTheText(String field, String typed, String message) {
        assertEquals(message, Dates.read(typed).message(field));
    }

    @Test
    void parseThrowsAnAppExceptionNamingTheField() throws AppException {
        AppException e = assertThrows(AppException.class, () -> Dates.parse("31/06/2027", "--round"));
        assertEquals("--round: 31/06/2027 không có trong lịch.", e.userMessage());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), Dates.parse("29/2/2024", "--round"));
        assertEquals(Optional.empty(), Dates.parse(" ", "--round"));
    }

    @Test
    void datesAreShownAsDayMonthYear() {
        assertEquals("05/03/2026", Dates.format(LocalDate.of(2026, 3, 5)));
        assertEquals("29/02/2024", Dates.SHOWN.format(LocalDate.of(2024, 2, 29)));
        assertEquals("", Dates.format(null));
        // a date handed to a message is shown the same way
        assertEquals("(hết 05/03/2026)", I18n.t("units.leader.termEndValue", LocalDate.of(2026, 3, 5)));
    }
}
