package vn.dangvu.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.party.MemberStatus;

class ReminderRulesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # status,      ceremony,   today,      expected stage
            # probation ends 2026-06-01; the notice window opens 60 days before
            PROBATIONARY,  2025-06-01, 2026-04-01, -
            PROBATIONARY,  2025-06-01, 2026-04-02, ENDING_SOON
            PROBATIONARY,  2025-06-01, 2026-05-31, ENDING_SOON
            # the end day itself: 12 months are over, the cell votes
            PROBATIONARY,  2025-06-01, 2026-06-01, AWAITING_VOTE
            # 30 working days after Mon 2026-06-01 is Mon 2026-07-13
            PROBATIONARY,  2025-06-01, 2026-07-13, AWAITING_VOTE
            PROBATIONARY,  2025-06-01, 2026-07-14, VOTE_OVERDUE
            PROBATIONARY,  2020-01-10, 2026-04-01, VOTE_OVERDUE
            # 29 February ceremony: the end is 28 February
            PROBATIONARY,  2024-02-29, 2025-02-28, AWAITING_VOTE
            PROBATIONARY,  2024-02-29, 2025-02-27, ENDING_SOON
            # no ceremony date, or not probationary: nothing to remind
            PROBATIONARY,  -,          2026-04-01, -
            OFFICIAL,      2025-06-01, 2026-07-14, -
            TEMPORARILY_AWAY, 2025-06-01, 2026-07-14, -
            REMOVED,       2025-06-01, 2026-07-14, -
            # ceremony in the future (typing error): far from the end
            PROBATIONARY,  2027-01-01, 2026-04-01, -
            """)
    void probationStage(MemberStatus status, LocalDate ceremony, LocalDate today, ReminderRules.ProbationStage expected) {
        assertEquals(Optional.ofNullable(expected), ReminderRules.probation(status, ceremony, today, Set.of()));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # probation end, deadline (30 working days, Monday-Friday)
            2026-06-01, 2026-07-13
            # ends on a Friday: the count starts on Monday
            2026-06-05, 2026-07-17
            # ends on a Saturday or Sunday
            2026-06-06, 2026-07-17
            2026-06-07, 2026-07-17
            # across the new year
            2025-12-31, 2026-02-11
            """)
    void voteDeadline(LocalDate end, LocalDate deadline) {
        assertEquals(deadline, ReminderRules.voteDeadline(end, Set.of()));
    }

    /// The cell votes within 30 working days after the 12 months (domain.md §4.4): the public holidays of the list
    /// (here the defaults of V6 for 2026: Tết 16–20/02, Giỗ Tổ 27/04, 30/04, 01/05, Quốc khánh 01–02/09) are not
    /// working days.
    @ParameterizedTest
    @CsvSource(textBlock = """
            # probation end, deadline without holidays, with the 2026 holidays
            # Tết: 5 working days later
            2026-02-02, 2026-03-16, 2026-03-23
            # 27/4, 30/4, 1/5: 3 working days later
            2026-04-01, 2026-05-13, 2026-05-18
            # 1–2/9
            2026-08-14, 2026-09-25, 2026-09-29
            """)
    void voteDeadlineSkipsThePublicHolidays(LocalDate end, LocalDate plain, LocalDate withHolidays) {
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
        assertEquals(plain, ReminderRules.voteDeadline(end, Set.of()));
        assertEquals(withHolidays, ReminderRules.voteDeadline(end, holidays));
        // the last day of the plain count is still within the vote period, the day after the real deadline is not
        assertEquals(Optional.of(ReminderRules.ProbationStage.AWAITING_VOTE),
                ReminderRules.probation(MemberStatus.PROBATIONARY, end.minusYears(1), plain, holidays));
        assertEquals(Optional.of(ReminderRules.ProbationStage.VOTE_OVERDUE),
                ReminderRules.probation(MemberStatus.PROBATIONARY, end.minusYears(1), withHolidays.plusDays(1), holidays));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # status,          expected return, today,      reminder
            TEMPORARILY_AWAY,  2026-03-31,      2026-04-01, true
            TEMPORARILY_AWAY,  2020-01-01,      2026-04-01, true
            # due back today: not late yet
            TEMPORARILY_AWAY,  2026-04-01,      2026-04-01, false
            TEMPORARILY_AWAY,  2026-12-31,      2026-04-01, false
            # no expected date recorded
            TEMPORARILY_AWAY,  -,               2026-04-01, false
            # already back, or gone for good
            OFFICIAL,          2026-03-31,      2026-04-01, false
            PROBATIONARY,      2026-03-31,      2026-04-01, false
            TRANSFERRED_OUT,   2026-03-31,      2026-04-01, false
            """)
    void awayPastReturn(MemberStatus status, LocalDate expected, LocalDate today, boolean reminder) {
        assertEquals(reminder, ReminderRules.awayPastReturn(status, expected, today));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # last reconciliation, today,   due
            # never done
            -,          2026-04-01, true
            2026-01-01, 2026-04-01, false
            2026-01-01, 2026-04-02, true
            2025-12-31, 2026-04-01, true
            # month ends: 30 November + 3 months = 28 February
            2025-11-30, 2026-02-28, false
            2025-11-30, 2026-03-01, true
            # done today, or a date in the future (wrong clock)
            2026-04-01, 2026-04-01, false
            2027-01-01, 2026-04-01, false
            """)
    void reconciliationDue(LocalDate last, LocalDate today, boolean due) {
        assertEquals(due, ReminderRules.reconciliationDue(Optional.ofNullable(last), today));
    }
}
