package vn.dangvu.registrations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.members.MemberService;
import vn.dangvu.party.UnitKind;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitService;
import vn.dangvu.years.WorkingYearService;

/// Learning and emulation registrations (issue 10, domain.md §7): each member's and each cell's registration of a
/// working year, its items and their year-end assessment; coverage per cell; copying last year's items forward.
/// Every change is one transaction that first asks [WorkingYearService#requireWritable] (a closed year is
/// read-only) and is recorded in the audit trail. [#results] and [#coverage] are the read API of the rating and the
/// yearly report.
public final class RegistrationService {

    private final Database db;
    private final RegistrationRepository regs;
    private final CollectiveRepository cells;
    private final TemplateRepository templates;
    private final RosterRepository roster;
    private final WorkingYearService years;
    private final UnitService units;
    private final MemberService memberList;
    private final AuditService audit;
    private final Clock clock;

    public RegistrationService(Database db, RegistrationRepository regs, CollectiveRepository cells, TemplateRepository templates,
                               RosterRepository roster, WorkingYearService years, UnitService units, MemberService members,
                               AuditService audit, Clock clock) {
        this.db = db;
        this.regs = regs;
        this.cells = cells;
        this.templates = templates;
        this.roster = roster;
        this.years = years;
        this.units = units;
        this.memberList = members;
        this.audit = audit;
        this.clock = clock;
    }

    /// The day a year's roll is counted on: today while the year runs, else its first or last day.
    public LocalDate asOf(int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return today.isBefore(first) ? first : today.isAfter(last) ? last : today;
    }

    public Optional<Registration> find(int year, Subject s) {
        return db.read(trx -> s.isMember() ? regs.findForMember(trx.dsl(), year, s.id()) : cells.findForUnit(trx.dsl(), year, s.id()));
    }

    /// Saves a form typed by the clerk: a new registration (refused when the member or cell already has one for the
    /// year) or the edit of an existing one (its items replaced). Refuses a closed year, a member not on the roll in
    /// the year, a unit that registers no collective, and every problem [RegistrationRules#check] finds. A confirmed
    /// draft loses its "copied" mark; a registration whose every item has the cell's assessment is REVIEWED.
    public Registration save(RegistrationForm typed) throws AppException {
        RegistrationForm f = RegistrationRules.normalise(typed);
        refuse(RegistrationRules.check(f));
        return db.change(trx -> {
            DSLContext t = trx.dsl();
            years.requireWritable(f.year());
            LocalDateTime now = LocalDateTime.now(clock);
            RegistrationStatus status = status(f);
            long id;
            if (f.subject().isMember()) {
                YearRoll.Member m = rollMember(t, f.subject().id(), f.year());
                Optional<Registration> existing = regs.findForMember(t, f.year(), f.subject().id());
                checkSame(f, existing, "registrations.error.duplicate", m.facts().fullName());
                RegistrationRepository.New n = new RegistrationRepository.New(f, m.cellId(), status, Optional.empty(),
                        Tally.of(f.items()));
                if (existing.isPresent()) {
                    id = existing.get().id();
                    regs.update(t, id, n, now);
                } else {
                    id = regs.insert(t, n, now);
                }
                audit.record(AuditChange.of(existing.isPresent() ? "REGISTRATION_EDIT" : "REGISTRATION_CREATE",
                        "learning_registration", id, "Registration " + f.year() + " of member " + f.subject().id() + ": "
                        + f.items().size() + " items, " + status));
                return regs.find(t, id).orElseThrow();
            }
            PartyUnit u = collectiveUnit(f.subject().id(), f.year());
            Optional<Registration> existing = cells.findForUnit(t, f.year(), u.id());
            checkSame(f, existing, "registrations.error.cellDuplicate", u.name());
            if (existing.isPresent()) {
                id = existing.get().id();
                cells.update(t, id, f, status, now);
            } else {
                id = cells.insert(t, f, status, Optional.empty(), now);
            }
            audit.record(AuditChange.of(existing.isPresent() ? "REGISTRATION_EDIT" : "REGISTRATION_CREATE",
                    "collective_registration", id, "Registration " + f.year() + " of unit " + u.id() + ": "
                    + f.items().size() + " items, " + status));
            return cells.findForUnit(t, f.year(), u.id()).orElseThrow();
        });
    }

    /// Deletes a registration entered by mistake (recorded in the audit trail with its item count).
    public void delete(int year, Subject s) throws AppException {
        db.change(trx -> {
            DSLContext t = trx.dsl();
            years.requireWritable(year);
            Optional<Registration> r = s.isMember() ? regs.findForMember(t, year, s.id()) : cells.findForUnit(t, year, s.id());
            if (r.isEmpty()) {
                throw new AppException("registrations.error.gone");
            }
            boolean gone = s.isMember() ? regs.delete(t, r.get().id()) : cells.delete(t, r.get().id());
            audit.record(AuditChange.of("REGISTRATION_DELETE", s.isMember() ? "learning_registration" : "collective_registration",
                    r.get().id(), "Deleted registration " + year + " of " + s.kind() + " " + s.id() + " (" + gone + ")")
                    .values(r.get().form().items().size() + " items", null));
            return null;
        });
    }

    /// Writes many registrations of one year at once (an import, the demo): every form is checked as [#save] checks
    /// it, none may exist yet, and either all are written or none. Returns the number written.
    public int insertAll(int year, List<RegistrationForm> forms) throws AppException {
        List<RegistrationForm> clean = new ArrayList<>(forms.size());
        for (RegistrationForm f : forms) {
            if (f.year() != year) {
                throw new IllegalArgumentException("form of " + f.year() + " in a bulk write of " + year);
            }
            RegistrationForm n = RegistrationRules.normalise(f);
            refuse(RegistrationRules.check(n));
            clean.add(n);
        }
        return db.change(trx -> {
            DSLContext t = trx.dsl();
            years.requireWritable(year);
            Roster r = Roster.of(roster.facts(t, Optional.empty()), year, asOf(year));
            Map<Long, Long> existing = regs.registeredMembers(t, year);
            Set<Long> unitsDone = new HashSet<>(byUnit(cells.all(t, year)).keySet());
            List<RegistrationRepository.New> rows = new ArrayList<>();
            LocalDateTime now = LocalDateTime.now(clock);
            int collective = 0;
            for (RegistrationForm f : clean) {
                if (f.subject().isMember()) {
                    YearRoll.Member m = r.member(f.subject().id()).orElseThrow(() -> notInYear(t, f.subject().id(), year));
                    if (existing.put(f.subject().id(), 0L) != null) {
                        throw new AppException("registrations.error.duplicate", m.facts().fullName(), year);
                    }
                    rows.add(new RegistrationRepository.New(f, m.cellId(), status(f), Optional.empty(), Tally.of(f.items())));
                } else {
                    PartyUnit u = collectiveUnit(f.subject().id(), year);
                    if (!unitsDone.add(u.id())) {
                        throw new AppException("registrations.error.cellDuplicate", u.name(), year);
                    }
                    cells.insert(t, f, status(f), Optional.empty(), now);
                    collective++;
                }
            }
            regs.insertAll(t, year, rows, now);
            audit.record(AuditChange.general("REGISTRATION_BULK", "learning_registration", "Wrote " + rows.size()
                    + " member and " + collective + " cell registrations of " + year));
            return rows.size() + collective;
        });
    }

    /// Writes the registrations of a bulk history load (the demo commune's past and current years) as given: members'
    /// with their items and the counts stored with them, and cells'; inside the caller's transaction when there is
    /// one, no year check (past years are closed), no audit rows. None may exist yet. Returns how many.
    public int importHistory(List<HistoryRegistration> rows) {
        return db.save(trx -> {
            DSLContext t = trx.dsl();
            LocalDateTime now = LocalDateTime.now(clock);
            List<HistoryRegistration> members = rows.stream().filter(h -> h.form().subject().isMember()).toList();
            regs.insertHistory(t, members, now);
            for (HistoryRegistration h : rows) {
                if (!h.form().subject().isMember()) {
                    cells.insert(t, h.form(), h.status(), Optional.empty(), now);
                }
            }
            return rows.size();
        });
    }

    /// The item texts of the year the clerk reuses.
    public List<ItemTemplate> templates(int year) {
        return db.read(trx -> templates.all(trx.dsl(), year));
    }

    /// Adds an item text to the year's templates (refused when the same content is there already).
    public ItemTemplate addTemplate(int year, RegistrationItem item) throws AppException {
        RegistrationItem i = RegistrationRules.filled(List.of(item)).stream().findFirst()
                .orElseThrow(() -> new AppException("registrations.error.templateEmpty"));
        RegistrationForm f = RegistrationRules.normalise(RegistrationForm.of(year, Subject.cell(0), List.of(i.forYear(0))));
        refuse(RegistrationRules.check(f));
        RegistrationItem clean = f.items().getFirst();
        return db.change(trx -> {
            years.requireWritable(year);
            String key = Text.fold(clean.content());
            Optional<ItemTemplate> same = templates.all(trx.dsl(), year).stream()
                    .filter(x -> Text.fold(x.content()).equals(key)).findFirst();
            if (same.isPresent()) {
                throw new AppException("registrations.error.templateExists", same.get().content(), year);
            }
            long id = templates.insert(trx.dsl(), year, clean, LocalDateTime.now(clock));
            audit.record(AuditChange.of("REGISTRATION_TEMPLATE_ADD", "registration_template", id, "Template of " + year));
            return templates.find(trx.dsl(), id).orElseThrow();
        });
    }

    public void removeTemplate(long id) throws AppException {
        db.change(trx -> {
            ItemTemplate x = templates.find(trx.dsl(), id).orElseThrow(() -> new AppException("registrations.error.gone"));
            years.requireWritable(x.year());
            templates.delete(trx.dsl(), id);
            audit.record(AuditChange.of("REGISTRATION_TEMPLATE_REMOVE", "registration_template", id, "Template of " + x.year())
                    .values(x.content(), null));
            return null;
        });
    }

    /// "Copy from last year": drafts of every member's and cell's registration of `from` for `to`, items kept and their
    /// deadlines moved to the new year, assessments and year-end texts left out. Members who left the roll are
    /// skipped, as are members and cells that already have a registration for `to`; new members get none. The year's
    /// item templates are copied too. One transaction; `to` must be open.
    public CopySummary copyFromYear(int from, int to) throws AppException {
        if (from == to) {
            throw new AppException("registrations.error.sameYear", from);
        }
        return db.change(trx -> {
            DSLContext t = trx.dsl();
            years.requireWritable(to);
            LocalDateTime now = LocalDateTime.now(clock);
            Roster r = Roster.of(roster.facts(t, Optional.empty()), to, asOf(to));
            Map<Long, Long> existing = regs.registeredMembers(t, to);
            List<RegistrationRepository.New> rows = new ArrayList<>();
            int left = 0;
            int skipped = 0;
            for (Registration old : regs.all(t, from)) {
                Optional<YearRoll.Member> m = r.member(old.form().subject().id()).filter(YearRoll.Member::onRollAsOf);
                if (m.isEmpty()) {
                    left++;
                } else if (existing.containsKey(old.form().subject().id())) {
                    skipped++;
                } else {
                    RegistrationForm d = draft(old.form(), to);
                    rows.add(new RegistrationRepository.New(d, m.get().cellId(), RegistrationStatus.DRAFT, Optional.of(from),
                            Tally.of(d.items())));
                }
            }
            regs.insertAll(t, to, rows, now);
            Map<Long, Registration> cellsThere = byUnit(cells.all(t, to));
            Map<Long, PartyUnit> active = activeUnits(to);
            int copiedCells = 0;
            for (Registration old : cells.all(t, from)) {
                long unit = old.form().subject().id();
                if (!active.containsKey(unit)) {
                    left++;
                } else if (cellsThere.containsKey(unit)) {
                    skipped++;
                } else {
                    cells.insert(t, draft(old.form(), to), RegistrationStatus.DRAFT, Optional.of(from), now);
                    copiedCells++;
                }
            }
            int copiedTemplates = copyTemplates(t, from, to, now);
            audit.record(AuditChange.general("REGISTRATION_COPY", "learning_registration", "Copied " + from + " -> " + to + ": "
                    + rows.size() + " members, " + copiedCells + " cells, " + copiedTemplates + " templates; skipped " + left
                    + " gone, " + skipped + " existing"));
            return new CopySummary(rows.size(), copiedCells, left, skipped, copiedTemplates);
        });
    }

    private int copyTemplates(DSLContext t, int from, int to, LocalDateTime now) {
        List<String> there = templates.all(t, to).stream().map(x -> Text.fold(x.content())).toList();
        int n = 0;
        for (ItemTemplate x : templates.all(t, from)) {
            if (!there.contains(Text.fold(x.content()))) {
                templates.insert(t, to, x.item().forYear(to - from), now);
                n++;
            }
        }
        return n;
    }

    private static RegistrationForm draft(RegistrationForm old, int to) {
        return new RegistrationForm(Optional.empty(), to, old.subject(), old.study(), old.pledge(), Optional.empty(), "", "",
                old.targetLevel(), old.items().stream().map(i -> i.forYear(to - old.year())).toList());
    }

    /// Each member of the year (on the roll on some day of it) with where they stand, by member id, in name order;
    /// for the rating (results beside each member) and the yearly report.
    public Map<Long, MemberResult> results(int year) {
        Map<Long, MemberResult> out = new LinkedHashMap<>();
        for (CellMember m : db.read(trx -> members(trx.dsl(), year))) {
            out.put(m.memberId(), m.result());
        }
        return out;
    }

    /// Every member of the year with where they stand, in name order (the export and the printed lists).
    public List<CellMember> members(int year) {
        return db.read(trx -> members(trx.dsl(), year));
    }

    /// Every registration of the year, members' and cells' (`Subject` tells which), with their items.
    public List<Registration> registrations(int year) {
        return db.read(trx -> {
            List<Registration> out = new ArrayList<>(regs.all(trx.dsl(), year));
            out.addAll(cells.all(trx.dsl(), year));
            return out;
        });
    }

    /// The members of a cell in the year with where they stand: those on the roll, then those who left during it.
    public List<CellMember> cellMembers(int year, long unitId) {
        return CoverageRules.ofCell(db.read(trx -> members(trx.dsl(), year)), unitId);
    }

    /// Coverage per cell (units holding members, and units with a collective registration), in the unit tree's order,
    /// and the total.
    public Coverage coverage(int year) {
        return db.read(trx -> CoverageRules.coverage(year, asOf(year), units.all(), members(trx.dsl(), year),
                cells.counted(trx.dsl(), year)));
    }

    /// The members from the member list kept in memory ([MemberService#list]) with the events of those who changed
    /// since the year began: a year of 3,000 members is counted without reading every member and event again.
    private List<CellMember> members(DSLContext t, int year) {
        Map<Long, List<YearRoll.Event>> changed = roster.eventsOfMembersChangedAfter(t, LocalDate.of(year, 1, 1));
        List<MemberRow> rows = memberList.list(MemberQuery.all());
        List<YearRoll.Facts> facts = new ArrayList<>(rows.size());
        for (MemberRow r : rows) {
            facts.add(new YearRoll.Facts(r.id(), r.fullName(), Optional.ofNullable(r.birthDate()),
                    r.cardNumber() == null ? "" : r.cardNumber(), r.unitId(), r.status(),
                    Optional.ofNullable(r.admissionDecisionDate()), changed.getOrDefault(r.id(), List.of())));
        }
        return CoverageRules.members(facts, year, asOf(year), regs.counted(t, year));
    }

    private YearRoll.Member rollMember(DSLContext t, long memberId, int year) throws AppException {
        YearRoll.Facts f = roster.facts(t, Optional.of(memberId)).stream().findFirst()
                .orElseThrow(() -> new AppException("registrations.error.unknownMember", memberId));
        Optional<YearRoll.Member> m = YearRoll.member(f, year, asOf(year));
        if (m.isEmpty()) {
            throw notInYear(f, year);
        }
        return m.get();
    }

    private AppException notInYear(DSLContext t, long memberId, int year) {
        return roster.facts(t, Optional.of(memberId)).stream().findFirst().map(f -> notInYear(f, year))
                .orElseGet(() -> new AppException("registrations.error.unknownMember", memberId));
    }

    /// Why a member cannot register for the year (joined after it ended, or left before it began), in Vietnamese.
    static String notInYearMessage(YearRoll.Facts f, int year) {
        return notInYear(f, year).userMessage();
    }

    private static AppException notInYear(YearRoll.Facts f, int year) {
        return YearRoll.presence(f, year) == YearRoll.Presence.JOINED_AFTER
                ? new AppException("registrations.error.joinedAfter", f.fullName(), year)
                : new AppException("registrations.error.leftBefore", f.fullName(), year);
    }

    /// The unit of a cell's registration: a unit below the commune committee that had not been dissolved before
    /// the year began.
    private PartyUnit collectiveUnit(long unitId, int year) throws AppException {
        PartyUnit u = units.all().stream().filter(x -> x.id() == unitId).findFirst()
                .orElseThrow(() -> new AppException("registrations.error.unknownUnit", unitId));
        if (u.kind() == UnitKind.COMMUNE_COMMITTEE) {
            throw new AppException("registrations.error.notACell", u.name());
        }
        if (u.dissolvedDate().map(d -> d.getYear() < year).orElse(false)) {
            throw new AppException("registrations.error.unitDissolved", u.name(), year);
        }
        return u;
    }

    private Map<Long, PartyUnit> activeUnits(int year) {
        Map<Long, PartyUnit> out = new HashMap<>();
        for (PartyUnit u : units.all()) {
            if (u.kind() != UnitKind.COMMUNE_COMMITTEE && !u.dissolvedDate().map(d -> d.getYear() < year).orElse(false)) {
                out.put(u.id(), u);
            }
        }
        return out;
    }

    private static Map<Long, Registration> byUnit(List<Registration> list) {
        Map<Long, Registration> out = new HashMap<>();
        list.forEach(r -> out.put(r.form().subject().id(), r));
        return out;
    }

    private static void checkSame(RegistrationForm f, Optional<Registration> existing, String duplicateKey, String name)
            throws AppException {
        if (f.id().isEmpty() && existing.isPresent()) {
            throw new AppException(duplicateKey, name, f.year());
        }
        if (f.id().isPresent() && (existing.isEmpty() || existing.get().id() != f.id().get())) {
            throw new AppException("registrations.error.gone");
        }
    }

    private static RegistrationStatus status(RegistrationForm f) {
        boolean reviewed = !f.items().isEmpty() && f.items().stream().allMatch(i -> i.reviewResult().isPresent());
        return reviewed ? RegistrationStatus.REVIEWED : RegistrationStatus.CONFIRMED;
    }

    private static void refuse(List<RegistrationRules.Violation> violations) throws AppException {
        if (!violations.isEmpty()) {
            throw new AppException("registrations.error.invalid", violations.getFirst().message());
        }
    }
}
