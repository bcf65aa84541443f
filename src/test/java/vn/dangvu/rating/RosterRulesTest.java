package vn.dangvu.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.party.CellType;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;
import vn.dangvu.units.PartyUnit;

class RosterRulesTest {

    private static final long ROOT = 1;
    private static final long CELL_A = 2;
    private static final long CELL_B = 3;
    private static final LocalDate RATING = LocalDate.of(2026, 12, 15);

    private static MemberFacts member(MemberStatus now, Long unit, LocalDate admitted, MemberFacts.Change... later) {
        return new MemberFacts(9, "Nguyễn Văn An", Optional.empty(), "", unit, now, Optional.ofNullable(admitted), List.of(later));
    }

    private static MemberFacts.Change change(String date, MemberStatus before, MemberStatus after, Long from, Long to) {
        return new MemberFacts.Change(LocalDate.parse(date), Optional.ofNullable(before), after, Optional.ofNullable(from),
                Optional.ofNullable(to));
    }

    /// HD 43-HD/BTCTW: a member is reviewed in the cell where they attend meetings; one who moved between cells in the
    /// year is rated where they attend on the rating date (issue 11).
    @ParameterizedTest
    @CsvSource(textBlock = """
            # moved from A to B on, rating date, rated in
            2026-12-10,             2026-12-15,  3
            2026-12-15,             2026-12-15,  3
            2026-12-16,             2026-12-15,  2
            2026-03-01,             2026-12-15,  3
            """)
    void memberMovedBetweenCellsIsRatedWhereTheyAttendOnTheRatingDate(String moved, LocalDate rating, long cell) {
        MemberFacts f = member(MemberStatus.OFFICIAL, CELL_B, LocalDate.of(2001, 5, 5),
                change(moved, MemberStatus.OFFICIAL, MemberStatus.OFFICIAL, CELL_A, CELL_B));
        assertEquals(cell, RosterRules.forYear(f, rating, 2026).orElseThrow().placement().cellId());
    }

    /// Q124-QĐ/TW art. 5 §2 (kept by Q366/HD43, domain.md §6.2): not rated are members exempt from work and meetings,
    /// suspended, and admitted less than 6 months before the rating; Q132 exempted only the first.
    @ParameterizedTest
    @CsvSource(textBlock = """
            # rule set, status at the rating, admitted,   not rated because
            Q366,       OFFICIAL,             2001-05-05, ,
            Q366,       EXEMPT_WORK_MEETINGS, 1975-01-01, EXEMPT_WORK_MEETINGS
            Q366,       SUSPENDED,            1990-01-01, SUSPENDED
            Q366,       TEMPORARILY_AWAY,     1990-01-01, ,
            # admitted 5 months 29 days before the rating (16/6 + 6 months = 16/12, after 15/12)
            Q366,       PROBATIONARY,         2026-06-16, ADMITTED_LT_6_MONTHS
            # exactly 6 months before it
            Q366,       PROBATIONARY,         2026-06-15, ,
            Q124,       SUSPENDED,            1990-01-01, SUSPENDED
            Q124,       PROBATIONARY,         2026-07-01, ADMITTED_LT_6_MONTHS
            # Q132 rated suspended and newly admitted members
            Q132,       SUSPENDED,            1990-01-01, ,
            Q132,       PROBATIONARY,         2026-07-01, ,
            Q132,       EXEMPT_WORK_MEETINGS, 1975-01-01, EXEMPT_WORK_MEETINGS
            """)
    void whoIsNotRated(String rs, MemberStatus status, LocalDate admitted, ExemptionReason reason) {
        MemberFacts f = member(status, CELL_A, admitted);
        RosterRules.YearPlacement p = RosterRules.forYear(f, RATING, 2026).orElseThrow();
        assertEquals(Optional.ofNullable(reason), RosterRules.exemption(TestRuleSets.byCode(rs), p, f.admitted(), RATING));
    }

    /// A member admitted after the rating date but in the year is listed (not rated), never dropped; one who left
    /// before the rating is not in it.
    @Test
    void admittedAfterTheRatingDateIsListedAsNotRated() {
        MemberFacts admitted = member(MemberStatus.PROBATIONARY, CELL_A, LocalDate.of(2026, 12, 20),
                change("2026-12-20", null, MemberStatus.PROBATIONARY, null, CELL_A));
        RosterRules.YearPlacement p = RosterRules.forYear(admitted, RATING, 2026).orElseThrow();
        assertEquals(new RosterRules.Placement(MemberStatus.PROBATIONARY, CELL_A), p.placement());
        assertEquals(Optional.of(ExemptionReason.ADMITTED_LT_6_MONTHS),
                RosterRules.exemption(TestRuleSets.Q366, p, admitted.admitted(), RATING));

        MemberFacts left = member(MemberStatus.TRANSFERRED_OUT, CELL_A, LocalDate.of(2001, 1, 1));
        assertEquals(Optional.empty(), RosterRules.forYear(left, RATING, 2026));
        MemberFacts leftAfter = member(MemberStatus.DECEASED, CELL_A, LocalDate.of(1970, 1, 1),
                change("2026-12-20", MemberStatus.OFFICIAL, MemberStatus.DECEASED, CELL_A, CELL_A));
        assertEquals(new RosterRules.YearPlacement(new RosterRules.Placement(MemberStatus.OFFICIAL, CELL_A), true),
                RosterRules.forYear(leftAfter, RATING, 2026).orElseThrow());
        // a member with no events, admitted after the year, is not in it
        assertEquals(Optional.empty(), RosterRules.forYear(member(MemberStatus.PROBATIONARY, CELL_A, LocalDate.of(2027, 1, 5)),
                RATING, 2026));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # established, not rated because (rule set Q366, rating 15/12/2026)
            2026-06-16,    NEW_UNIT
            2026-06-15,    ,
            1990-01-01,    ,
            """)
    void newOrganisationsAreNotRated(LocalDate established, ExemptionReason reason) {
        PartyUnit u = unit(CELL_A, ROOT, UnitKind.SUBORDINATE_CELL, established);
        assertEquals(Optional.ofNullable(reason), RosterRules.exemption(TestRuleSets.Q366, u, RATING));
    }

    /// The quota counts in each grassroots organisation (HD 21-HD/BTCTW): the cells under the commune committee with
    /// the commune, a đảng bộ cơ sở with its cells, a chi bộ cơ sở alone.
    @Test
    void quotaGroups() {
        Map<Long, PartyUnit> units = Map.of(
                ROOT, new PartyUnit(ROOT, Optional.empty(), UnitKind.COMMUNE_COMMITTEE, Optional.empty(), "Đảng bộ xã",
                        Optional.empty(), Optional.empty(), Optional.empty(), 0),
                CELL_A, unit(CELL_A, ROOT, UnitKind.SUBORDINATE_CELL, null),
                10L, unit(10, ROOT, UnitKind.GRASSROOTS_COMMITTEE, null),
                11L, unit(11, 10, UnitKind.SUBORDINATE_CELL, null),
                12L, unit(12, 10, UnitKind.SUB_COMMITTEE, null),
                13L, unit(13, 12, UnitKind.SUBORDINATE_CELL, null),
                20L, unit(20, ROOT, UnitKind.GRASSROOTS_CELL, null),
                21L, unit(21, 20, UnitKind.PARTY_GROUP, null));
        assertEquals(List.of(ROOT, ROOT, 10L, 10L, 10L, 20L, 20L),
                List.of(ROOT, CELL_A, 11L, 12L, 13L, 20L, 21L).stream().map(u -> RosterRules.quotaGroup(u, units)).toList());
        assertEquals(List.of(10L, 11L, 12L, 13L), RosterRules.subtree(10, units).stream().sorted().toList());
    }

    private static PartyUnit unit(long id, long parent, UnitKind kind, LocalDate established) {
        return new PartyUnit(id, Optional.of(parent), kind, Optional.of(CellType.HAMLET), "Đơn vị " + id,
                Optional.ofNullable(established), Optional.empty(), Optional.empty(), 0);
    }
}
