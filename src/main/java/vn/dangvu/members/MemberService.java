package vn.dangvu.members;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;

/// Member use cases. Each public method is one transaction. Lists and searches are answered from an
/// in-memory [MemberIndex] loaded once from the database and kept up to date
/// member by member after each change made here ([#refresh]); bulk changes elsewhere call [#invalidate].
public final class MemberService {

    /// The note of the events an import writes.
    public static final String IMPORT_NOTE = "import";

    /// The entity type of a member in the audit trail (its history: `AuditQuery.of(AUDIT_ENTITY, id)`).
    public static final String AUDIT_ENTITY = "party_member";

    private static final Logger LOG = LoggerFactory.getLogger(MemberService.class);

    private final Database db;
    private final MemberRepository repo;
    private final MemberLifecycleService lifecycle;
    private final AuditService audit;
    private final Clock clock;
    private volatile MemberIndex index;

    public MemberService(Database db, MemberRepository repo, AuditService audit, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.audit = audit;
        this.clock = clock;
        this.lifecycle = new MemberLifecycleService(db, repo, this, audit, clock);
    }

    /// Lifecycle events of these members (shares this service's list, which it refreshes after each event).
    public MemberLifecycleService lifecycle() {
        return lifecycle;
    }

    /// Members matching the query in Vietnamese order (given name, middle, family; letter and tone order).
    /// "huong" finds Hương, Hường and Hưởng; every word typed must start a word of the name.
    public List<MemberRow> list(MemberQuery q) {
        return index().search(MemberRepository.searchTokens(q.search()), q.unitId(), q.filter());
    }

    /// Loads the in-memory list now (e.g. right after opening the database, in the background), so that the
    /// member screen opens without waiting for it.
    public void preload() {
        index();
    }

    public int count() {
        return index().size();
    }

    public Optional<MemberDetails> find(long id) {
        return db.read(trx -> repo.find(trx.dsl(), id));
    }

    /// How much of the member's birth date is known: "DAY" (also for an unknown member), "MONTH" or "YEAR".
    public String birthPrecision(long id) {
        return db.read(trx -> repo.birthPrecision(trx.dsl(), id));
    }

    public List<CodeItem> codes(String kind) {
        return db.read(trx -> repo.codes(trx.dsl(), kind));
    }

    /// The members with this party card or CCCD number (spaces ignored): one, none, or (a number typed on two
    /// records) several.
    public List<Long> findByCardOrCccd(String number) {
        String n = number == null ? "" : number.replace(" ", "").strip();
        return n.isEmpty() ? List.of() : db.read(trx -> repo.byCardOrCccd(trx.dsl(), n));
    }

    /// One member's row as the list shows it (party age today included), when on file.
    public Optional<MemberRow> row(long memberId) {
        return list(MemberQuery.all()).stream().filter(r -> r.id() == memberId).findFirst();
    }

    public List<MemberEvent> events(long memberId) {
        return db.read(trx -> repo.events(trx.dsl(), memberId));
    }

    public List<PartyAge.Interruption> interruptions(long memberId) {
        return db.read(trx -> repo.interruptions(trx.dsl(), memberId));
    }

    /// Saves the form in one transaction. A new member is registered with an ADMISSION event (and a
    /// FULL_MEMBERSHIP event when the full-membership date is known); an edit writes the fields and an audit row.
    /// Refuses form errors ([MemberFormRules]) and a card number another member holds. Returns the member id.
    public long save(MemberDetails d) throws AppException {
        return save(d, Optional.empty());
    }

    /// Saves the form; a new member with an `arrival` (a TRANSFER_IN: origin, arrival date, letter) comes onto the
    /// roll by transfer instead of admission: the admission, ceremony and full-membership dates typed on the form
    /// are kept and the status is OFFICIAL with a full-membership date, else PROBATIONARY. An edit must not change
    /// the member's cell: that is a dated INTERNAL_TRANSFER event ([MemberLifecycleService#record]).
    public long save(MemberDetails d, Optional<NewEvent> arrival) throws AppException {
        List<MemberFormRules.Violation> errors = MemberFormRules.check(d, LocalDate.now(clock)).stream()
                .filter(v -> !v.warning()).toList();
        if (!errors.isEmpty()) {
            throw new AppException(errors.getFirst().key(), errors.getFirst().args().toArray());
        }
        Optional<NewEvent> in = arrival.filter(a -> d.id() == null).map(EventRules::normalise);
        if (in.isPresent()) {
            checkArrival(d, in.get());
        }
        String card = Text.cleanOrNull(d.cardNumber());
        long id = db.change(trx -> {
            if (card != null && repo.cardTaken(trx.dsl(), card, d.id())) {
                throw new AppException("member.form.error.cardTaken", card);
            }
            return d.id() == null ? create(trx.dsl(), d, in) : edit(trx.dsl(), d);
        });
        refresh(id);
        return id;
    }

    /// The statuses a history reaches from `start` under [MemberRules] (what [#importMembers] will write), or the
    /// first refusal: a bulk load checks its rows with this before writing them.
    public static MemberRules.History replay(MemberRules.Facts start, List<EventType> events) {
        return MemberRules.replay(start, events);
    }

    /// The one write path of a bulk load (the Excel import, the demo commune): inserts `added` with their histories
    /// and periods deducted from party age, and writes `updated` over members on file, as batches of jOOQ-built statements inside the
    /// caller's transaction when there is one (an import is one transaction; the demo commits in chunks, [Database#bulk]).
    /// Every status is the one [MemberRules] reach: a new member's through its history, an updated member's through a
    /// FULL_MEMBERSHIP event when the update gives the first full-membership date. A history the rules refuse is
    /// refused as a whole ([AppException], nothing written); callers check their rows with [#replay] first. The audit
    /// row is the caller's (one for the whole load). Returns the new members' ids, in order.
    public List<Long> importMembers(List<BulkMember> added, List<BulkUpdate> updated) throws AppException {
        if (added.isEmpty() && updated.isEmpty()) {
            return List.of();
        }
        List<Long> ids = db.change(trx -> {
            DSLContext t = trx.dsl();
            List<MemberRepository.NewRow> members = new ArrayList<>(added.size());
            List<MemberRepository.EventRow> events = new ArrayList<>(added.size() * 2);
            List<MemberRepository.GapRow> gaps = new ArrayList<>();
            long first = added.isEmpty() ? 0 : repo.reserveIds(t, added.size());
            List<Long> out = new ArrayList<>(added.size());
            for (int i = 0; i < added.size(); i++) {
                long id = first + i;
                BulkMember m = added.get(i);
                List<EventType> types = m.history().stream().map(BulkEvent::type).toList();
                MemberRules.History h = MemberRules.replay(new MemberRules.Facts(Optional.empty(), false, false), types);
                members.add(new MemberRepository.NewRow(id, m, h.last().orElseThrow(() -> refused(m.names().fullName(), types, h))));
                int gapsBefore = gaps.size();
                MemberStatus before = null;
                for (int k = 0; k < types.size(); k++) {
                    BulkEvent e = m.history().get(k);
                    events.add(new MemberRepository.EventRow(id, e, before, h.statuses().get(k)));
                    before = h.statuses().get(k);
                    if (MemberRules.opensInterruption(e.type())) {
                        gaps.add(new MemberRepository.GapRow(id, new BulkMember.Gap(e.date(), null, e.type().name(), e.note())));
                    } else if (MemberRules.closesInterruption(e.type())) {
                        closeOpen(gaps, gapsBefore, e.date());
                    }
                }
                for (BulkMember.Gap g : m.gaps()) {
                    gaps.add(new MemberRepository.GapRow(id, g));
                }
                out.add(id);
            }
            repo.insertMembers(t, members);
            repo.insertEvents(t, events);
            repo.insertGaps(t, gaps);
            update(t, updated);
            return out;
        });
        invalidate();
        return ids;
    }

    private void update(DSLContext t, List<BulkUpdate> updated) throws AppException {
        if (updated.isEmpty()) {
            return;
        }
        Map<Long, MemberRepository.State> states = repo.states(t, updated.stream().map(BulkUpdate::id).toList());
        List<MemberStatus> statuses = new ArrayList<>(updated.size());
        List<MemberRepository.EventRow> events = new ArrayList<>();
        for (BulkUpdate u : updated) {
            MemberRepository.State s = states.get(u.id());
            if (s == null) {
                throw new AppException("member.form.error.gone");
            }
            MemberStatus status = s.status();
            if (u.fullMembershipDate() != null && s.fullMembershipDate() == null) {
                List<EventType> full = List.of(EventType.FULL_MEMBERSHIP);
                MemberRules.History h = MemberRules.replay(new MemberRules.Facts(Optional.of(s.status()), false, s.readmitted()), full);
                status = h.last().orElseThrow(() -> refused(String.valueOf(u.id()), full, h));
                events.add(new MemberRepository.EventRow(u.id(), BulkEvent.of(EventType.FULL_MEMBERSHIP, u.fullMembershipDate(),
                        null, IMPORT_NOTE), s.status(), status));
            }
            statuses.add(status);
        }
        repo.updateMembers(t, updated, statuses, LocalDateTime.now(clock));
        repo.insertEvents(t, events);
    }

    /// A readmission closes the member's open periods on the day before it (the readmission day counts again).
    private static void closeOpen(List<MemberRepository.GapRow> gaps, int from, LocalDate readmitted) {
        for (int i = from; i < gaps.size(); i++) {
            MemberRepository.GapRow g = gaps.get(i);
            if (g.gap().to() == null) {
                LocalDate to = g.gap().from().isAfter(readmitted.minusDays(1)) ? g.gap().from() : readmitted.minusDays(1);
                gaps.set(i, new MemberRepository.GapRow(g.memberId(), new BulkMember.Gap(g.gap().from(), to, g.gap().reason(),
                        g.gap().note())));
            }
        }
    }

    private static AppException refused(String who, List<EventType> types, MemberRules.History h) {
        int at = h.refusedAt().orElse(0);
        LOG.warn("Bulk load refused for {}: {} at {}", who, types, at);
        return types.isEmpty() ? new AppException("member.form.error.admissionRequired")
                : new AppException("member.event.error.refused", I18n.t(types.get(at).i18nKey()),
                I18n.t(h.refusalKey().orElseThrow()));
    }

    private static void checkArrival(MemberDetails d, NewEvent in) throws AppException {
        if (in.type() != EventType.TRANSFER_IN) {
            throw new IllegalArgumentException("arrival must be a TRANSFER_IN: " + in.type());
        }
        MemberLifecycleService.refuseProblems(EventRules.check(in.withTransfer(TransferDetails.in(
                in.transfer().externalUnitName(), d.unitId(), in.transfer().letterDate()))));
        if (in.date().isBefore(d.admissionDecisionDate())) {
            throw new AppException("member.form.error.arrivalBeforeAdmission");
        }
    }

    private long create(DSLContext t, MemberDetails d, Optional<NewEvent> arrival) throws AppException {
        MemberStatus status = d.fullMembershipDate() == null ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL;
        long id = repo.insert(t, d, status);
        if (arrival.isPresent()) {
            lifecycle.arrive(t, id, d.unitId(), arrival.get(), status);
        } else {
            repo.insertEvent(t, new NewEvent(id, EventType.ADMISSION, d.admissionDecisionDate(), d.admissionDecisionNo(),
                    null), null, d.unitId(), null, MemberStatus.PROBATIONARY);
            if (d.fullMembershipDate() != null) {
                repo.insertEvent(t, new NewEvent(id, EventType.FULL_MEMBERSHIP, d.fullMembershipDate(), null, null),
                        null, null, MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL);
            }
        }
        audit.record(AuditChange.of("MEMBER_CREATE", "party_member", id, fullName(d) + arrival.map(a -> " (TRANSFER_IN)").orElse("")));
        return id;
    }

    private long edit(DSLContext t, MemberDetails d) throws AppException {
        MemberDetails before = repo.find(t, d.id()).orElseThrow(() -> new AppException("member.form.error.gone"));
        if (before.unitId() != null && !before.unitId().equals(d.unitId())) {
            throw new AppException("member.form.error.unitChangeByEvent", I18n.t(EventType.INTERNAL_TRANSFER.i18nKey()));
        }
        if (!repo.update(t, d, LocalDateTime.now(clock))) {
            throw new AppException("member.form.error.gone");
        }
        audit.record(AuditChange.of("MEMBER_EDIT", "party_member", d.id(), fullName(d) + ": " + changes(before, d)));
        return d.id();
    }

    private static String fullName(MemberDetails d) {
        return Text.clean(d.familyName() + " " + Text.clean(d.middleName()) + " " + d.givenName());
    }

    /// "field: old -> new" for every form field that changed (English field names: the audit log is for support).
    static String changes(MemberDetails a, MemberDetails b) {
        List<String> out = new ArrayList<>();
        var comps = MemberDetails.class.getRecordComponents();
        for (var c : comps) {
            try {
                Object x = c.getAccessor().invoke(a);
                Object y = c.getAccessor().invoke(b);
                if (!Objects.equals(norm(x), norm(y)) && !"status".equals(c.getName())
                        && !"firstAdmissionDate".equals(c.getName()) && !"readmitted".equals(c.getName())) {
                    out.add(c.getName() + ": " + x + " -> " + y);
                }
            } catch (ReflectiveOperationException e) {
                out.add(c.getName());
            }
        }
        return out.isEmpty() ? "-" : String.join("; ", out);
    }

    private static Object norm(Object o) {
        return o instanceof String s ? Text.cleanOrNull(s) : o;
    }

    /// Forgets the in-memory list, e.g. after an import or a bulk change written outside this service; the next
    /// list reads it again.
    public void invalidate() {
        index = null;
    }

    /// Brings the in-memory list up to date after a change to one member (saved, event recorded) by reading that
    /// member's row only: at 100,000 members this keeps the list ready instead of reading it all again.
    void refresh(long memberId) {
        synchronized (this) {
            MemberIndex i = index;
            if (i != null) {
                try {
                    index = i.with(memberId, db.read(trx -> load(trx.dsl(), memberId, LocalDate.now(clock)))
                            .stream().findFirst());
                } catch (RuntimeException e) {
                    // the change is saved; read the whole list again on the next query rather than show a stale row
                    LOG.warn("Could not refresh member {} in the list; the list will be read again", memberId, e);
                    index = null;
                }
            }
        }
    }

    private MemberIndex index() {
        MemberIndex i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = MemberIndex.of(db.read(trx -> load(trx.dsl(), null, LocalDate.now(clock))));
                    index = i;
                }
            }
        }
        return i;
    }

    /// List rows with today's party age: every member in order, or only `memberId`.
    private List<MemberRow> load(DSLContext t, Long memberId, LocalDate today) {
        List<MemberRepository.Listed> listed = repo.listed(t, memberId);
        Map<Long, List<PartyAge.Interruption>> gaps = memberId == null ? repo.allInterruptions(t)
                : Map.of(memberId, repo.interruptions(t, memberId));
        Map<Long, LocalDate> died = repo.deathDates(t, memberId);
        List<MemberRow> rows = new ArrayList<>(listed.size());
        for (MemberRepository.Listed l : listed) {
            // party age stops at death (domain.md §5.1)
            LocalDate death = l.row().status() == MemberStatus.DECEASED ? died.get(l.row().id()) : null;
            LocalDate asOf = death != null && death.isBefore(today) ? death : today;
            Integer years = l.partyAgeStart() == null ? null : PartyAge.years(l.partyAgeStart(),
                    gaps.getOrDefault(l.row().id(), List.of()), asOf).orElse(null);
            rows.add(l.row().withPartyAge(years));
        }
        return rows;
    }
}
