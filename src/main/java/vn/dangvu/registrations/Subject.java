package vn.dangvu.registrations;

/// Whose registration: a member's (individual, domain.md §7.2) or a cell's (collective, §7.3). `id` is the member's or
/// the unit's id.
public record Subject(Kind kind, long id) {

    public enum Kind { MEMBER, CELL }

    public static Subject member(long memberId) {
        return new Subject(Kind.MEMBER, memberId);
    }

    public static Subject cell(long unitId) {
        return new Subject(Kind.CELL, unitId);
    }

    public boolean isMember() {
        return kind == Kind.MEMBER;
    }
}
