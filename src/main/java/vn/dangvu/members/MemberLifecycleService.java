package vn.dangvu.members;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.TransferLetter;

/// Records lifecycle events (domain.md §4.4): the status follows [MemberRules], every change is a dated
/// membership_event with the status before and after, and removal/expulsion/resignation open a period deducted
/// from party age that readmission closes (§5.1); a restoration after a wrongful expulsion (Q117-QĐ/TW 2023) removes
/// that period and annuls the expulsion. Transfers carry their details ([EventRules]): a transfer in or a move to
/// another cell changes the member's cell; a late transfer letter is shown as late ([TransferLetter]) and a gap
/// is recorded only with the committee's decision ([#decideLateLetter]). A wrongly recorded event is cancelled,
/// newest first, with a reason ([#cancel]); it stays in the history. One transaction per use case; a refused one
/// writes nothing.
public final class MemberLifecycleService {

    /// membership_interruption.reason of a gap the committee decided after a late transfer letter.
    public static final String TRANSFER_GAP = "TRANSFER_GAP";
    public static final int MAX_REASON = 1000;

    private final Database db;
    private final MemberRepository repo;
    private final MemberService members;
    private final AuditService audit;
    private final Clock clock;
    private final HolidayService holidays;

    MemberLifecycleService(Database db, MemberRepository repo, MemberService members, AuditService audit, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
        this.holidays = new HolidayService(db, new HolidayRepository(), audit);
    }

    /// The public holidays the working-day deadlines skip.
    public HolidayService holidays() {
        return holidays;
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
        MemberStatus status = db.change(trx -> recordIn(trx.dsl(), e));
        members.refresh(e.memberId());
        return status;
    }

    private MemberStatus recordIn(DSLContext t, NewEvent e) throws AppException {
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
                       MemberStatus after) throws AppException {
        boolean moves = !Objects.equals(cellBefore, cellAfter);
        boolean leaves = e.type() == EventType.TRANSFER_OUT || e.type() == EventType.TEMPORARY_TRANSFER_OUT;
        long eventId = repo.insertEvent(t, e, moves || leaves ? cellBefore : null, moves ? cellAfter : null, before, after);
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
            repo.openInterruption(t, e.memberId(), e.date(), e.type(), e.note(), eventId);
        }
        if (MemberRules.closesInterruption(e.type())) {
            repo.closeInterruptions(t, e.memberId(), e.date(), eventId);
        }
        String restored = "";
        if (e.type() == EventType.RESTORATION) {
            MemberRepository.StoredEvent expulsion = lastActive(t, e.memberId(), EventType.EXPULSION)
                    .orElseThrow(() -> new AppException("member.rule.restoreOnlyExpelled"));
            if (e.date().isBefore(expulsion.date())) {
                throw new AppException("member.event.error.restoreBeforeExpulsion", Dates.format(expulsion.date()));
            }
            int gaps = repo.deleteInterruptionsOpenedBy(t, e.memberId(), expulsion.id(), EventType.EXPULSION,
                    expulsion.date());
            int annulled = repo.annulExpulsions(t, e.memberId(), eventId);
            restored = ", expulsion " + expulsion.id() + " undone (" + gaps + " gap removed, " + annulled + " discipline annulled)";
        }
        audit.record(AuditChange.of("MEMBER_EVENT", "party_member", e.memberId(), e.type().name() + " " + e.date() + ": " + before + " -> " + after
                + (moves ? ", unit " + cellBefore + " -> " + cellAfter : "") + restored
                + (e.readmission().consentNo() != null ? ", consent " + e.readmission().consentNo() : "")
                + (e.decisionNo() == null ? "" : ", decision " + e.decisionNo())
                + (e.transfer().externalUnitName() == null ? "" : ", " + e.transfer().externalUnitName())
                + (e.note() == null ? "" : ", note: " + e.note())));
    }

    private Optional<MemberRepository.StoredEvent> lastActive(DSLContext t, long memberId, EventType type) {
        return repo.activeEventsNewestFirst(t, memberId).stream().filter(r -> r.type() == type).findFirst();
    }

    /// The warnings on readmitting the member with `e` (Q294 §3.5, [ReadmissionRules]): how and when the member left
    /// comes from the stored history. Empty for any other event. Nothing is refused: the form shows them, the
    /// committee decides.
    public List<ReadmissionRules.Warning> readmissionWarnings(NewEvent e) {
        if (e.type() != EventType.READMISSION) {
            return List.of();
        }
        return db.read(trx -> {
            Optional<MemberRepository.StoredEvent> left = repo.activeEventsNewestFirst(trx.dsl(), e.memberId()).stream()
                    .filter(r -> MemberRules.opensInterruption(r.type())).findFirst();
            return ReadmissionRules.warnings(left.map(MemberRepository.StoredEvent::type).orElse(null),
                    left.map(MemberRepository.StoredEvent::date).orElse(null), e.date(), e.readmission());
        });
    }

    /// The member's history as Vietnamese lines ([HistoryLines]), lateness of transfer letters and cancellations
    /// included, in date order.
    public List<String> historyLines(long memberId) {
        Set<LocalDate> days = holidays.dates();
        return members.events(memberId).stream().map(e -> HistoryLines.of(e, e.type() == EventType.TRANSFER_IN
                && e.transfer().letterDate() != null
                ? Optional.of(TransferLetter.lateness(e.transfer().letterDate(), e.date(), days)) : Optional.empty())).toList();
    }

    /// How late the referral letter of a transfer in was presented (working days skip the public holidays);
    /// empty for another event or one without a letter date.
    public Optional<TransferLetter.Lateness> lateness(MemberEvent e) {
        if (e.type() != EventType.TRANSFER_IN || e.transfer().letterDate() == null) {
            return Optional.empty();
        }
        return Optional.of(TransferLetter.lateness(e.transfer().letterDate(), e.date(), holidays.dates()));
    }

    /// The competent committee's decision on a late transfer letter (Q294 §6.3.1): number and date, and the gap in
    /// party age it decides, if any (a period between the letter and the arrival). Refused, with nothing written,
    /// for another event, a cancelled one, a letter in time, or bad fields.
    public void decideLateLetter(long eventId, String decisionNo, LocalDate decisionDate, Optional<PartyAge.Interruption> gap)
            throws AppException {
        db.change(trx -> {
            DSLContext t = trx.dsl();
            MemberRepository.StoredEvent r = repo.eventRow(t, eventId).orElseThrow(() -> new AppException("member.event.error.gone"));
            if (r.type() != EventType.TRANSFER_IN || r.decisionDate() == null || r.cancelled()) {
                throw new AppException("member.transfer.decision.error.notLateTransfer");
            }
            TransferLetter.Lateness late = TransferLetter.lateness(r.decisionDate(), r.date(),
                    holidays.dates());
            if (!late.late()) {
                throw new AppException("member.transfer.decision.error.inTime", Dates.format(late.deadline()));
            }
            if (r.committeeDecisionNo() != null) {
                throw new AppException("member.transfer.decision.error.already", r.committeeDecisionNo());
            }
            refuseProblems(TransferLetterRules.checkDecision(r.decisionDate(), r.date(), decisionNo, decisionDate, gap));
            String no = Text.cleanOrNull(decisionNo);
            repo.setCommitteeDecision(t, eventId, no, decisionDate);
            gap.ifPresent(g -> repo.insertDecidedGap(t, r.memberId(), eventId, g, TRANSFER_GAP, no, decisionDate));
            audit.record(AuditChange.of("MEMBER_TRANSFER_DECISION", "party_member", r.memberId(), "Late letter of event "
                    + eventId + ": decision " + no + " of " + decisionDate
                    + gap.map(g -> ", gap " + g.from() + ".." + g.to().orElseThrow()).orElse(", no gap")));
            return null;
        });
        members.invalidate();
    }

    /// Cancels a wrongly recorded event: only the newest event still in force, with a reason; the event stays in the
    /// history marked cancelled and the member is put back as before it (status, cell, full membership, the
    /// admission fields a readmission replaced, the periods deducted from party age, an annulled discipline). The
    /// first event of a member (admission, arrival) and a merge of cells are not cancelled here. Returns the status.
    public MemberStatus cancel(long memberId, long eventId, String reason) throws AppException {
        MemberStatus status = db.change(trx -> undo(trx.dsl(), memberId, eventId, reason));
        members.refresh(memberId);
        return status;
    }

    /// Corrects a wrongly recorded event: cancels it ([#cancel]) and records `replacement` in its place, in one
    /// transaction (both or neither). Returns the new status.
    public MemberStatus correct(long eventId, String reason, NewEvent replacement) throws AppException {
        NewEvent e = EventRules.normalise(replacement);
        refuseProblems(EventRules.check(e));
        MemberStatus status = db.change(trx -> {
            undo(trx.dsl(), e.memberId(), eventId, reason);
            return recordIn(trx.dsl(), e);
        });
        members.refresh(e.memberId());
        return status;
    }

    private MemberStatus undo(DSLContext t, long memberId, long eventId, String reason) throws AppException {
        String why = Text.cleanOrNull(reason);
        if (why == null) {
            throw new AppException("member.event.cancel.error.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new AppException("member.event.error.tooLong", MAX_REASON);
        }
        repo.state(t, memberId).orElseThrow(() -> new AppException("member.form.error.gone"));
        List<MemberRepository.StoredEvent> active = repo.activeEventsNewestFirst(t, memberId);
        MemberRepository.StoredEvent r = active.stream().filter(x -> x.id() == eventId).findFirst()
                .orElseThrow(() -> new AppException("member.event.cancel.error.gone"));
        EventType type = r.type();
        if (r.statusBefore() == null || type == EventType.ADMISSION) {
            throw new AppException("member.event.cancel.error.first");
        }
        if (type == EventType.UNIT_MERGE) {
            throw new AppException("member.event.cancel.error.merge");
        }
        if (active.getFirst().id() != eventId) {
            throw new AppException("member.event.cancel.error.notNewest", I18n.t(active.getFirst().type().i18nKey()),
                    Dates.format(active.getFirst().date()));
        }
        MemberStatus before = r.statusBefore();
        repo.setStatus(t, memberId, before);
        if (r.toUnitId() != null && r.fromUnitId() != null && !r.toUnitId().equals(r.fromUnitId())) {
            repo.setUnit(t, memberId, r.fromUnitId());
        }
        switch (type) {
            case FULL_MEMBERSHIP -> repo.setFullMembership(t, memberId, null, null);
            case READMISSION -> {
                repo.undoReadmission(t, memberId, eventId);
                repo.reopenInterruptionsClosedBy(t, memberId, eventId, r.date());
            }
            case RESTORATION -> {
                MemberRepository.StoredEvent expulsion = active.stream().filter(x -> x.type() == EventType.EXPULSION)
                        .findFirst().orElseThrow(() -> new AppException("member.event.cancel.error.gone"));
                repo.openInterruption(t, memberId, expulsion.date(), EventType.EXPULSION, expulsion.note(),
                        expulsion.id());
                repo.restoreAnnulled(t, eventId);
            }
            default -> {
                // the status and cell above are all the other events changed
            }
        }
        if (MemberRules.opensInterruption(type) || type == EventType.TRANSFER_IN) {
            repo.deleteInterruptionsOpenedBy(t, memberId, eventId, type, r.date());
        }
        repo.cancelEvent(t, eventId, LocalDateTime.now(clock), why);
        audit.record(AuditChange.of("MEMBER_EVENT_CANCEL", "party_member", memberId, "Cancelled " + type + " " + r.date()
                + " (event " + eventId + "): " + r.statusAfter() + " -> " + before).because(why));
        return before;
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
