package vn.dangvu.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.party.UnitKind;

/// Warnings a secretary needs about the unit tree (domain.md §3.1, §14.3 rule 1): a cell needs at least
/// 3 full members; a cell with 9 or more full members elects a chi ủy; a secretary's term can run out.
public final class UnitRules {

    public static final int MIN_FULL_MEMBERS = 3;
    public static final int COMMITTEE_FROM_FULL_MEMBERS = 9;

    private UnitRules() {
    }

    /// Leadership roles as stored in leadership_assignment.leader_role.
    public enum LeaderRole {
        SECRETARY, DEPUTY_SECRETARY, CELL_COMMITTEE_MEMBER, STANDING_MEMBER;

        /// The i18n key is "unit.leaderRole.<NAME>".
        public String i18nKey() {
            return "unit.leaderRole." + name();
        }
    }

    /// Where a unit of a kind may sit (domain.md §3.2): the commune committee is the root; a đảng bộ cơ sở and a
    /// chi bộ cơ sở sit under it; a đảng bộ bộ phận under a đảng bộ cơ sở; a chi bộ (either kind) under the
    /// commune, a đảng bộ cơ sở or a đảng bộ bộ phận; a tổ đảng only under a chi bộ.
    public static boolean allowedUnder(UnitKind child, Optional<UnitKind> parent) {
        if (parent.isEmpty()) {
            return child == UnitKind.COMMUNE_COMMITTEE;
        }
        UnitKind p = parent.get();
        return switch (child) {
            case COMMUNE_COMMITTEE -> false;
            case GRASSROOTS_COMMITTEE -> p == UnitKind.COMMUNE_COMMITTEE;
            case SUB_COMMITTEE -> p == UnitKind.GRASSROOTS_COMMITTEE;
            case GRASSROOTS_CELL -> p == UnitKind.COMMUNE_COMMITTEE || p == UnitKind.GRASSROOTS_COMMITTEE;
            case SUBORDINATE_CELL -> p == UnitKind.COMMUNE_COMMITTEE || p == UnitKind.GRASSROOTS_COMMITTEE
                    || p == UnitKind.SUB_COMMITTEE;
            case PARTY_GROUP -> p.isCell();
        };
    }

    /// True when putting unit under newParent would make a cycle: newParent is the unit itself or one of its
    /// descendants. parentOf maps unit id to parent id (roots absent). Bad data that already loops counts as a cycle.
    public static boolean wouldCycle(long unit, long newParent, Map<Long, Long> parentOf) {
        Long cur = newParent;
        int guard = 0;
        while (cur != null) {
            if (cur == unit || guard++ > parentOf.size()) {
                return true;
            }
            cur = parentOf.get(cur);
        }
        return false;
    }

    public record Leader(String name, LeaderRole role, LocalDate from, Optional<LocalDate> to, Optional<LocalDate> termEnd) {

        boolean activeOn(LocalDate d) {
            return !from.isAfter(d) && to.map(t -> !t.isBefore(d)).orElse(true);
        }
    }

    public record Facts(long unitId, String unitName, UnitKind kind, boolean active, int fullMembers, List<Leader> leaders) {
    }

    /// A warning: the unit and an i18n key with its arguments.
    public record Warning(long unitId, String unitName, String key, List<Object> args) {
    }

    public static List<Warning> warnings(Facts f, LocalDate today) {
        List<Warning> out = new ArrayList<>();
        if (!f.active() || !f.kind().isCell()) {
            return out;
        }
        if (f.fullMembers() < MIN_FULL_MEMBERS) {
            out.add(new Warning(f.unitId(), f.unitName(), "unit.warning.fewMembers", List.of(f.fullMembers(), MIN_FULL_MEMBERS)));
        }
        List<Leader> active = f.leaders().stream().filter(l -> l.activeOn(today)).toList();
        boolean hasCommittee = active.stream().anyMatch(l -> l.role() == LeaderRole.CELL_COMMITTEE_MEMBER);
        if (f.fullMembers() >= COMMITTEE_FROM_FULL_MEMBERS && !hasCommittee) {
            out.add(new Warning(f.unitId(), f.unitName(), "unit.warning.noCommittee", List.of(f.fullMembers())));
        }
        if (active.stream().noneMatch(l -> l.role() == LeaderRole.SECRETARY)) {
            out.add(new Warning(f.unitId(), f.unitName(), "unit.warning.noSecretary", List.of()));
        }
        for (Leader l : active) {
            if (l.role() == LeaderRole.SECRETARY && l.termEnd().map(e -> e.isBefore(today)).orElse(false)) {
                out.add(new Warning(f.unitId(), f.unitName(), "unit.warning.secretaryTermEnded", List.of(l.name(), l.termEnd().get())));
            }
        }
        return out;
    }
}
