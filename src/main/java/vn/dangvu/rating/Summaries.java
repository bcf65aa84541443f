package vn.dangvu.rating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import vn.dangvu.party.UnitKind;
import vn.dangvu.units.PartyUnit;

/// Builds the summary (pure): from a year's roster while it is open (every member on the rating date, decided or
/// not), or from the stored evaluations counted by one query once it is closed.
final class Summaries {

    private Summaries() {
    }

    /// From the roster: members by cell, organisations' own levels.
    static Summary of(Roster r) {
        Map<Long, SummaryLine> cells = cellLines(r.organisations().stream().map(RosterUnit::unit).toList(), r.organisations());
        for (RosterMember m : r.members()) {
            cells.computeIfPresent(m.cellId(), (k, line) -> line.plus(m.level(), !m.rated(), 1));
        }
        LevelCounts units = LevelCounts.ZERO;
        int notRated = 0;
        int pending = 0;
        for (RosterUnit u : r.organisations()) {
            if (u.unit().parentId().isEmpty()) {
                continue;
            }
            if (!u.rated()) {
                notRated++;
            } else if (u.level().isEmpty()) {
                pending++;
            } else {
                units = units.add(u.level(), 1);
            }
        }
        return finish(r.year(), r.units(), cells, r.scopes().stream().filter(s -> s.kind() == Subject.Kind.MEMBER)
                .map(Roster.QuotaScope::scopeId).toList(), units, notRated, pending);
    }

    /// From the stored evaluations of a closed year: `aggregate` counts members by cell, level and exemption;
    /// `unitEvaluations` are the organisations'. Cells listed are those with members counted or a rating of their own.
    static Summary of(RatingYear y, List<PartyUnit> all, List<RatingRepository.Aggregate> aggregate,
                      List<Evaluation> unitEvaluations) {
        Map<Long, PartyUnit> units = new LinkedHashMap<>();
        Map<Long, Integer> depth = new HashMap<>();
        RosterBuilder.treeOrder(all, units, depth);
        Map<Long, Evaluation> byUnit = new HashMap<>();
        unitEvaluations.forEach(e -> byUnit.put(e.subject().id(), e));
        Set<Long> counted = new HashSet<>();
        aggregate.forEach(a -> counted.add(a.cellId()));
        List<RosterUnit> shown = new ArrayList<>();
        for (PartyUnit u : units.values()) {
            Evaluation e = byUnit.get(u.id());
            if (e != null || counted.contains(u.id())) {
                shown.add(new RosterUnit(u, depth.getOrDefault(u.id(), 0), u.parentId().orElse(u.id()),
                        e == null ? Optional.empty() : e.exemption(), Optional.ofNullable(e), Set.of(), false, List.of()));
            }
        }
        Map<Long, SummaryLine> cells = cellLines(shown.stream().map(RosterUnit::unit).toList(), shown);
        for (RatingRepository.Aggregate a : aggregate) {
            cells.computeIfPresent(a.cellId(), (k, line) -> line.plus(a.level(), a.exemption().isPresent(), a.count()));
        }
        LevelCounts levels = LevelCounts.ZERO;
        int notRated = 0;
        int pending = 0;
        for (Evaluation e : unitEvaluations) {
            PartyUnit u = units.get(e.subject().id());
            if (u == null || u.parentId().isEmpty()) {
                continue;
            }
            if (e.exemption().isPresent()) {
                notRated++;
            } else if (e.level().isEmpty()) {
                pending++;
            } else {
                levels = levels.add(e.level(), 1);
            }
        }
        List<Long> groups = units.values().stream().filter(u -> u.parentId().isEmpty()
                || u.kind() == UnitKind.GRASSROOTS_COMMITTEE || u.kind() == UnitKind.GRASSROOTS_CELL).map(PartyUnit::id).toList();
        return finish(y, units, cells, groups, levels, notRated, pending);
    }

    /// A line per cell (a unit that holds members), with the cell's own decided level.
    private static Map<Long, SummaryLine> cellLines(List<PartyUnit> order, List<RosterUnit> rated) {
        Map<Long, RosterUnit> byId = new HashMap<>();
        rated.forEach(u -> byId.put(u.unit().id(), u));
        Map<Long, SummaryLine> out = new LinkedHashMap<>();
        for (PartyUnit u : order) {
            if (u.kind().isCell()) {
                RosterUnit ru = byId.get(u.id());
                out.put(u.id(), new SummaryLine(u.id(), u.name(), ru == null ? 0 : ru.depth(), LevelCounts.ZERO, 0, 0,
                        ru == null ? Optional.empty() : ru.level(), OptionalInt.empty()));
            }
        }
        return out;
    }

    private static Summary finish(RatingYear y, Map<Long, PartyUnit> units, Map<Long, SummaryLine> cells, List<Long> groupIds,
                                  LevelCounts unitLevels, int unitsNotRated, int unitsPending) {
        Map<Long, SummaryLine> groups = new LinkedHashMap<>();
        for (long g : groupIds) {
            PartyUnit u = units.get(g);
            groups.put(g, new SummaryLine(g, u == null ? "" : u.name(), 0, LevelCounts.ZERO, 0, 0, Optional.empty(), OptionalInt.empty()));
        }
        SummaryLine commune = new SummaryLine(0, "", 0, LevelCounts.ZERO, 0, 0, Optional.empty(), OptionalInt.empty());
        for (SummaryLine c : cells.values()) {
            long g = RosterRules.quotaGroup(c.unitId(), units);
            groups.computeIfPresent(g, (k, line) -> line.plus(c));
            commune = commune.plus(c);
        }
        List<SummaryLine> organisations = groups.values().stream()
                .map(l -> l.withAllowed(QuotaRules.allowed(y.ruleSet(), l.levels()))).toList();
        return new Summary(y.year(), y.ruleSet(), List.copyOf(cells.values()), organisations, commune, unitLevels, unitsNotRated,
                unitsPending);
    }
}
