package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.party.MemberStatus;

class BadgeRulesTest {

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
            # posthumous when death came after the milestone; nothing when before
            DECEASED,       1990-01-01, -,       false, 2025-06-01, -,                  2026-02-03, 30,        POSTHUMOUS, -
            DECEASED,       1996-01-01, -,       false, 2025-06-01, -,                  2026-02-03, -,         -,          -
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
                Optional.ofNullable(died), ds), round);
        assertEquals(Optional.ofNullable(milestone), due.map(BadgeRules.Due::milestone));
        assertEquals(Optional.ofNullable(note), due.map(BadgeRules.Due::note));
        assertEquals(Optional.ofNullable(blockedUntil), due.flatMap(BadgeRules.Due::blockedUntil));
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
