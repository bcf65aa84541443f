package vn.dangvu.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// Q294-QĐ/TW §6.3.1 (domain.md §4.4): the letter is presented within 30 working days; weekends and the public
/// holidays of the list are not working days; more than 3 months past the deadline: the committee considers xóa tên.
class TransferLetterTest {

    /// Tết 2026 as the default list has it (Monday 16 to Friday 20 February).
    private static final Set<LocalDate> TET_2026 = Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
            LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));

    @ParameterizedTest
    @CsvSource(textBlock = """
            # holidays, letter,     arrival,    deadline,   late working days, late days, consider xóa tên
            # Tết skipped: 30 working days after Monday 2/2/2026 end on Monday 23/3 (16/3 without the holidays)
            tet,        2026-02-02, 2026-03-23, 2026-03-23, 0,  0,  false
            none,       2026-02-02, 2026-03-23, 2026-03-16, 5,  7,  false
            tet,        2026-02-02, 2026-03-24, 2026-03-23, 1,  1,  false
            # 3 months after the deadline is 23/6: on that day not yet, the day after yes
            tet,        2026-02-02, 2026-06-23, 2026-03-23, 66, 92, false
            tet,        2026-02-02, 2026-06-24, 2026-03-23, 67, 93, true
            # Thursday 2/1/2020, no holidays known: Thursday 13/2/2020; early arrival is not late
            none,       2020-01-02, 2020-02-14, 2020-02-13, 1,  1,  false
            none,       2020-01-02, 2020-01-10, 2020-02-13, 0,  0,  false
            # a letter on a Saturday: the count starts on Monday
            none,       2026-03-07, 2026-04-17, 2026-04-17, 0,  0,  false
            """)
    void lateness(String holidays, LocalDate letter, LocalDate arrival, LocalDate deadline, int lateWorkingDays, long lateDays,
                  boolean review) {
        TransferLetter.Lateness l = TransferLetter.lateness(letter, arrival, holidays.equals("tet") ? TET_2026 : Set.of());
        assertEquals(new TransferLetter.Lateness(deadline, lateWorkingDays, lateDays, review), l);
    }
}
