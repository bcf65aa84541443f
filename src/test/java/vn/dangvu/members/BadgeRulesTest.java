package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.party.MemberStatus;

/// HD 01-HD/TW 2021 §18 (domain.md §5.2, §5.3): milestones, rounds, early award for serious illness, posthumous award
/// (early by up to 12 months), discipline holds from the rule set's data.
class BadgeRulesTest {

    /// The default reading (Q24 §27, HD 01-HD/TW 2021 §18) as migration V6 stores it for every rule set.
    static BadgeRules.Holds defaultHolds() {
        Map<BadgeRules.DisciplineForm, Integer> m = new HashMap<>();
        m.put(BadgeRules.DisciplineForm.REPRIMAND, 0);
        m.put(BadgeRules.DisciplineForm.WARNING, 6);
        m.put(BadgeRules.DisciplineForm.DISMISSAL, 12);
        m.put(BadgeRules.DisciplineForm.EXPULSION, null);
        return BadgeRules.Holds.of(m);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # status,       admitted,   awarded, ill,   died,       discipline,         round,      milestone, note,       blocked until
            # on time: 30 years reached between the previous round (7/11/2025) and 3/2/2026
            OFFICIAL,       1996-01-15, -,       false, -,          -,                  2026-02-03, 30,        ON_TIME,    -
            # reached long ago and never given: overdue, highest milestone only
            OFFICIAL,       1980-03-01, 30,      false, -,          -,                  2026-02-03, 45,        OVERDUE,    -
            # already has the 40-year badge, next one (45) not reached: nothing
            EXEMPT_WORK_MEETINGS, 1983-06-01, 40, false, -,         -,                  2026-02-03, -,         -,          -
            # not reached, not ill: nothing; seriously ill within 12 months of 30 years: early
            OFFICIAL,       1996-12-01, -,       false, -,          -,                  2026-02-03, -,         -,          -
            OFFICIAL,       1996-12-01, -,       true,  -,          -,                  2026-02-03, 30,        EARLY,      -
            # 70 years: early window is 24 months
            OFFICIAL,       1957-10-01, 65,      true,  -,          -,                  2026-02-03, 70,        EARLY,      -
            OFFICIAL,       1958-10-01, 65,      true,  -,          -,                  2026-02-03, -,         -,          -
            # discipline: a warning 3 months ago blocks until 6 months after it; a reprimand does not
            OFFICIAL,       1996-01-15, -,       false, -,          WARNING:2025-11-03, 2026-02-03, 30,        ON_TIME,    2026-05-03
            OFFICIAL,       1996-01-15, -,       false, -,          WARNING:2025-01-03, 2026-02-03, 30,        ON_TIME,    -
            OFFICIAL,       1996-01-15, -,       false, -,          DISMISSAL:2025-05-01, 2026-02-03, 30,      ON_TIME,    2026-05-01
            OFFICIAL,       1996-01-15, -,       false, -,          REPRIMAND:2026-01-01, 2026-02-03, 30,      ON_TIME,    -
            # an expulsion holds for as long as it stands (an annulled one is not given to the rule)
            OFFICIAL,       1996-01-15, -,       false, -,          EXPULSION:2020-01-01, 2026-02-03, 30,      ON_TIME,    +999999999-12-31
            # posthumous when death came after the milestone
            DECEASED,       1990-01-01, -,       false, 2025-06-01, -,                  2026-02-03, 30,        POSTHUMOUS, -
            # HD 01-HD/TW 2021 §18: died before the milestone, awarded early, at most 12 months before it:
            # 30 years on 1/1/2026, died 1/6/2025, round 3/2/2026 (after the milestone) or 7/11/2025 (2 months before)
            DECEASED,       1996-01-01, -,       false, 2025-06-01, -,                  2026-02-03, 30,        POSTHUMOUS_EARLY, -
            DECEASED,       1996-01-01, -,       false, 2025-06-01, -,                  2025-11-07, 30,        POSTHUMOUS_EARLY, -
            # the round 19/5/2025 is before the death: nothing yet
            DECEASED,       1996-01-01, -,       false, 2025-06-01, -,                  2025-05-19, -,         -,          -
            # 30 years on 1/8/2026, died 1/6/2025: 14 months after the death, too far
            DECEASED,       1996-08-01, -,       false, 2025-06-01, -,                  2026-02-03, -,         -,          -
            # 30 years on 1/5/2026, died 1/6/2025 (11 months before): the round 2/9/2025 is 8 months before the milestone
            DECEASED,       1996-05-01, -,       false, 2025-06-01, -,                  2025-09-02, 30,        POSTHUMOUS_EARLY, -
            # already awarded the 30 years: the 40 years 12 months after the death is still within
            DECEASED,       1986-05-01, 30,      false, 2025-06-01, -,                  2025-09-02, 40,        POSTHUMOUS_EARLY, -
            DECEASED,       1986-07-01, 30,      false, 2025-06-01, -,                  2025-09-02, -,         -,          -
            # not on the roll: nothing
            TRANSFERRED_OUT, 1980-01-01, -,      false, -,          -,                  2026-02-03, -,         -,          -
            SUSPENDED,      1980-01-01, -,       false, -,          -,                  2026-02-03, -,         -,          -
            """)
    void dueList(MemberStatus status, LocalDate admitted, Integer awarded, boolean ill, LocalDate died, String discipline,
                 LocalDate round, Integer milestone, BadgeRules.Note note, LocalDate blockedUntil) {
        List<BadgeRules.Discipline> ds = new ArrayList<>();
        if (discipline != null) {
            String[] p = discipline.split(":");
            ds.add(new BadgeRules.Discipline(BadgeRules.DisciplineForm.valueOf(p[0]), LocalDate.parse(p[1])));
        }
        Set<Integer> aw = new HashSet<>();
        if (awarded != null) {
            for (int m : BadgeRules.MILESTONES) {
                if (m <= awarded) {
                    aw.add(m);
                }
            }
        }
        Optional<BadgeRules.Due> due = BadgeRules.evaluate(new BadgeRules.Candidate(1, status, admitted, List.of(), aw, ill,
                Optional.ofNullable(died), ds), round, defaultHolds());
        assertEquals(Optional.ofNullable(milestone), due.map(BadgeRules.Due::milestone));
        assertEquals(Optional.ofNullable(note), due.map(BadgeRules.Due::note));
        assertEquals(Optional.ofNullable(blockedUntil), due.flatMap(BadgeRules.Due::blockedUntil));
    }

    /// Hold periods are the rule set's data (domain.md §5.2): a province reading 6 / 9 / 12 months for reprimand /
    /// warning / removal from post is entered as data, and a form the data does not name does not hold.
    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # reprimand, warning, dismissal, discipline,             blocked until
            0,           6,       12,        WARNING:2025-11-03,     2026-05-03
            6,           9,       12,        WARNING:2025-11-03,     2026-08-03
            6,           9,       12,        REPRIMAND:2025-11-03,   2026-05-03
            6,           9,       12,        REPRIMAND:2025-05-03,   -
            0,           6,       12,        REPRIMAND:2026-01-03,   -
            -,           -,       24,        DISMISSAL:2025-01-03,   2027-01-03
            """)
    void holdsAreRuleSetData(Integer reprimand, Integer warning, Integer dismissal, String discipline, LocalDate blockedUntil) {
        Map<BadgeRules.DisciplineForm, Integer> m = new HashMap<>();
        if (reprimand != null) {
            m.put(BadgeRules.DisciplineForm.REPRIMAND, reprimand);
        }
        if (warning != null) {
            m.put(BadgeRules.DisciplineForm.WARNING, warning);
        }
        m.put(BadgeRules.DisciplineForm.DISMISSAL, dismissal);
        String[] p = discipline.split(":");
        List<BadgeRules.Discipline> ds = List.of(new BadgeRules.Discipline(BadgeRules.DisciplineForm.valueOf(p[0]),
                LocalDate.parse(p[1])));
        Optional<BadgeRules.Due> due = BadgeRules.evaluate(new BadgeRules.Candidate(1, MemberStatus.OFFICIAL,
                LocalDate.of(1996, 1, 15), List.of(), Set.of(), false, Optional.empty(), ds), LocalDate.of(2026, 2, 3),
                BadgeRules.Holds.of(m));
        assertEquals(Optional.ofNullable(blockedUntil), due.orElseThrow().blockedUntil());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-02-03, 2025-11-07
            2026-05-19, 2026-02-03
            2026-11-07, 2026-09-02
            """)
    void previousRound(LocalDate round, LocalDate expected) {
        assertEquals(expected, BadgeRules.previousRound(round));
    }
}
