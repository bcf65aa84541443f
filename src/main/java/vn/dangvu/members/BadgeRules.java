package vn.dangvu.members;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.party.BadgeRound;
import vn.dangvu.party.MemberStatus;

/// Party badge (Huy hiệu Đảng) due list for one presentation round (domain.md §5.2, §5.3):
/// milestones 30…90 years of party age, rounds 3/2, 19/5, 2/9, 7/11; early award for serious illness
/// (12 months for 30–65 years, 24 months for 70–90); held back by discipline for the periods of the rule set in
/// force ([Holds], data: by default 6 months after a warning, 12 after a removal from post); posthumous when the
/// member died after reaching the milestone, or early, up to 12 months before it (HD 01-HD/TW 2021 §18).
public final class BadgeRules {

    public static final List<Integer> MILESTONES = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);

    private BadgeRules() {
    }

    public enum DisciplineForm { REPRIMAND, WARNING, DISMISSAL, EXPULSION }

    public record Discipline(DisciplineForm form, LocalDate decisionDate) {
    }

    /// What the rule needs of a member.
    public record Candidate(long memberId, MemberStatus status, LocalDate admissionDecision,
                            List<PartyAge.Interruption> gaps, Set<Integer> awarded, boolean seriouslyIll,
                            Optional<LocalDate> deathDate, List<Discipline> disciplines) {
    }

    /// How long each discipline form holds the badge back, counted from the decision date (domain.md §5.2; rule-set
    /// data, table badge_discipline_hold). A form absent from the map does not hold; an empty value holds for as long
    /// as the discipline stands.
    public record Holds(Map<DisciplineForm, Optional<Integer>> months) {

        public Holds {
            months = Map.copyOf(months);
        }

        /// The hold of `form`: empty for none, `Optional.of(Optional.empty())` for "while it stands".
        public Optional<Optional<Integer>> of(DisciplineForm form) {
            return Optional.ofNullable(months.get(form));
        }

        /// Builds holds from pairs: a null month count holds while the discipline stands, 0 does not hold.
        public static Holds of(Map<DisciplineForm, Integer> monthsOrNull) {
            Map<DisciplineForm, Optional<Integer>> m = new EnumMap<>(DisciplineForm.class);
            for (DisciplineForm f : DisciplineForm.values()) {
                if (monthsOrNull.containsKey(f)) {
                    Integer v = monthsOrNull.get(f);
                    if (v == null || v > 0) {
                        m.put(f, Optional.ofNullable(v));
                    }
                }
            }
            return new Holds(m);
        }
    }

    /// The longest early posthumous award: 12 months before the milestone (HD 01-HD/TW 2021 §18).
    public static final int POSTHUMOUS_EARLY_MONTHS = 12;

    public enum Note {
        ON_TIME, OVERDUE, EARLY, POSTHUMOUS, POSTHUMOUS_EARLY,
        /// Fell due before this round, but the member's badge history is not on file (imported without it).
        NO_HISTORY;

        public String i18nKey() {
            return "badge.note." + name();
        }
    }

    /// One line of the due list; `blockedUntil` is set when discipline holds the award back.
    public record Due(long memberId, int milestone, LocalDate dueDate, Note note, Optional<LocalDate> blockedUntil) {

        public boolean blocked() {
            return blockedUntil.isPresent();
        }
    }

    /// Whether a date is one of the four rounds.
    public static boolean isRound(LocalDate d) {
        return BadgeRound.isRound(d);
    }

    /// The round before `round` (the window (previous, round] is "on time").
    public static LocalDate previousRound(LocalDate round) {
        LocalDate best = null;
        for (int y = round.getYear() - 1; y <= round.getYear(); y++) {
            for (MonthDay md : BadgeRound.DAYS) {
                LocalDate d = md.atYear(y);
                if (d.isBefore(round) && (best == null || d.isAfter(best))) {
                    best = d;
                }
            }
        }
        return best;
    }

    public static Optional<Due> evaluate(Candidate c, LocalDate round, Holds holds) {
        if (c.status() == MemberStatus.DECEASED) {
            return c.deathDate().flatMap(died -> posthumous(c, died, round));
        }
        if (!(c.status() == MemberStatus.OFFICIAL || c.status() == MemberStatus.EXEMPT_WORK_MEETINGS
                || c.status() == MemberStatus.TEMPORARILY_AWAY)) {
            return Optional.empty();
        }
        Optional<Integer> reached = highestReached(c, round);
        if (reached.isPresent() && !c.awarded().contains(reached.get())) {
            LocalDate due = due(c, reached.get());
            Note note = due.isAfter(previousRound(round)) ? Note.ON_TIME : Note.OVERDUE;
            return Optional.of(new Due(c.memberId(), reached.get(), due, note, blockedUntil(c.disciplines(), round, holds)));
        }
        if (!c.seriouslyIll()) {
            return Optional.empty();
        }
        for (int m : MILESTONES) {
            if (reached.isPresent() && m <= reached.get()) {
                continue;
            }
            LocalDate due = due(c, m);
            int earlyMonths = m <= 65 ? 12 : 24;
            if (!c.awarded().contains(m) && !due.isAfter(round.plusMonths(earlyMonths))) {
                return Optional.of(new Due(c.memberId(), m, due, Note.EARLY, blockedUntil(c.disciplines(), round, holds)));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /// A member who died: the highest milestone reached by the day of death; else the next one, early, when it
    /// would have been reached within 12 months of the death and falls no more than 12 months after the round
    /// (HD 01-HD/TW 2021 §18: "thời gian xét truy tặng sớm không được quá 12 tháng").
    private static Optional<Due> posthumous(Candidate c, LocalDate died, LocalDate round) {
        LocalDate asOf = died.isBefore(round) ? died : round;
        Optional<Integer> reached = highestReached(c, asOf);
        if (reached.isPresent() && !c.awarded().contains(reached.get())) {
            int m = reached.get();
            return Optional.of(new Due(c.memberId(), m, due(c, m), Note.POSTHUMOUS, Optional.empty()));
        }
        for (int m : MILESTONES) {
            if (reached.isPresent() && m <= reached.get()) {
                continue;
            }
            LocalDate due = due(c, m);
            boolean withinOfDeath = !due.isAfter(died.plusMonths(POSTHUMOUS_EARLY_MONTHS));
            boolean withinOfRound = !due.isAfter(round.plusMonths(POSTHUMOUS_EARLY_MONTHS));
            if (!c.awarded().contains(m) && withinOfDeath && withinOfRound && !died.isAfter(round)) {
                return Optional.of(new Due(c.memberId(), m, due, Note.POSTHUMOUS_EARLY, Optional.empty()));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDate due(Candidate c, int milestone) {
        return PartyAge.milestoneDate(c.admissionDecision(), c.gaps(), milestone);
    }

    private static Optional<Integer> highestReached(Candidate c, LocalDate asOf) {
        Integer best = null;
        for (int m : MILESTONES) {
            if (!due(c, m).isAfter(asOf)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /// The day the discipline in force at `round` stops holding the badge back ([Holds]; a discipline annulled by a
    /// restoration is not given to the rule at all), empty when none holds it.
    static Optional<LocalDate> blockedUntil(List<Discipline> disciplines, LocalDate round, Holds holds) {
        LocalDate until = null;
        for (Discipline d : disciplines) {
            Optional<Optional<Integer>> hold = holds.of(d.form());
            if (hold.isEmpty() || d.decisionDate().isAfter(round)) {
                continue;
            }
            LocalDate end = hold.get().map(m -> d.decisionDate().plusMonths(m)).orElse(LocalDate.MAX);
            if (end.isAfter(round) && (until == null || end.isAfter(until))) {
                until = end;
            }
        }
        return Optional.ofNullable(until);
    }

    /// Evaluates every candidate; the due list in input order.
    public static List<Due> dueList(List<Candidate> candidates, LocalDate round, Holds holds) {
        List<Due> out = new ArrayList<>();
        for (Candidate c : candidates) {
            evaluate(c, round, holds).ifPresent(out::add);
        }
        return out;
    }
}
