package vn.dangvu.members;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.party.BadgeRound;
import vn.dangvu.party.MemberStatus;

/// Party badge (Huy hiệu Đảng) due list for one presentation round (domain.md §5.2, §5.3):
/// milestones 30…90 years of party age, rounds 3/2, 19/5, 2/9, 7/11; early award for serious illness
/// (12 months for 30–65 years, 24 months for 70–90); blocked by a warning in the last 6 months or a
/// removal from post in the last 12 months; posthumous when the member died after reaching the milestone.
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

    public enum Note {
        ON_TIME, OVERDUE, EARLY, POSTHUMOUS;

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

    public static Optional<Due> evaluate(Candidate c, LocalDate round) {
        if (c.status() == MemberStatus.DECEASED) {
            return c.deathDate().flatMap(died -> highestReached(c, died.isBefore(round) ? died : round))
                    .filter(m -> !c.awarded().contains(m))
                    .map(m -> new Due(c.memberId(), m, due(c, m), Note.POSTHUMOUS, Optional.empty()));
        }
        if (!(c.status() == MemberStatus.OFFICIAL || c.status() == MemberStatus.EXEMPT_WORK_MEETINGS
                || c.status() == MemberStatus.TEMPORARILY_AWAY)) {
            return Optional.empty();
        }
        Optional<Integer> reached = highestReached(c, round);
        if (reached.isPresent() && !c.awarded().contains(reached.get())) {
            LocalDate due = due(c, reached.get());
            Note note = due.isAfter(previousRound(round)) ? Note.ON_TIME : Note.OVERDUE;
            return Optional.of(new Due(c.memberId(), reached.get(), due, note, blockedUntil(c.disciplines(), round)));
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
                return Optional.of(new Due(c.memberId(), m, due, Note.EARLY, blockedUntil(c.disciplines(), round)));
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

    /// A warning holds the badge back for 6 months, a removal from post for 12 (domain.md §5.2).
    static Optional<LocalDate> blockedUntil(List<Discipline> disciplines, LocalDate round) {
        LocalDate until = null;
        for (Discipline d : disciplines) {
            LocalDate end = switch (d.form()) {
                case REPRIMAND -> null;
                case WARNING -> d.decisionDate().plusMonths(6);
                case DISMISSAL -> d.decisionDate().plusMonths(12);
                case EXPULSION -> LocalDate.MAX;
            };
            if (end != null && !d.decisionDate().isAfter(round) && end.isAfter(round) && (until == null || end.isAfter(until))) {
                until = end;
            }
        }
        return Optional.ofNullable(until);
    }

    /// Evaluates every candidate; the due list in input order.
    public static List<Due> dueList(List<Candidate> candidates, LocalDate round) {
        List<Due> out = new ArrayList<>();
        for (Candidate c : candidates) {
            evaluate(c, round).ifPresent(out::add);
        }
        return out;
    }
}
