package vn.dangvu.members;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;

/// The member status state machine (domain.md §4.4) as pure functions. A transition either yields the new
/// status or a refusal carrying an i18n key that says why.
public final class MemberRules {

    private static final Set<MemberStatus> ACTIVE = EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL,
            MemberStatus.TEMPORARILY_AWAY, MemberStatus.EXEMPT_WORK_MEETINGS, MemberStatus.SUSPENDED);
    private static final Set<MemberStatus> LEFT_READMITTABLE = EnumSet.of(MemberStatus.REMOVED, MemberStatus.EXPELLED,
            MemberStatus.RESIGNED);

    private MemberRules() {
    }

    /// What the rules need to know of the member besides the status.
    /// `fullMember`: has a full-membership date (a temporarily absent or suspended member returns to it).
    public record Facts(Optional<MemberStatus> status, boolean fullMember, boolean readmittedBefore) {
    }

    /// The outcome of a transition: the new status, or the i18n key of the refusal.
    public record Outcome(Optional<MemberStatus> next, Optional<String> refusalKey) {

        static Outcome to(MemberStatus s) {
            return new Outcome(Optional.of(s), Optional.empty());
        }

        static Outcome refuse(String key) {
            return new Outcome(Optional.empty(), Optional.of(key));
        }

        public boolean allowed() {
            return next.isPresent();
        }
    }

    public static Outcome apply(Facts f, EventType e) {
        MemberStatus s = f.status().orElse(null);
        MemberStatus back = f.fullMember() ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
        return switch (e) {
            case ADMISSION -> s == null ? Outcome.to(MemberStatus.PROBATIONARY) : Outcome.refuse("member.rule.alreadyMember");
            // a probationary member on temporary transfer becomes full at home and stays away (domain.md §4.4)
            case FULL_MEMBERSHIP -> s == MemberStatus.PROBATIONARY ? Outcome.to(MemberStatus.OFFICIAL)
                    : s == MemberStatus.TEMPORARILY_AWAY && !f.fullMember() ? Outcome.to(MemberStatus.TEMPORARILY_AWAY)
                    : Outcome.refuse("member.rule.notProbationary");
            case PROBATION_FAILED -> s == MemberStatus.PROBATIONARY ? Outcome.to(MemberStatus.REMOVED)
                    : Outcome.refuse("member.rule.notProbationary");
            case TRANSFER_OUT, TEMPORARY_TRANSFER_OUT -> transferOut(s, e);
            case TEMPORARY_RETURN -> s == MemberStatus.TEMPORARILY_AWAY ? Outcome.to(back)
                    : Outcome.refuse("member.rule.notAway");
            case TRANSFER_IN -> s == null || s == MemberStatus.TRANSFERRED_OUT ? Outcome.to(back)
                    : Outcome.refuse("member.rule.alreadyOnRoll");
            case EXEMPTION_START -> s == MemberStatus.OFFICIAL ? Outcome.to(MemberStatus.EXEMPT_WORK_MEETINGS)
                    : Outcome.refuse("member.rule.exemptOnlyOfficial");
            case EXEMPTION_END -> s == MemberStatus.EXEMPT_WORK_MEETINGS ? Outcome.to(MemberStatus.OFFICIAL)
                    : Outcome.refuse("member.rule.notExempt");
            case SUSPENSION_START -> s != null && ACTIVE.contains(s) && s != MemberStatus.SUSPENDED
                    ? Outcome.to(MemberStatus.SUSPENDED) : Outcome.refuse("member.rule.notActive");
            case SUSPENSION_END -> s == MemberStatus.SUSPENDED ? Outcome.to(back) : Outcome.refuse("member.rule.notSuspended");
            case REMOVAL -> leave(s, MemberStatus.REMOVED);
            case RESIGNATION -> leave(s, MemberStatus.RESIGNED);
            case DEATH -> leave(s, MemberStatus.DECEASED);
            case EXPULSION -> !f.fullMember() && s != null && ACTIVE.contains(s)
                    ? Outcome.refuse("member.rule.expelProbationary") : leave(s, MemberStatus.EXPELLED);
            case READMISSION -> readmit(s, f.readmittedBefore());
            // Q117-QĐ/TW 2023: only an expulsion is undone; the member is back as a full member
            case RESTORATION -> s == MemberStatus.EXPELLED ? Outcome.to(MemberStatus.OFFICIAL)
                    : Outcome.refuse("member.rule.restoreOnlyExpelled");
            case INTERNAL_TRANSFER -> s == MemberStatus.SUSPENDED ? Outcome.refuse("member.rule.transferWhileSuspended")
                    : s != null && ACTIVE.contains(s) ? Outcome.to(s) : Outcome.refuse("member.rule.notActive");
            case UNIT_MERGE -> s != null && ACTIVE.contains(s) ? Outcome.to(s) : Outcome.refuse("member.rule.notActive");
        };
    }

    /// A history applied event by event: the status after each event, or where it stopped: the index and the
    /// refusal key of the first event the rules refuse (then `statuses` holds the ones before it).
    public record History(List<MemberStatus> statuses, OptionalInt refusedAt, Optional<String> refusalKey) {

        public boolean allowed() {
            return refusalKey.isEmpty();
        }

        /// The status at the end; empty for an empty or refused history.
        public Optional<MemberStatus> last() {
            return allowed() && !statuses.isEmpty() ? Optional.of(statuses.getLast()) : Optional.empty();
        }
    }

    /// Applies `events` in order from `start`, as recording them one by one would: a full-membership event makes
    /// the member a full member, a readmission starts a new probation (no full-membership date, readmitted once).
    public static History replay(Facts start, List<EventType> events) {
        Optional<MemberStatus> status = start.status();
        boolean full = start.fullMember();
        boolean readmitted = start.readmittedBefore();
        List<MemberStatus> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            EventType e = events.get(i);
            Outcome o = apply(new Facts(status, full, readmitted), e);
            if (!o.allowed()) {
                return new History(List.copyOf(out), OptionalInt.of(i), o.refusalKey());
            }
            status = o.next();
            if (e == EventType.FULL_MEMBERSHIP) {
                full = true;
            } else if (e == EventType.READMISSION) {
                full = false;
                readmitted = true;
            }
            out.add(status.orElseThrow());
        }
        return new History(List.copyOf(out), OptionalInt.empty(), Optional.empty());
    }

    private static Outcome transferOut(MemberStatus s, EventType e) {
        if (s == MemberStatus.SUSPENDED) {
            return Outcome.refuse("member.rule.transferWhileSuspended");
        }
        if (s == MemberStatus.OFFICIAL || s == MemberStatus.PROBATIONARY
                || (e == EventType.TRANSFER_OUT && (s == MemberStatus.TEMPORARILY_AWAY || s == MemberStatus.EXEMPT_WORK_MEETINGS))) {
            return Outcome.to(e == EventType.TRANSFER_OUT ? MemberStatus.TRANSFERRED_OUT : MemberStatus.TEMPORARILY_AWAY);
        }
        return Outcome.refuse("member.rule.notActive");
    }

    private static Outcome leave(MemberStatus s, MemberStatus to) {
        return s != null && ACTIVE.contains(s) ? Outcome.to(to) : Outcome.refuse("member.rule.notActive");
    }

    private static Outcome readmit(MemberStatus s, boolean readmittedBefore) {
        if (s == null || !LEFT_READMITTABLE.contains(s)) {
            return Outcome.refuse("member.rule.readmitOnlyFormer");
        }
        return readmittedBefore ? Outcome.refuse("member.rule.readmitOnce") : Outcome.to(MemberStatus.PROBATIONARY);
    }

    /// Events that open a period deducted from party age (domain.md §5.1) and the one that closes it.
    public static boolean opensInterruption(EventType e) {
        return e == EventType.REMOVAL || e == EventType.EXPULSION || e == EventType.RESIGNATION
                || e == EventType.PROBATION_FAILED;
    }

    public static boolean closesInterruption(EventType e) {
        return e == EventType.READMISSION;
    }
}
