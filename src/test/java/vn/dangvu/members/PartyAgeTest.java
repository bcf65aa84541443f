package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyAgeTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # admission,  gap from,   gap to,     as of,      expected years
            # plain anniversaries (domain.md §5.1: admitted 26/7/2015 counts from that date)
            2015-07-26,   -,          -,          2016-07-25, 0
            2015-07-26,   -,          -,          2016-07-26, 1
            1995-02-03,   -,          -,          2025-02-03, 30
            1995-02-03,   -,          -,          2025-02-02, 29
            # a 366-day gap (leap year 2000) delays every later anniversary by 366 days
            1990-01-01,   2000-01-01, 2000-12-31, 2020-01-01, 28
            1990-01-01,   2000-01-01, 2000-12-31, 2020-01-02, 29
            1990-01-01,   2000-01-01, 2000-12-31, 2021-01-01, 30
            # an open gap (still expelled) stops the count
            1990-01-01,   2010-01-01, -,          2030-01-01, 20
            # before admission: no party age
            2020-05-01,   -,          -,          2020-04-30, -
            """)
    void years(LocalDate admission, LocalDate gapFrom, LocalDate gapTo, LocalDate asOf, Integer expected) {
        List<PartyAge.Interruption> gaps = new ArrayList<>();
        if (gapFrom != null) {
            gaps.add(new PartyAge.Interruption(gapFrom, Optional.ofNullable(gapTo)));
        }
        assertEquals(Optional.ofNullable(expected), PartyAge.years(admission, gaps, asOf));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # admission,  gap from,   gap to,     milestone, expected date
            1995-05-19,   1994-01-01, 1994-02-01, 30,        2025-05-19
            1990-01-01,   2000-01-01, 2000-01-10, 30,        2020-01-11
            1990-01-01,   2019-12-31, 2020-01-09, 30,        2020-01-11
            """)
    void milestoneDateShiftsByDeductedDays(LocalDate admission, LocalDate from, LocalDate to, int milestone, LocalDate expected) {
        assertEquals(expected, PartyAge.milestoneDate(admission,
                List.of(new PartyAge.Interruption(from, Optional.of(to))), milestone));
    }
}
