package vn.dangvu.rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.party.UnitKind;
import vn.dangvu.units.PartyUnit;

/// Puts a year's roster together from what [RatingRepository] read and the other features gave (pure): the
/// organisations in tree order, the members placed by [RosterRules], their stored evaluations, the conditions
/// applied by themselves and the quota scopes. A closed year shows what was stored (the cell, the exemption); an
/// open one is recomputed from the events, and a member with a stored evaluation is never left out.
final class RosterBuilder {

    /// What the roster is built from.
    record Input(RatingYear year, List<PartyUnit> units, List<MemberFacts> members, List<DisciplineFact> disciplines,
                 List<LeaderFact> leaders, List<Evaluation> memberEvaluations, List<Evaluation> unitEvaluations,
                 Map<Long, RegistrationFact> registrations, Map<Long, AttendanceFact> attendance,
                 Map<Long, String> memberJustifications, Map<Long, String> unitJustifications) {
    }

    private RosterBuilder() {
    }

    static Roster build(Input in) {
        RatingYear y = in.year();
        RuleSet rs = y.ruleSet();
        Map<Long, PartyUnit> units = new LinkedHashMap<>();
        Map<Long, Integer> depth = new HashMap<>();
        treeOrder(in.units(), units, depth);
        Map<Long, Evaluation> stored = byId(in.memberEvaluations());
        Map<Long, List<DisciplineFact>> memberDisciplines = new HashMap<>();
        Map<Long, List<DisciplineFact>> unitDisciplines = new HashMap<>();
        for (DisciplineFact d : in.disciplines()) {
            d.memberId().ifPresent(m -> memberDisciplines.computeIfAbsent(m, k -> new ArrayList<>()).add(d));
            d.unitId().ifPresent(u -> unitDisciplines.computeIfAbsent(u, k -> new ArrayList<>()).add(d));
        }
        Map<Long, List<LeaderFact>> posts = new HashMap<>();
        in.leaders().forEach(l -> posts.computeIfAbsent(l.memberId(), k -> new ArrayList<>()).add(l));
        List<RosterMember> members = new ArrayList<>();
        for (MemberFacts f : in.members()) {
            member(in, f, stored.get(f.id()), units, memberDisciplines, posts).ifPresent(members::add);
        }
        List<RosterUnit> organisations = organisations(in, units, depth, members, unitDisciplines, posts);
        List<Roster.QuotaScope> scopes = new ArrayList<>();
        for (PartyUnit u : units.values()) {
            boolean grassroots = u.parentId().isEmpty() || u.kind() == UnitKind.GRASSROOTS_COMMITTEE
                    || u.kind() == UnitKind.GRASSROOTS_CELL;
            if (grassroots && RosterRules.listed(u, y.ratingDate())) {
                scopes.add(new Roster.QuotaScope(u.id(), u.name(), Subject.Kind.MEMBER,
                        in.memberJustifications().getOrDefault(u.id(), "")));
            }
        }
        units.values().stream().filter(u -> u.parentId().isEmpty()).findFirst().ifPresent(root -> scopes.add(
                new Roster.QuotaScope(root.id(), root.name(), Subject.Kind.UNIT, in.unitJustifications().getOrDefault(root.id(), ""))));
        return new Roster(y, organisations, members, scopes, units);
    }

    private static Optional<RosterMember> member(Input in, MemberFacts f, Evaluation e, Map<Long, PartyUnit> units,
                                                 Map<Long, List<DisciplineFact>> disciplines, Map<Long, List<LeaderFact>> posts) {
        RatingYear y = in.year();
        Optional<RosterRules.YearPlacement> p = RosterRules.forYear(f, y.ratingDate(), y.year());
        if (p.isEmpty() && e == null) {
            return Optional.empty();
        }
        boolean useStored = e != null && (!y.writable() || p.isEmpty());
        long cell = useStored ? e.ratedIn() : p.get().placement().cellId();
        if (!units.containsKey(cell)) {
            return Optional.empty();
        }
        Optional<ExemptionReason> exemption = useStored ? e.exemption()
                : RosterRules.exemption(y.ruleSet(), p.get(), f.admitted(), y.ratingDate());
        List<DisciplineFact> own = disciplines.getOrDefault(f.id(), List.of());
        return Optional.of(new RosterMember(f.id(), f.fullName(), f.birthDate(), f.cardNumber(), cell,
                RosterRules.quotaGroup(cell, units), p.map(x -> x.placement().status()).orElse(f.status()), exemption,
                Optional.ofNullable(e), RatingRules.automatic(y.ruleSet(), y.year(), own), own,
                posts.getOrDefault(f.id(), List.of()), Optional.ofNullable(in.registrations().get(f.id())),
                Optional.ofNullable(in.attendance().get(f.id()))));
    }

    private static List<RosterUnit> organisations(Input in, Map<Long, PartyUnit> units, Map<Long, Integer> depth,
                                                  List<RosterMember> members, Map<Long, List<DisciplineFact>> unitDisciplines,
                                                  Map<Long, List<LeaderFact>> posts) {
        RatingYear y = in.year();
        Map<Long, Evaluation> stored = byId(in.unitEvaluations());
        Map<Long, List<DisciplineFact>> byCell = new HashMap<>();
        for (RosterMember m : members) {
            byCell.computeIfAbsent(m.cellId(), k -> new ArrayList<>()).addAll(m.disciplines());
        }
        Map<Long, List<DisciplineFact>> leaderDisciplines = new HashMap<>();
        for (RosterMember m : members) {
            for (LeaderFact l : posts.getOrDefault(m.memberId(), List.of())) {
                leaderDisciplines.computeIfAbsent(l.unitId(), k -> new ArrayList<>()).addAll(m.disciplines());
            }
        }
        List<RosterUnit> out = new ArrayList<>();
        for (PartyUnit u : units.values()) {
            Evaluation e = stored.get(u.id());
            if (!RosterRules.listed(u, y.ratingDate()) && e == null) {
                continue;
            }
            Set<DisciplineFact> inside = new HashSet<>(leaderDisciplines.getOrDefault(u.id(), List.of()));
            for (long sub : RosterRules.subtree(u.id(), units)) {
                inside.addAll(unitDisciplines.getOrDefault(sub, List.of()));
                inside.addAll(byCell.getOrDefault(sub, List.of()));
            }
            List<DisciplineFact> own = unitDisciplines.getOrDefault(u.id(), List.of());
            List<DisciplineFact> shown = inside.stream().sorted(Comparator.comparing(DisciplineFact::date)).toList();
            Optional<ExemptionReason> exemption = e != null && !y.writable() ? e.exemption()
                    : RosterRules.exemption(y.ruleSet(), u, y.ratingDate());
            out.add(new RosterUnit(u, depth.getOrDefault(u.id(), 0), u.parentId().orElse(u.id()), exemption,
                    Optional.ofNullable(e), RatingRules.automatic(y.ruleSet(), y.year(), own),
                    RatingRules.excellentBarred(y.ruleSet(), y.year(), shown), shown));
        }
        return out;
    }

    private static Map<Long, Evaluation> byId(List<Evaluation> list) {
        Map<Long, Evaluation> out = new HashMap<>();
        list.forEach(e -> out.put(e.subject().id(), e));
        return out;
    }

    /// The units from the root down, each followed by the units under it (by sort order, then id).
    static void treeOrder(List<PartyUnit> all, Map<Long, PartyUnit> out, Map<Long, Integer> depth) {
        Map<Long, List<PartyUnit>> children = new HashMap<>();
        List<PartyUnit> roots = new ArrayList<>();
        Comparator<PartyUnit> order = Comparator.comparingInt(PartyUnit::sortOrder).thenComparingLong(PartyUnit::id);
        for (PartyUnit u : all) {
            if (u.parentId().isEmpty()) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId().get(), k -> new ArrayList<>()).add(u);
            }
        }
        roots.sort(order);
        children.values().forEach(l -> l.sort(order));
        for (PartyUnit r : roots) {
            walk(r, 0, children, out, depth);
        }
    }

    private static void walk(PartyUnit u, int d, Map<Long, List<PartyUnit>> children, Map<Long, PartyUnit> out,
                             Map<Long, Integer> depth) {
        out.put(u.id(), u);
        depth.put(u.id(), d);
        for (PartyUnit c : children.getOrDefault(u.id(), List.of())) {
            walk(c, d + 1, children, out, depth);
        }
    }
}
