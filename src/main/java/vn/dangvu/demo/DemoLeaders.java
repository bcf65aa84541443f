package vn.dangvu.demo;

import static vn.dangvu.demo.DemoCommune.AS_OF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import vn.dangvu.members.MemberStatus;
import vn.dangvu.units.CellType;
import vn.dangvu.units.UnitKind;

/// Chooses the leadership: a secretary per cell, a deputy from 3 full members, a cell committee (chi ủy) from 9
/// (domain.md rule 21), the previous term's secretary, and the commune committee's standing office.
final class DemoLeaders {

    /// `unit` is an index into the commune plan, or [#ROOT].
    record Assignment(int unit, DemoMember member, String role, LocalDate from, LocalDate to, String term) {
    }

    static final int ROOT = -1;
    static final String SECRETARY = "SECRETARY";
    static final String DEPUTY = "DEPUTY_SECRETARY";
    static final String CELL_COMMITTEE = "CELL_COMMITTEE_MEMBER";
    static final String STANDING = "STANDING_MEMBER";

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
        String term = unit.kind() == UnitKind.GRASSROOTS_COMMITTEE ? "Nhiệm kỳ 2025–2030" : "Nhiệm kỳ 2025–2027";
        int full = 0;
        for (DemoMember m : pool) {
            if (m.onRollAt(AS_OF) && m.fullAt(AS_OF)) {
                full++;
            }
        }
        List<DemoMember> picked = new ArrayList<>();
        DemoMember secretary = pick(pool, picked, congress, m -> eligible(m, congress, 30, 62), r);
        if (secretary == null) {
            return;
        }
        all.add(new Assignment(u, secretary, SECRETARY, congress, null, term));
        if (full >= 3) {
            add(u, pick(pool, picked, congress, m -> eligible(m, congress, 28, 62), r), DEPUTY, congress, term);
        }
        if (full >= 9 && unit.isCell()) {
            int committee = full >= 30 ? 3 : full >= 15 ? 2 : 1;
            for (int i = 0; i < committee; i++) {
                add(u, pick(pool, picked, congress, m -> eligible(m, congress, 25, 65), r), CELL_COMMITTEE, congress, term);
            }
        }
        LocalDate previous = congress.minusYears(3).minusDays(r.nextInt(30));
        if (unit.established().isBefore(previous)) {
            DemoMember before = r.nextBoolean() && secretary.full.isBefore(previous) ? secretary
                    : pick(pool, new ArrayList<>(picked), previous, m -> eligible(m, previous, 30, 62), r);
            if (before != null) {
                all.add(new Assignment(u, before, SECRETARY, previous, congress.minusDays(1), "Nhiệm kỳ 2022–2025"));
            }
        }
    }

    private void root(List<DemoMember> pool, SplittableRandom r) {
        LocalDate congress = LocalDate.of(2025, 9, 12);
        String term = "Nhiệm kỳ 2025–2030";
        List<DemoMember> picked = new ArrayList<>();
        DemoMember secretary = pick(pool, picked, congress, m -> eligible(m, congress, 40, 58), r);
        if (secretary == null) {
            return;
        }
        all.add(new Assignment(ROOT, secretary, SECRETARY, congress, null, term));
        for (int i = 0; i < 2; i++) {
            add(ROOT, pick(pool, picked, congress, m -> eligible(m, congress, 35, 58), r), DEPUTY, congress, term);
        }
        for (int i = 0; i < 3; i++) {
            add(ROOT, pick(pool, picked, congress, m -> eligible(m, congress, 30, 60), r), STANDING, congress, term);
        }
    }

    private void add(int u, DemoMember m, String role, LocalDate from, String term) {
        if (m != null) {
            all.add(new Assignment(u, m, role, from, null, term));
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
