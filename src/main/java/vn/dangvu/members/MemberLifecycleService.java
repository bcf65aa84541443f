package vn.dangvu.members;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jooq.DSLContext;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;

/// Records lifecycle events (domain.md §4.4): the status follows [MemberRules], every change is a dated
/// membership_event with the status before and after, and removal/expulsion/resignation open a period deducted
/// from party age that readmission closes (§5.1). Transfers carry their details ([EventRules]): a transfer in or a
/// move to another cell changes the member's cell, a late transfer in records its gap (§5.1). One transaction per
/// event; a refused event writes nothing.
public final class MemberLifecycleService {

    /// membership_interruption.reason of a gap caused by a late transfer ([MemberRules#transferGap]).
    public static final String TRANSFER_GAP = "TRANSFER_GAP";

    private final Database db;
    private final MemberRepository repo;
    private final MemberService members;
    private final AuditService audit;
    private final Clock clock;

    MemberLifecycleService(Database db, MemberRepository repo, MemberService members, AuditService audit, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /// What the rules say about this event for the member as stored now (without writing anything).
    public MemberRules.Outcome check(long memberId, EventType type) throws AppException {
        return db.read(trx -> repo.state(trx.dsl(), memberId))
                .map(s -> MemberRules.apply(facts(s), type))
                .orElseThrow(() -> new AppException("member.form.error.gone"));
    }

    /// Records the event; refused transitions and bad details throw with the Vietnamese reason and leave the data
    /// unchanged. Returns the new status.
    public MemberStatus record(NewEvent raw) throws AppException {
        NewEvent e = EventRules.normalise(raw);
        refuseProblems(EventRules.check(e));
        MemberStatus status = db.change(trx -> {
            DSLContext t = trx.dsl();
            MemberRepository.State state = repo.state(t, e.memberId())
                    .orElseThrow(() -> new AppException("member.form.error.gone"));
            MemberRules.Outcome o = MemberRules.apply(facts(state), e.type());
            if (!o.allowed()) {
                throw new AppException("member.event.error.refused", I18n.t(e.type().i18nKey()),
                        I18n.t(o.refusalKey().orElseThrow()));
            }
            Long cellAfter = state.unitId();
            if (EventRules.details(e.type()).contains(EventRules.Field.TO_UNIT)) {
                cellAfter = receivingCell(t, e.transfer().toUnitId());
                if (e.type() == EventType.INTERNAL_TRANSFER && cellAfter.equals(state.unitId())) {
                    throw new AppException("member.event.error.sameCell");
                }
            }
            write(t, e, state.unitId(), cellAfter, state.status(), o.next().orElseThrow());
            return o.next().orElseThrow();
        });
        members.refresh(e.memberId());
        return status;
    }

    /// A new member arriving by transfer, already inserted with `status`: the TRANSFER_IN event into the member's
    /// cell, which must be an active cell (checked here, inside the caller's transaction).
    void arrive(DSLContext t, long memberId, long cell, NewEvent arrival, MemberStatus status) throws AppException {
        receivingCell(t, cell);
        NewEvent e = arrival.forMember(memberId).withTransfer(TransferDetails.in(arrival.transfer().externalUnitName(),
                cell, arrival.transfer().letterDate()));
        write(t, e, null, cell, null, status);
    }

    /// Throws the first problem, if any, as the user's message.
    static void refuseProblems(List<EventRules.Problem> problems) throws AppException {
        if (!problems.isEmpty()) {
            throw new AppException(problems.getFirst().key(), problems.getFirst().args().toArray());
        }
    }

    /// The cell a member is placed in by an event: it must exist, be active and not be the commune committee itself.
    private long receivingCell(DSLContext t, long unitId) throws AppException {
        MemberRepository.Placement p = repo.placement(t, unitId)
                .orElseThrow(() -> new AppException("member.event.error.cellUnknown"));
        if (p.root()) {
            throw new AppException("member.event.error.cellIsCommittee", p.name());
        }
        if (p.dissolved()) {
            throw new AppException("member.event.error.cellDissolved", p.name());
        }
        return p.id();
    }

    private void write(DSLContext t, NewEvent e, Long cellBefore, Long cellAfter, MemberStatus before,
                       MemberStatus after) {
        boolean moves = !Objects.equals(cellBefore, cellAfter);
        boolean leaves = e.type() == EventType.TRANSFER_OUT || e.type() == EventType.TEMPORARY_TRANSFER_OUT;
        repo.insertEvent(t, e, moves || leaves ? cellBefore : null, moves ? cellAfter : null, before, after);
        if (before != null) {
            repo.setStatus(t, e.memberId(), after);
        }
        if (moves && before != null) {
            repo.setUnit(t, e.memberId(), cellAfter);
        }
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
        Optional<PartyAge.Interruption> gap = e.type() == EventType.TRANSFER_IN && e.transfer().letterDate() != null
                ? MemberRules.transferGap(e.transfer().letterDate(), e.date()) : Optional.empty();
        gap.ifPresent(g -> repo.insertInterruption(t, e.memberId(), g, TRANSFER_GAP,
                Objects.requireNonNullElse(e.transfer().externalUnitName(), "")));
        audit.record(AuditChange.of("MEMBER_EVENT", "party_member", e.memberId(), e.type().name() + " " + e.date() + ": " + before + " -> " + after
                + (moves ? ", unit " + cellBefore + " -> " + cellAfter : "")
                + gap.map(g -> ", transfer gap " + g.from() + ".." + g.to().orElseThrow()).orElse("")
                + (e.decisionNo() == null ? "" : ", decision " + e.decisionNo())
                + (e.transfer().externalUnitName() == null ? "" : ", " + e.transfer().externalUnitName())
                + (e.note() == null ? "" : ", note: " + e.note())));
    }

    /// Moves every member on the roll of one unit to another, one dated UNIT_MERGE event each (a merge of cells,
    /// called by the unit tree inside its own transaction). Returns how many moved.
    public int moveAllOnRoll(long from, long to, LocalDate date, Optional<String> decision, String note) {
        List<Long> moved = db.save(trx -> {
            List<Long> ids = repo.moveAllOnRoll(trx.dsl(), from, to, date, decision, note, LocalDateTime.now(clock));
            // each member's own history shows the move (the unit's shows the merge)
            audit.recordAll(ids.stream().map(id -> AuditChange.of("MEMBER_EVENT", "party_member", id,
                    EventType.UNIT_MERGE.name() + " " + date + ": unit " + from + " -> " + to)).toList());
            return ids;
        });
        members.invalidate();
        return moved.size();
    }

    private static MemberRules.Facts facts(MemberRepository.State s) {
        return new MemberRules.Facts(Optional.of(s.status()), s.fullMembershipDate() != null, s.readmitted());
    }
}
