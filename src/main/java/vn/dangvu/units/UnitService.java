package vn.dangvu.units;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.TransactionalCallable;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberService;
import vn.dangvu.party.UnitKind;

/// Unit tree use cases. Every change is one transaction (Database.save) with an audit_log row; a refused change
/// throws [AppException] with a message naming the field and writes nothing.
public final class UnitService {

    static final int MAX_NAME = 200;
    private final Database db;
    private final UnitRepository repo;
    private final AuditService audit;
    private final MemberService members;
    private final Clock clock;

    public UnitService(Database db, UnitRepository repo, AuditService audit, MemberService members, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.audit = audit;
        this.members = members;
        this.clock = clock;
    }

    public List<PartyUnit> all() {
        return db.read(trx -> repo.all(trx.dsl()));
    }

    /// The commune committee at the top of the tree, once the first-run setup created it.
    public Optional<PartyUnit> root() {
        return db.read(trx -> repo.root(trx.dsl()));
    }

    public Optional<PartyUnit> findByName(String name) {
        return db.read(trx -> repo.findByName(trx.dsl(), name));
    }

    /// The unit's fields and members on the roll; a committee counts the members of every unit below it.
    public Optional<UnitDetails> details(long id) {
        return db.read(trx -> {
            Optional<UnitDetails> d = repo.details(trx.dsl(), id);
            if (d.isEmpty() || d.get().unit().kind().isCell() || d.get().unit().kind() == UnitKind.PARTY_GROUP) {
                return d;
            }
            Map<Long, int[]> counts = repo.memberCounts(trx.dsl(), subtree(repo.all(trx.dsl()), id));
            int full = counts.values().stream().mapToInt(c -> c[0]).sum();
            int probationary = counts.values().stream().mapToInt(c -> c[1]).sum();
            UnitDetails x = d.get();
            return Optional.of(new UnitDetails(x.unit(), x.shortCode(), x.meetingSchedule(), x.note(),
                    x.dissolvedDecision(), x.mergedIntoId(), full, probationary));
        });
    }

    /// The unit and every unit below it (bounded: a parent cycle in bad data cannot loop).
    private static List<Long> subtree(List<PartyUnit> all, long unitId) {
        List<Long> ids = new ArrayList<>(List.of(unitId));
        for (int i = 0; i < ids.size() && ids.size() <= all.size(); i++) {
            long p = ids.get(i);
            all.stream().filter(u -> u.parentId().equals(Optional.of(p)) && !ids.contains(u.id())).forEach(u -> ids.add(u.id()));
        }
        return ids;
    }

    /// Creates a unit under its parent: kind rules of [UnitRules#allowedUnder], name unique among active siblings.
    public long create(NewUnit u) throws AppException {
        return save(trx -> {
            DSLContext t = trx.dsl();
            Optional<PartyUnit> parent = u.parentId().isEmpty() ? Optional.empty() : Optional.of(active(t, u.parentId().get()));
            checkName(t, u.name(), u.parentId(), -1);
            checkPlacement(u.kind(), parent);
            long id = repo.insert(t, u);
            audit.record(AuditChange.of("UNIT_CREATE", "party_unit", id, "Create " + u.kind() + " '" + Text.clean(u.name()) + "'"
                    + parent.map(p -> " under " + p.id()).orElse("")));
            return id;
        });
    }

    /// Saves the detail panel; a new name must stay unique among the active siblings.
    public void update(UnitUpdate u) throws AppException {
        save(trx -> {
            DSLContext t = trx.dsl();
            PartyUnit old = active(t, u.id());
            checkName(t, u.name(), old.parentId(), old.id());
            UnitDetails before = repo.details(t, u.id()).orElseThrow(() -> new AppException("unit.error.notFound"));
            repo.update(t, u, LocalDateTime.now(clock));
            UnitDetails after = repo.details(t, u.id()).orElseThrow(() -> new AppException("unit.error.notFound"));
            String clean = Text.clean(u.name());
            String what = old.name().equals(clean) ? "Update '" + clean + "'" : "Rename '" + old.name() + "' to '" + clean + "'";
            audit.record(AuditChange.of(old.name().equals(clean) ? "UNIT_UPDATE" : "UNIT_RENAME", "party_unit", old.id(),
                    what + ": " + changes(before, after)));
            return null;
        });
    }

    /// "field: old -> new" for every field of the detail panel that changed (English: the audit log is for support).
    static String changes(UnitDetails a, UnitDetails b) {
        List<String> out = new ArrayList<>();
        change(out, "name", a.unit().name(), b.unit().name());
        change(out, "cellType", a.unit().cellType(), b.unit().cellType());
        change(out, "shortCode", a.shortCode(), b.shortCode());
        change(out, "establishedDate", a.unit().establishedDate(), b.unit().establishedDate());
        change(out, "establishedDecision", a.unit().establishedDecision(), b.unit().establishedDecision());
        change(out, "meetingSchedule", a.meetingSchedule(), b.meetingSchedule());
        change(out, "note", a.note(), b.note());
        return out.isEmpty() ? "-" : String.join("; ", out);
    }

    private static void change(List<String> out, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(field + ": " + shown(a) + " -> " + shown(b));
        }
    }

    private static String shown(Object o) {
        return o instanceof Optional<?> x ? x.map(String::valueOf).orElse("") : String.valueOf(o);
    }

    public void rename(long id, String name) throws AppException {
        UnitDetails d = details(id).orElseThrow(() -> new AppException("unit.error.notFound"));
        PartyUnit u = d.unit();
        update(new UnitUpdate(id, name, u.cellType(), d.shortCode(), u.establishedDate(), u.establishedDecision(),
                d.meetingSchedule(), d.note()));
    }

    /// Moves a unit (with its subtree) under another active unit; never under itself or its own descendant.
    public void move(long id, long newParentId) throws AppException {
        save(trx -> {
            DSLContext t = trx.dsl();
            PartyUnit u = active(t, id);
            PartyUnit p = active(t, newParentId);
            Map<Long, Long> parentOf = new HashMap<>();
            for (PartyUnit x : repo.all(t)) {
                x.parentId().ifPresent(pid -> parentOf.put(x.id(), pid));
            }
            if (UnitRules.wouldCycle(id, newParentId, parentOf)) {
                throw new AppException("unit.error.moveCycle", u.name(), p.name());
            }
            checkPlacement(u.kind(), Optional.of(p));
            checkName(t, u.name(), Optional.of(newParentId), id);
            repo.setParent(t, id, newParentId, LocalDateTime.now(clock));
            audit.record(AuditChange.of("UNIT_MOVE", "party_unit", id, "Move '" + u.name() + "' under '" + p.name() + "'"));
            return null;
        });
    }

    /// Merges cell source into cell target on date: members on the roll move with one dated event each, the
    /// source's open leadership ends, and the source is dissolved with merged_into_id (its history stays).
    public int merge(long sourceId, long targetId, Optional<LocalDate> date, Optional<String> decision) throws AppException {
        return save(trx -> {
            DSLContext t = trx.dsl();
            LocalDate d = date.orElseThrow(() -> new AppException("unit.error.mergeDateRequired"));
            PartyUnit s = active(t, sourceId);
            PartyUnit target = active(t, targetId);
            if (sourceId == targetId) {
                throw new AppException("unit.error.mergeSame");
            }
            if (!s.kind().isCell() || !target.kind().isCell()) {
                throw new AppException("unit.error.mergeNotCells");
            }
            checkNotBeforeEstablished(s, d, "unit.error.mergeDateBeforeEstablished");
            int children = repo.countActiveChildren(t, sourceId);
            if (children > 0) {
                throw new AppException("unit.error.mergeHasChildren", s.name(), children);
            }
            int moved = members.lifecycle().moveAllOnRoll(sourceId, targetId, d, decision,
                    I18n.t("unit.merge.eventNote", s.name(), target.name()));
            repo.endOpenLeaders(t, sourceId, d);
            repo.dissolve(t, sourceId, d, decision, Optional.of(targetId), LocalDateTime.now(clock));
            audit.record(AuditChange.of("UNIT_MERGE", "party_unit", sourceId, "Merge '" + s.name() + "' into '" + target.name()
                    + "' on " + d + ", " + moved + " member(s) moved"));
            return moved;
        });
    }

    /// Dissolves a unit that has no members on the roll and no active children; its history stays.
    public void dissolve(long id, Optional<LocalDate> date, Optional<String> decision) throws AppException {
        save(trx -> {
            DSLContext t = trx.dsl();
            PartyUnit u = active(t, id);
            if (u.parentId().isEmpty()) {
                throw new AppException("unit.error.dissolveRoot");
            }
            LocalDate d = date.orElseThrow(() -> new AppException("unit.error.dissolveDateRequired"));
            checkNotBeforeEstablished(u, d, "unit.error.dissolveDateBeforeEstablished");
            int members = repo.countOnRoll(t, id);
            if (members > 0) {
                throw new AppException("unit.error.dissolveHasMembers", u.name(), members);
            }
            int children = repo.countActiveChildren(t, id);
            if (children > 0) {
                throw new AppException("unit.error.dissolveHasChildren", u.name(), children);
            }
            repo.endOpenLeaders(t, id, d);
            repo.dissolve(t, id, d, decision, Optional.empty(), LocalDateTime.now(clock));
            audit.record(AuditChange.of("UNIT_DISSOLVE", "party_unit", id, "Dissolve '" + u.name() + "' on " + d));
            return null;
        });
    }

    public List<LeaderAssignment> leaders(long unitId) {
        return db.read(trx -> repo.leaders(trx.dsl(), Optional.of(unitId)));
    }

    /// Members on the roll of the unit and of every unit below it (who can be chosen as its leaders).
    public List<UnitMemberRef> candidates(long unitId) {
        return db.read(trx -> repo.membersOf(trx.dsl(), subtree(repo.all(trx.dsl()), unitId)));
    }

    /// Adds a leader: member and from date required, to date and term end not before from, one secretary at a time.
    public long addLeader(NewLeader l) throws AppException {
        return save(trx -> {
            DSLContext t = trx.dsl();
            PartyUnit u = active(t, l.unitId());
            long memberId = l.memberId().orElseThrow(() -> new AppException("leader.error.memberRequired"));
            String name = repo.memberName(t, memberId).orElseThrow(() -> new AppException("leader.error.memberRequired"));
            LocalDate from = l.from().orElseThrow(() -> new AppException("leader.error.fromRequired"));
            if (l.to().isPresent() && l.to().get().isBefore(from)) {
                throw new AppException("leader.error.toBeforeFrom", from);
            }
            if (l.termEnd().isPresent() && l.termEnd().get().isBefore(from)) {
                throw new AppException("leader.error.termEndBeforeFrom", from);
            }
            if (l.role() == UnitRules.LeaderRole.SECRETARY) {
                for (LeaderAssignment a : repo.leaders(t, Optional.of(u.id()))) {
                    if (a.role() == UnitRules.LeaderRole.SECRETARY && overlaps(a, from, l.to())) {
                        throw new AppException("leader.error.secondSecretary", u.name(), a.memberName(), a.from());
                    }
                }
            }
            long id = repo.insertLeader(t, l);
            audit.record(AuditChange.of("LEADER_ADD", "leadership_assignment", id, "Add " + l.role() + " '" + name + "' to '"
                    + u.name() + "' from " + from));
            return id;
        });
    }

    /// Writes the leadership history of a bulk load (the demo commune: past and current committees) as one jOOQ batch,
    /// inside the caller's transaction when there is one. Each needs a member and a from date, and no to date or term
    /// end before it; the bulk load is refused as a whole otherwise. Returns how many.
    public int importLeaders(List<NewLeader> leaders) throws AppException {
        for (NewLeader l : leaders) {
            if (l.memberId().isEmpty()) {
                throw new AppException("leader.error.memberRequired");
            }
            LocalDate from = l.from().orElseThrow(() -> new AppException("leader.error.fromRequired"));
            if (l.to().isPresent() && l.to().get().isBefore(from)) {
                throw new AppException("leader.error.toBeforeFrom", from);
            }
            if (l.termEnd().isPresent() && l.termEnd().get().isBefore(from)) {
                throw new AppException("leader.error.termEndBeforeFrom", from);
            }
        }
        return save(trx -> repo.insertLeaders(trx.dsl(), leaders));
    }

    /// Ends an assignment on the given date (not before its from date).
    public void endLeader(long assignmentId, Optional<LocalDate> to) throws AppException {
        save(trx -> {
            DSLContext t = trx.dsl();
            LeaderAssignment a = repo.leader(t, assignmentId).orElseThrow(() -> new AppException("leader.error.notFound"));
            LocalDate d = to.orElseThrow(() -> new AppException("leader.error.toRequired"));
            if (d.isBefore(a.from())) {
                throw new AppException("leader.error.toBeforeFrom", a.from());
            }
            repo.endLeader(t, assignmentId, d);
            audit.record(AuditChange.of("LEADER_END", "leadership_assignment", assignmentId, "End " + a.role() + " '"
                    + a.memberName() + "' on " + d));
            return null;
        });
    }

    /// Deletes an assignment entered by mistake (ending one is [#endLeader]).
    public void removeLeader(long assignmentId) throws AppException {
        save(trx -> {
            DSLContext t = trx.dsl();
            LeaderAssignment a = repo.leader(t, assignmentId).orElseThrow(() -> new AppException("leader.error.notFound"));
            repo.deleteLeader(t, assignmentId);
            audit.record(AuditChange.of("LEADER_REMOVE", "leadership_assignment", assignmentId, "Remove " + a.role() + " '"
                    + a.memberName() + "' of unit " + a.unitId() + " from " + a.from()));
            return null;
        });
    }

    /// Warnings of [UnitRules] for every active unit, in tree order.
    public List<UnitRules.Warning> warnings(LocalDate today) {
        return db.read(trx -> {
            DSLContext t = trx.dsl();
            Map<Long, int[]> counts = repo.memberCounts(t, List.of());
            Map<Long, List<UnitRules.Leader>> leaders = new HashMap<>();
            for (LeaderAssignment a : repo.leaders(t, Optional.empty())) {
                leaders.computeIfAbsent(a.unitId(), k -> new ArrayList<>()).add(new UnitRules.Leader(a.memberName(),
                        a.role(), a.from(), a.to(), a.termEnd()));
            }
            List<UnitRules.Warning> out = new ArrayList<>();
            for (PartyUnit u : repo.all(t)) {
                int full = counts.getOrDefault(u.id(), new int[2])[0];
                out.addAll(UnitRules.warnings(new UnitRules.Facts(u.id(), u.name(), u.kind(), u.active(), full,
                        leaders.getOrDefault(u.id(), List.of())), today));
            }
            return out;
        });
    }

    private static boolean overlaps(LeaderAssignment a, LocalDate from, Optional<LocalDate> to) {
        boolean startsBeforeOtherEnds = a.to().map(e -> !from.isAfter(e)).orElse(true);
        boolean otherStartsBeforeEnd = to.map(e -> !a.from().isAfter(e)).orElse(true);
        return startsBeforeOtherEnds && otherStartsBeforeEnd;
    }

    private PartyUnit active(DSLContext t, long id) throws AppException {
        PartyUnit u = repo.find(t, id).orElseThrow(() -> new AppException("unit.error.notFound"));
        if (!u.active()) {
            throw new AppException("unit.error.dissolved", u.name());
        }
        return u;
    }

    private void checkName(DSLContext t, String name, Optional<Long> parentId, long self) throws AppException {
        String clean = Text.clean(name);
        if (clean.isEmpty()) {
            throw new AppException("unit.error.nameRequired");
        }
        if (clean.length() > MAX_NAME) {
            throw new AppException("unit.error.nameTooLong", MAX_NAME);
        }
        if (repo.nameTaken(t, parentId, clean, self)) {
            throw new AppException("unit.error.nameTaken", clean);
        }
    }

    private static void checkPlacement(UnitKind kind, Optional<PartyUnit> parent) throws AppException {
        if (!UnitRules.allowedUnder(kind, parent.map(PartyUnit::kind))) {
            if (parent.isEmpty()) {
                throw new AppException("unit.error.parentRequired", I18n.t(kind.i18nKey()));
            }
            throw new AppException("unit.error.placement", I18n.t(kind.i18nKey()), I18n.t(parent.get().kind().i18nKey()));
        }
    }

    private static void checkNotBeforeEstablished(PartyUnit u, LocalDate d, String key) throws AppException {
        if (u.establishedDate().isPresent() && d.isBefore(u.establishedDate().get())) {
            throw new AppException(key, u.establishedDate().get());
        }
    }

    private <T> T save(TransactionalCallable<T> work) throws AppException {
        return db.change(work);
    }
}
