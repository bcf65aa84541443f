package vn.dangvu.rating;

import java.util.List;
import java.util.Map;

import vn.dangvu.units.PartyUnit;

/// Everything the rating screen shows for a year: the year, the organisations (tree order) and the members (name
/// order) with their facts, the quota scopes with their justifications, and the units by id.
public record Roster(RatingYear year, List<RosterUnit> organisations, List<RosterMember> members, List<QuotaScope> scopes,
                     Map<Long, PartyUnit> units) {

    /// A quota scope: a grassroots organisation's members (the root: the commune with its chi bộ trực thuộc) or the
    /// commune's organisations; the justification written when it went over.
    public record QuotaScope(long scopeId, String name, Subject.Kind kind, String justification) {
    }

    public Roster {
        organisations = List.copyOf(organisations);
        members = List.copyOf(members);
        scopes = List.copyOf(scopes);
        units = Map.copyOf(units);
    }
}
