package vn.dangvu.registrations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.units.PartyUnit;

/// Who stands where in a year's registrations and how far each cell got: pure functions over what the repositories
/// read (the members' facts, each registration's counts, the units).
final class CoverageRules {

    private CoverageRules() {
    }

    /// Every member of the year with where they stand, in name order. A member is counted in the cell they were in on
    /// `asOf` (or when they left); registrations of members the roll does not hold (a file edited elsewhere) come
    /// last, in their registration's cell.
    static List<CellMember> members(List<YearRoll.Facts> facts, int year, LocalDate asOf,
                                    List<RegistrationRepository.Counted> registrations) {
        Roster r = Roster.of(facts, year, asOf);
        Map<Long, RegistrationRepository.Counted> counted = new HashMap<>();
        registrations.forEach(c -> counted.put(c.memberId(), c));
        List<CellMember> out = new ArrayList<>();
        for (YearRoll.Member m : r.all()) {
            RegistrationRepository.Counted c = counted.remove(m.facts().memberId());
            out.add(line(m.facts(), m.cellId(), c == null ? Roster.unregistered(m) : Roster.registered(c.status(), c.tally()), c));
        }
        if (!counted.isEmpty()) {
            for (YearRoll.Facts f : facts) {
                RegistrationRepository.Counted c = counted.get(f.memberId());
                if (c != null) {
                    out.add(line(f, c.unitId(), Roster.registered(c.status(), c.tally()), c));
                }
            }
        }
        return out;
    }

    private static CellMember line(YearRoll.Facts f, long cell, Standing s, RegistrationRepository.Counted c) {
        return new CellMember(f.memberId(), f.fullName(), f.birthDate(), f.cardNumber(), new MemberResult(f.memberId(), cell, s,
                c == null ? Optional.empty() : Optional.of(c.status()), c == null ? Tally.NONE : c.tally()));
    }

    /// The members of one cell: those on the roll (and the excused), then those who left during the year.
    static List<CellMember> ofCell(List<CellMember> members, long unitId) {
        List<CellMember> all = members.stream().filter(m -> m.result().unitId() == unitId).toList();
        List<CellMember> out = new ArrayList<>(all.stream().filter(m -> m.result().standing() != Standing.LEFT).toList());
        out.addAll(all.stream().filter(m -> m.result().standing() == Standing.LEFT).toList());
        return out;
    }

    /// Coverage per unit in the order of `units`: every cell not dissolved before the year, and any other unit that
    /// holds members of the year or registered itself. "Members" counts those on the roll on `asOf` and those who left
    /// during the year after registering, so registered never exceeds members.
    static Coverage coverage(int year, LocalDate asOf, List<PartyUnit> units, List<CellMember> members,
                             List<CollectiveRepository.Counted> collective) {
        Map<Long, PartyUnit> byId = new HashMap<>();
        Map<Long, CellCoverage> byUnit = new LinkedHashMap<>();
        for (PartyUnit u : units) {
            byId.put(u.id(), u);
            if (u.kind().isCell() && !u.dissolvedDate().map(d -> d.getYear() < year).orElse(false)) {
                byUnit.put(u.id(), empty(u));
            }
        }
        for (CellMember m : members) {
            MemberResult r = m.result();
            Standing s = r.standing();
            CellCoverage c = byUnit.computeIfAbsent(r.unitId(), id -> empty(byId.get(id)));
            byUnit.put(r.unitId(), c.plus(new CellCoverage(0, c.name(), s == Standing.LEFT ? 0 : 1, s.registered() ? 1 : 0,
                    s == Standing.MISSING ? 1 : 0, s == Standing.EXEMPT || s == Standing.AWAY ? 1 : 0, r.tally(), true, 0)));
        }
        for (CollectiveRepository.Counted c : collective) {
            CellCoverage cc = byUnit.computeIfAbsent(c.unitId(), id -> empty(byId.get(id)));
            byUnit.put(c.unitId(), new CellCoverage(cc.unitId(), cc.name(), cc.members(), cc.registered(), cc.missing(),
                    cc.excused(), cc.items(), true, c.tally().items()));
        }
        List<CellCoverage> list = new ArrayList<>();
        for (PartyUnit u : units) {
            Optional.ofNullable(byUnit.remove(u.id())).ifPresent(list::add);
        }
        list.addAll(byUnit.values());
        CellCoverage total = new CellCoverage(0, "", 0, 0, 0, 0, Tally.NONE, true, 0);
        for (CellCoverage c : list) {
            total = total.plus(c);
        }
        return new Coverage(year, asOf, List.copyOf(list), total);
    }

    private static CellCoverage empty(PartyUnit u) {
        return new CellCoverage(u == null ? 0 : u.id(), u == null ? "" : u.name(), 0, 0, 0, 0, Tally.NONE, false, 0);
    }
}
