package vn.dangvu.units;

/// A member on the roll of a unit's subtree, as offered when choosing a leader.
public record UnitMemberRef(long id, String fullName, String unitName) {
}
