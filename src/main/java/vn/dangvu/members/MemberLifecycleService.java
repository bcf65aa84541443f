package vn.dangvu.members;

import java.util.Optional;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;

/// Records lifecycle events (domain.md §4.4): the status follows [MemberRules], every change is a dated
/// membership_event with the status before and after, and removal/expulsion/resignation open a period deducted
/// from party age that readmission closes (§5.1). One transaction per event.
public final class MemberLifecycleService {

    private final Database db;
    private final MemberRepository repo;
    private final MemberService members;

    public MemberLifecycleService(Database db, MemberRepository repo, MemberService members) {
        this.db = db;
        this.repo = repo;
        this.members = members;
    }

    /// What the rules say about this event for the member as stored now (without writing anything).
    public MemberRules.Outcome check(long memberId, EventType type) throws AppException {
        return db.dsl().transactionResult(trx -> repo.state(trx.dsl(), memberId))
                .map(s -> MemberRules.apply(facts(s), type))
                .orElseThrow(() -> new AppException("member.form.error.gone"));
    }

    /// Records the event; refused transitions throw with the Vietnamese reason and leave the data unchanged.
    /// Returns the new status.
    public MemberStatus record(NewEvent e) throws AppException {
        if (e.date() == null) {
            throw new AppException("member.event.error.dateRequired");
        }
        MemberRules.Outcome[] refused = new MemberRules.Outcome[1];
        Optional<MemberStatus> next = db.save(trx -> {
            Optional<MemberRepository.State> state = repo.state(trx.dsl(), e.memberId());
            if (state.isEmpty()) {
                return Optional.<MemberStatus>empty();
            }
            MemberRules.Outcome o = MemberRules.apply(facts(state.get()), e.type());
            if (!o.allowed()) {
                refused[0] = o;
                return Optional.<MemberStatus>empty();
            }
            apply(trx.dsl(), e, state.get().status(), o.next().get());
            return o.next();
        });
        if (next.isPresent()) {
            members.refresh(e.memberId());
        }
        if (refused[0] != null) {
            throw new AppException("member.event.error.refused", I18n.t(e.type().i18nKey()),
                    I18n.t(refused[0].refusalKey().get()));
        }
        return next.orElseThrow(() -> new AppException("member.form.error.gone"));
    }

    private void apply(org.jooq.DSLContext t, NewEvent e, MemberStatus before, MemberStatus after) {
        repo.insertEvent(t, e, before, after);
        repo.setStatus(t, e.memberId(), after);
        if (e.type() == EventType.FULL_MEMBERSHIP) {
            repo.setFullMembership(t, e.memberId(), e.date(), e.decisionNo());
        }
        if (e.type() == EventType.READMISSION) {
            repo.readmit(t, e.memberId(), e.date(), e.decisionNo());
        }
        if (MemberRules.opensInterruption(e.type())) {
            repo.openInterruption(t, e.memberId(), e.date(), e.type(), e.note());
        }
        if (MemberRules.closesInterruption(e.type())) {
            repo.closeInterruptions(t, e.memberId(), e.date());
        }
        repo.audit(t, "MEMBER_EVENT", e.memberId(), e.type().name() + " " + e.date() + ": " + before + " -> " + after);
    }

    private static MemberRules.Facts facts(MemberRepository.State s) {
        return new MemberRules.Facts(Optional.of(s.status()), s.fullMembershipDate() != null, s.readmitted());
    }
}
