package vn.dangvu.registrations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.party.MemberStatus;

/// The members of one working year ([YearRoll]) in name order, by id, counted on `asOf`.
final class Roster {

    private final int year;
    private final LocalDate asOf;
    private final Map<Long, YearRoll.Member> members;

    private Roster(int year, LocalDate asOf, Map<Long, YearRoll.Member> members) {
        this.year = year;
        this.asOf = asOf;
        this.members = members;
    }

    static Roster of(List<YearRoll.Facts> facts, int year, LocalDate asOf) {
        Map<Long, YearRoll.Member> in = new LinkedHashMap<>();
        for (YearRoll.Facts f : facts) {
            YearRoll.member(f, year, asOf).ifPresent(m -> in.put(f.memberId(), m));
        }
        return new Roster(year, asOf, Collections.unmodifiableMap(in));
    }

    int year() {
        return year;
    }

    LocalDate asOf() {
        return asOf;
    }

    Optional<YearRoll.Member> member(long id) {
        return Optional.ofNullable(members.get(id));
    }

    List<YearRoll.Member> all() {
        return new ArrayList<>(members.values());
    }

    /// Where a member without a registration stands: left during the year, excused (exempt, away) or missing.
    static Standing unregistered(YearRoll.Member m) {
        if (!m.onRollAsOf()) {
            return Standing.LEFT;
        }
        if (m.status() == MemberStatus.EXEMPT_WORK_MEETINGS) {
            return Standing.EXEMPT;
        }
        return m.status() == MemberStatus.TEMPORARILY_AWAY ? Standing.AWAY : Standing.MISSING;
    }

    /// Where a registered member stands ([Standing#of]).
    static Standing registered(RegistrationStatus status, Tally t) {
        return Standing.of(status, t);
    }
}
