package vn.dangvu.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The candidates for commendation (pure): only those decided HTXSNV (domain.md §16 rule 12), with the years in a
/// row they were HTXSNV, counted back from the year through the stored history.
final class CandidateRules {

    /// How many earlier years the streak is counted over (5 in a row is the usual threshold; 10 is room).
    static final int HISTORY = 10;

    private CandidateRules() {
    }

    /// `memberHistory` and `unitHistory`: decided levels of the earlier years, by subject id and year.
    static Candidates of(Roster r, Map<Long, Map<Integer, Level>> memberHistory, Map<Long, Map<Integer, Level>> unitHistory) {
        int year = r.year().year();
        List<Candidate> members = new ArrayList<>();
        for (RosterMember m : r.members()) {
            Optional<Evaluation> e = m.stored();
            if (m.rated() && e.flatMap(Evaluation::level).equals(Optional.of(Level.EXCELLENT))) {
                members.add(new Candidate(Subject.member(m.memberId()), m.fullName(), m.cellId(), r.units().get(m.cellId()).name(),
                        e.get().decision().score(), streak(memberHistory.getOrDefault(m.memberId(), Map.of()), year)));
            }
        }
        List<Candidate> units = new ArrayList<>();
        for (RosterUnit u : r.organisations()) {
            Optional<Evaluation> e = u.stored();
            if (u.rated() && e.flatMap(Evaluation::level).equals(Optional.of(Level.EXCELLENT))) {
                units.add(new Candidate(Subject.unit(u.unit().id()), u.unit().name(), u.unit().id(), u.unit().name(),
                        e.get().decision().score(), streak(unitHistory.getOrDefault(u.unit().id(), Map.of()), year)));
            }
        }
        return new Candidates(year, members, units);
    }

    /// This year and the earlier ones without a gap, all HTXSNV.
    static int streak(Map<Integer, Level> earlier, int year) {
        int n = 1;
        while (earlier.get(year - n) == Level.EXCELLENT) {
            n++;
        }
        return n;
    }
}
