package vn.dangvu.members;

import java.util.Optional;

/// A member list query: accent-free word-prefix search and an optional unit.
public record MemberQuery(String search, Optional<Long> unitId) {

    public static MemberQuery all() {
        return new MemberQuery("", Optional.empty());
    }
}
