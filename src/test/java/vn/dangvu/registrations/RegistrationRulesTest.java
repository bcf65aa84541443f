package vn.dangvu.registrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationRulesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # a full date, read strictly
            30/06/2026,           2026-06-30, -
            5-9-2026,             2026-09-05, -
            2026-03-15,           2026-03-15, -
            31/02/2026,           -,          registrations.error.deadlineNotInCalendar
            29/02/2026,           -,          registrations.error.deadlineNotInCalendar
            30/6/26,              -,          registrations.error.deadlineShortYear
            # a day of the registration's year
            30/6,                 2026-06-30, -
            31/2,                 -,          registrations.error.deadlineNotInCalendar
            # a month, a quarter, the year: its last day
            tháng 6,              2026-06-30, -
            6/2026,               2026-06-30, -
            Tháng 2 năm 2028,     2028-02-29, -
            13/2026,              -,          registrations.error.deadlineNotInCalendar
            Quý II,               2026-06-30, -
            quý 4/2026,           2026-12-31, -
            Cuối quý III,         2026-09-30, -
            Cả năm,               2026-12-31, -
            Năm 2026,             2026-12-31, -
            Cuối năm,             2026-12-31, -
            # leading words
            Trước ngày 15/9/2026, 2026-09-15, -
            đến 30/4,             2026-04-30, -
            # no day at all: no deadline (the item is vague), no error
            Thường xuyên,         -,          -
            Hằng tháng,           -,          -
            '',                   -,          -
            # not a deadline
            abc,                  -,          registrations.error.deadlineUnreadable
            sớm nhất có thể,      -,          registrations.error.deadlineUnreadable
            """)
    void deadlinesAsClerksWriteThem(String typed, String expected, String error) {
        RegistrationRules.Deadline d = RegistrationRules.readDeadline(typed, 2026);
        assertEquals(Optional.ofNullable(expected).map(LocalDate::parse), d.date(), typed);
        assertEquals(Optional.ofNullable(error), d.errorKey(), typed);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            Hoàn thành,                 DONE
            Đã hoàn thành tốt,          DONE
            HT,                         DONE
            x,                          DONE
            Hoàn thành một phần,        PARTLY
            Chưa hoàn thành đầy đủ,     PARTLY
            một phần,                   PARTLY
            Chưa hoàn thành,            NOT_DONE
            Không hoàn thành,           NOT_DONE
            chưa,                       NOT_DONE
            '',                         -
            Đang làm,                   -
            """)
    void assessmentsAsWritten(String text, String expected) {
        assertEquals(Optional.ofNullable(expected).map(Assessment::valueOf), Assessment.read(text), text);
    }

    @Test
    void anItemWithoutMeasureOrDeadlineIsVague() {
        LocalDate d = LocalDate.of(2026, 6, 30);
        assertEquals(false, RegistrationRules.vague(RegistrationItem.of("Giúp hộ nghèo", "Hướng dẫn làm ăn", Optional.of(d))));
        assertEquals(true, RegistrationRules.vague(RegistrationItem.of("Giúp hộ nghèo", " ", Optional.of(d))));
        assertEquals(true, RegistrationRules.vague(RegistrationItem.of("Giúp hộ nghèo", "Hướng dẫn làm ăn", Optional.empty())));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # results of the items (R = review, S = self), overall
            S:DONE R:DONE | S:DONE,       DONE
            R:DONE | R:PARTLY,            PARTLY
            R:NOT_DONE | S:NOT_DONE,      NOT_DONE
            R:DONE | R:NOT_DONE,          PARTLY
            S:DONE R:NOT_DONE,            NOT_DONE
            R:DONE | -,                   -
            """)
    void theOverallResultOnceEveryItemIsAssessed(String items, String expected) {
        List<RegistrationItem> list = Arrays.stream(items.split("\\|")).map(String::strip).map(s -> {
            Optional<Assessment> self = Optional.empty();
            Optional<Assessment> review = Optional.empty();
            for (String part : s.split(" ")) {
                if (part.startsWith("S:")) {
                    self = Optional.of(Assessment.valueOf(part.substring(2)));
                } else if (part.startsWith("R:")) {
                    review = Optional.of(Assessment.valueOf(part.substring(2)));
                }
            }
            return new RegistrationItem("x", "y", Optional.empty(), "", self, "", review, "");
        }).toList();
        assertEquals(Optional.ofNullable(expected).map(Assessment::valueOf), Tally.of(list).overall(), items);
    }
}
