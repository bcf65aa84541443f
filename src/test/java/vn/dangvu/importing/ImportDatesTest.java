package vn.dangvu.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @ParameterizedTest
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            # typed text           | date       | precision | error
            15/03/1975             | 1975-03-15 | DAY       | -
            5/3/1975               | 1975-03-05 | DAY       | -
            05-03-1975             | 1975-03-05 | DAY       | -
            05.03.1975             | 1975-03-05 | DAY       | -
            1975-03-15             | 1975-03-15 | DAY       | -
            ' 15 / 3 / 1975 '      | 1975-03-15 | DAY       | -
            ngày 15 tháng 3 năm 1975 | 1975-03-15 | DAY     | -
            # two-digit years (century rule): 20yy unless that is after this year (2026), else 19yy
            5/3/75                 | 1975-03-05 | DAY       | -
            5/3/80                 | 1980-03-05 | DAY       | -
            5/3/24                 | 2024-03-05 | DAY       | -
            5/3/26                 | 2026-03-05 | DAY       | -
            5/3/27                 | 1927-03-05 | DAY       | -
            5/3/00                 | 2000-03-05 | DAY       | -
            29/2/00                | 2000-02-29 | DAY       | -
            # leap days that exist
            29/02/2024             | 2024-02-29 | DAY       | -
            29.02.1980             | 1980-02-29 | DAY       | -
            ngày 29 tháng 2 năm 2000 | 2000-02-29 | DAY     | -
            # partial dates of old records
            3/1975                 | 1975-03-01 | MONTH     | -
            1975                   | 1975-01-01 | YEAR      | -
            # bad input
            # days that are not in the calendar, in every way they are written
            31/02/1975             | -          | -         | import.date.invalid
            15/13/1975             | -          | -         | import.date.invalid
            29/02/2025             | -          | -         | import.date.invalid
            29-02-1981             | -          | -         | import.date.invalid
            31.06.2020             | -          | -         | import.date.invalid
            31/04/1990             | -          | -         | import.date.invalid
            32/01/1990             | -          | -         | import.date.invalid
            0/1/1990               | -          | -         | import.date.invalid
            29/02/1900             | -          | -         | import.date.invalid
            29/2/23                | -          | -         | import.date.invalid
            29/2/81                | -          | -         | import.date.invalid
            1981-02-29             | -          | -         | import.date.invalid
            1990-06-31             | -          | -         | import.date.invalid
            ngày 30 tháng 2 năm 1980 | -        | -         | import.date.invalid
            13/1975                | -          | -         | import.date.invalid
            không rõ               | -          | -         | import.date.unreadable
            =TODAY()               | -          | -         | import.date.unreadable
            1/1/2030               | -          | -         | import.date.future
            1/1/1800               | -          | -         | import.date.tooOld
            '   '                  | -          | -         | -
            """)
    void parsesWhatCommunesType(String raw, LocalDate date, ImportDates.Precision precision, String error) {
        ImportDates.Outcome o = ImportDates.parse(raw, TODAY);
        assertEquals(Optional.ofNullable(date), o.value().map(ImportDates.Parsed::date));
        assertEquals(Optional.ofNullable(precision), o.value().map(ImportDates.Parsed::precision));
        assertEquals(Optional.ofNullable(error), o.errorKey());
    }
}
