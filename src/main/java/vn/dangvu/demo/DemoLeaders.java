package vn.dangvu.demo;

import static vn.dangvu.demo.DemoCommune.AS_OF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import vn.dangvu.party.CellType;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;

/// Chooses the leadership: a secretary per cell, a deputy from 3 full members, a cell committee (chi ủy) from 9
/// (domain.md rule 21), the previous term's secretary, and the commune committee's standing office.
/// Most units held their 2025 congress and serve the 2025–2030 term; a few cells have not held it yet, so their
/// 2020–2025 leaders are still in office past the term's end (the unit tree warns about these secretaries).
final class DemoLeaders {

    /// `unit` is an index into the commune plan, or [#ROOT]; `termEnd` is the last day of the term elected for.
    record Assignment(int unit, DemoMember member, String role, LocalDate from, LocalDate to, String term,
                      LocalDate termEnd) {
    }

    static final int ROOT = -1;
    static final String SECRETARY = "SECRETARY";
    static final String DEPUTY = "DEPUTY_SECRETARY";
    static final String CELL_COMMITTEE = "CELL_COMMITTEE_MEMBER";
    static final String STANDING = "STANDING_MEMBER";
    static final String TERM = "Nhiệm kỳ 2025–2030";
    static final LocalDate TERM_END = LocalDate.of(2030, 9, 30);
    static final String OLD_TERM = "Nhiệm kỳ 2020–2025";
    static final LocalDate OLD_TERM_END = LocalDate.of(2025, 9, 30);
    /// Share of cells whose congress is overdue; the first cell of the plan (a hamlet) always is, so every demo
    /// shows the warning.
    private static final double LATE_CONGRESS = 0.1;

    private final List<Assignment> all = new ArrayList<>();

    List<Assignment> all() {
        return all;
    }

    /// The commune secretary (for the settings), if anyone could be chosen.
    String communeSecretaryName() {
        for (Assignment a : all) {
            if (a.unit() == ROOT && a.role().equals(SECRETARY) && a.to() == null) {
                return a.member().names.fullName();
            }
        }
        return "";
    }

    static DemoLeaders choose(List<DemoCommune.Unit> plan, List<DemoMember> members, SplittableRandom r) {
        List<List<DemoMember>> byUnit = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            byUnit.add(new ArrayList<>());
        }
        for (DemoMember m : members) {
            byUnit.get(m.cell).add(m);
        }
        DemoLeaders l = new DemoLeaders();
        for (int u = 0; u < plan.size(); u++) {
            DemoCommune.Unit unit = plan.get(u);
            List<DemoMember> pool = byUnit.get(u);
            if (unit.kind() == UnitKind.GRASSROOTS_COMMITTEE) {
                pool = new ArrayList<>();
                for (int c = 0; c < plan.size(); c++) {
                    if (plan.get(c).parent() == u) {
                        pool.addAll(byUnit.get(c));
                    }
                }
            }
            l.unit(u, unit, pool, r);
        }
        List<DemoMember> office = new ArrayList<>();
        for (DemoMember m : members) {
            if (plan.get(m.cell).type() == CellType.ADMIN_AGENCY) {
                office.add(m);
            }
        }
        l.root(office.isEmpty() ? members : office, r);
        return l;
    }

    private void unit(int u, DemoCommune.Unit unit, List<DemoMember> pool, SplittableRandom r) {
        LocalDate congress = DemoPeople.max(LocalDate.of(2025, 5, 5 + r.nextInt(20)), unit.established().plusDays(10 + r.nextInt(20)));
        LocalDate previous = congress.minusYears(5).minusDays(r.nextInt(30));
        boolean late = unit.isCell() && unit.established().isBefore(previous) && (u == 0 || r.nextDouble() < LATE_CONGRESS);
        if (late && elect(u, unit, pool, previous, OLD_TERM, OLD_TERM_END, r) != null) {
            return;
        }
        List<DemoMember> picked = new ArrayList<>();
        DemoMember secretary = elect(u, unit, pool, congress, TERM, TERM_END, r);
        if (secretary == null) {
            return;
        }
        if (unit.established().isBefore(previous)) {
            for (Assignment a : all) {
                if (a.unit() == u) {
                    picked.add(a.member());
                }
            }
            DemoMember before = r.nextBoolean() && secretary.full.isBefore(previous) ? secretary
                    : pick(pool, picked, previous, m -> eligible(m, previous, 30, 62), r);
            if (before != null) {
                all.add(new Assignment(u, before, SECRETARY, previous, congress.minusDays(1), OLD_TERM, OLD_TERM_END));
            }
        }
    }

    /// The leaders a unit's congress on `congress` elects, in office from that day; returns the secretary, or null
    /// (and elects no one) when no member could be.
    private DemoMember elect(int u, DemoCommune.Unit unit, List<DemoMember> pool, LocalDate congress, String term,
                             LocalDate termEnd, SplittableRandom r) {
        int full = 0;
        for (DemoMember m : pool) {
            if (m.onRollAt(AS_OF) && m.fullAt(AS_OF)) {
                full++;
            }
        }
        List<DemoMember> picked = new ArrayList<>();
        DemoMember secretary = pick(pool, picked, congress, m -> eligible(m, congress, 30, 62), r);
        if (secretary == null) {
            return null;
        }
        all.add(new Assignment(u, secretary, SECRETARY, congress, null, term, termEnd));
        if (full >= 3) {
            add(u, pick(pool, picked, congress, m -> eligible(m, congress, 28, 62), r), DEPUTY, congress, term, termEnd);
        }
        if (full >= 9 && unit.isCell()) {
            int committee = full >= 30 ? 3 : full >= 15 ? 2 : 1;
            for (int i = 0; i < committee; i++) {
                add(u, pick(pool, picked, congress, m -> eligible(m, congress, 25, 65), r), CELL_COMMITTEE, congress,
                        term, termEnd);
            }
        }
        return secretary;
    }

    private void root(List<DemoMember> pool, SplittableRandom r) {
        LocalDate congress = LocalDate.of(2025, 9, 12);
        List<DemoMember> picked = new ArrayList<>();
        DemoMember secretary = pick(pool, picked, congress, m -> eligible(m, congress, 40, 58), r);
        if (secretary == null) {
            return;
        }
        all.add(new Assignment(ROOT, secretary, SECRETARY, congress, null, TERM, TERM_END));
        for (int i = 0; i < 2; i++) {
            add(ROOT, pick(pool, picked, congress, m -> eligible(m, congress, 35, 58), r), DEPUTY, congress, TERM, TERM_END);
        }
        for (int i = 0; i < 3; i++) {
            add(ROOT, pick(pool, picked, congress, m -> eligible(m, congress, 30, 60), r), STANDING, congress, TERM,
                    TERM_END);
        }
    }

    private void add(int u, DemoMember m, String role, LocalDate from, String term, LocalDate termEnd) {
        if (m != null) {
            all.add(new Assignment(u, m, role, from, null, term, termEnd));
        }
    }

    /// Still on the roll and a full member for a year before the congress, of a plausible age.
    private static boolean eligible(DemoMember m, LocalDate day, int minAge, int maxAge) {
        int age = m.ageAt(day);
        return m.status == MemberStatus.OFFICIAL && m.full.isBefore(day.minusYears(1)) && age >= minAge && age <= maxAge;
    }

    /// A random member of the pool passing the test and not picked yet; relaxes to any full member by that day.
    private static DemoMember pick(List<DemoMember> pool, List<DemoMember> picked, LocalDate day,
                                   Predicate<DemoMember> test, SplittableRandom r) {
        DemoMember m = pickStrict(pool, picked, test, r);
        if (m == null) {
            m = pickStrict(pool, picked, x -> x.status == MemberStatus.OFFICIAL && x.full.isBefore(day), r);
        }
        if (m != null) {
            picked.add(m);
        }
        return m;
    }

    private static DemoMember pickStrict(List<DemoMember> pool, List<DemoMember> picked, Predicate<DemoMember> test,
                                         SplittableRandom r) {
        if (pool.isEmpty()) {
            return null;
        }
        int start = r.nextInt(pool.size());
        for (int i = 0; i < pool.size(); i++) {
            DemoMember m = pool.get((start + i) % pool.size());
            if (!picked.contains(m) && test.test(m)) {
                return m;
            }
        }
        return null;
    }
}
