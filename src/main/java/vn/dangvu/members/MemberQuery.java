package vn.dangvu.members;

import java.util.Optional;

/// A member list query: accent-free word-prefix search, an optional unit and optional filters.
public record MemberQuery(String search, Optional<Long> unitId, MemberFilter filter) {

    public MemberQuery {
        filter = filter == null ? MemberFilter.none() : filter;
    }

    public MemberQuery(String search, Optional<Long> unitId) {
        this(search, unitId, MemberFilter.none());
    }

    public static MemberQuery all() {
        return new MemberQuery("", Optional.empty());
    }
}
