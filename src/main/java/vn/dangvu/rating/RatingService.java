package vn.dangvu.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.docnumbers.DocumentNumber;
import vn.dangvu.docnumbers.DocumentNumberService;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitService;
import vn.dangvu.years.WorkingYear;
import vn.dangvu.years.WorkingYearService;

/// The year-end rating (issue 11, domain.md §6): the year's rule set and rating date, the roster of organisations
/// and members with what is shown beside them, saving a rating with every check of the rules (the year writable,
/// exemptions, score and level, the conditions applied by themselves, the quota), the summary, the members KHTNV
/// two years running, the candidates for commendation and the decision on the organisations' ratings. Every write
/// is one transaction that the closed year refuses, recorded in the audit trail.
public final class RatingService {

    static final int MAX_REASON = 500;
    static final int MAX_JUSTIFICATION = 2000;

    private final Database db;
    private final RatingRepository repo;
    private final RuleSetRepository ruleSets;
    private final AuditService audit;
    private final WorkingYearService years;
    private final UnitService units;
    private final DocumentNumberService numbers;
    private final Clock clock;
    private final RegistrationFacts registrations;
    private final AttendanceFacts attendance;

    public RatingService(Database db, RatingRepository repo, RuleSetRepository ruleSets, AuditService audit,
                         WorkingYearService years, UnitService units, DocumentNumberService numbers, Clock clock,
                         RegistrationFacts registrations, AttendanceFacts attendance) {
        this.db = db;
        this.repo = repo;
        this.ruleSets = ruleSets;
        this.audit = audit;
        this.years = years;
        this.units = units;
        this.numbers = numbers;
        this.clock = clock;
        this.registrations = registrations;
        this.attendance = attendance;
    }

    /// The rating of an opened working year: its rule set, rating date and state.
    public RatingYear year(int year) throws AppException {
        WorkingYear wy = years.find(year).orElseThrow(() -> new AppException("year.error.notOpened", year));
        Optional<RuleSet> rs = db.read(trx -> ruleSets.find(trx.dsl(), wy.ruleSetCode()));
        Optional<RatingRepository.YearRow> row = db.read(trx -> repo.year(trx.dsl(), year));
        Optional<DocumentNumber> decision = row.flatMap(RatingRepository.YearRow::decisionId).flatMap(numbers::find);
        return new RatingYear(year, rs.orElseThrow(() -> new AppException("year.error.unknownRuleSet", wy.ruleSetCode())),
                row.map(RatingRepository.YearRow::ratingDate).orElse(LocalDate.of(year, 12, 31)), wy.state(),
                decision.map(DocumentNumber::text), row.flatMap(RatingRepository.YearRow::decisionDate));
    }

    /// Everything the screen shows for a year.
    public Roster roster(int year) throws AppException {
        RatingYear y = year(year);
        List<PartyUnit> all = units.all();
        Map<Long, RegistrationFact> reg = registrations.forYear(year);
        Map<Long, AttendanceFact> att = attendance.forYear(year);
        return db.read(trx -> {
            DSLContext t = trx.dsl();
            return RosterBuilder.build(new RosterBuilder.Input(y, all, repo.members(t, y.ratingDate(), Optional.empty(), Optional.empty()),
                    repo.disciplines(t, year), repo.leaders(t, y.ratingDate()), repo.evaluations(t, year, Subject.Kind.MEMBER),
                    repo.evaluations(t, year, Subject.Kind.UNIT), reg, att, repo.justifications(t, year, Subject.Kind.MEMBER),
                    repo.justifications(t, year, Subject.Kind.UNIT)));
        });
    }

    /// Saves one member's or organisation's rating. Refused, with nothing written: a closed year, a member not on
    /// the roll on the rating date or not to be rated, a level the rule set lacks, a score outside 0–100 or above
    /// what the level allows, a level against a condition the rule set applies by itself, an HTXSNV over the quota
    /// without a justification (or at all when the rule set blocks). A condition the rule set applies by itself is
    /// stored when no level is given. Returns the stored evaluation (empty when everything was cleared).
    public Optional<Evaluation> save(RatingInput raw) throws AppException {
        RatingInput in = SaveRules.clean(raw);
        return db.change(trx -> {
            years.requireWritable(in.year());
            RatingYear y = year(in.year());
            Map<Long, PartyUnit> all = units.all().stream().collect(Collectors.toMap(PartyUnit::id, Function.identity()));
            SaveRules.Outcome o = in.subject().isMember() ? SaveRules.member(y, in, memberCase(trx.dsl(), y, all, in.subject().id()))
                    : SaveRules.unit(y, in, unitCase(trx.dsl(), y, all, in.subject().id()));
            return write(trx.dsl(), y, all, in, o, true);
        });
    }

    /// Writes the evaluations of a bulk load (the demo commune's history) as given, without the rules' checks, inside
    /// the caller's transaction when there is one; no audit rows (as the other features' bulk loads).
    public int importEvaluations(List<Evaluation> rows) {
        LocalDateTime now = LocalDateTime.now(clock);
        return db.save(trx -> repo.insertAll(trx.dsl(), rows, now));
    }

    /// Checks many ratings of a year at once (an import) without writing: for each input, its refusal if any.
    public List<Optional<AppException>> check(int year, List<RatingInput> inputs) throws AppException {
        Roster r = roster(year);
        return BulkRules.check(r, inputs).stream().map(BulkRules.Result::refusal).toList();
    }

    /// Saves many ratings of a year in one transaction, all or nothing: the first refusal ([#check]) is thrown and
    /// nothing is written. Returns how many were written.
    public int saveAll(int year, List<RatingInput> inputs) throws AppException {
        return db.change(trx -> {
            years.requireWritable(year);
            Roster r = roster(year);
            List<BulkRules.Result> results = BulkRules.check(r, inputs);
            for (BulkRules.Result x : results) {
                if (x.refusal().isPresent()) {
                    throw x.refusal().get();
                }
            }
            Map<Long, PartyUnit> all = r.units();
            Set<Long> cells = new TreeSet<>();
            for (BulkRules.Result x : results) {
                write(trx.dsl(), r.year(), all, x.input(), x.outcome().orElseThrow(), false);
                if (x.input().subject().isMember()) {
                    cells.add(x.outcome().orElseThrow().ratedIn());
                }
            }
            LocalDateTime now = LocalDateTime.now(clock);
            for (long cell : cells) {
                syncExemptions(trx.dsl(), r.year(), all, cell, now);
            }
            return results.size();
        });
    }

    /// What the rules need to decide on a member's rating, read in the saving transaction.
    private SaveRules.MemberCase memberCase(DSLContext t, RatingYear y, Map<Long, PartyUnit> all, long id) throws AppException {
        MemberFacts f = repo.members(t, y.ratingDate(), Optional.empty(), Optional.of(List.of(id))).stream().findFirst()
                .orElseThrow(() -> new AppException("rating.error.noMember"));
        RosterRules.YearPlacement p = RosterRules.forYear(f, y.ratingDate(), y.year())
                .orElseThrow(() -> new AppException("rating.error.notInYear", f.fullName(), y.year(), y.ratingDate()));
        long cell = p.placement().cellId();
        long group = RosterRules.quotaGroup(cell, all);
        List<Long> scope = all.keySet().stream().filter(u -> RosterRules.quotaGroup(u, all) == group).toList();
        Optional<Evaluation> before = repo.find(t, y.year(), Subject.member(id));
        List<DisciplineFact> own = repo.disciplines(t, y.year()).stream().filter(d -> d.memberId().equals(Optional.of(id))).toList();
        LevelCounts counts = y.ruleSet().quotaPercent().isPresent() ? repo.counts(t, y.year(), Subject.Kind.MEMBER, scope)
                : LevelCounts.ZERO;
        return new SaveRules.MemberCase(f.fullName(), cell, RosterRules.exemption(y.ruleSet(), p, f.admitted(), y.ratingDate()), own,
                before, new SaveRules.Scope(group, all.get(group).name(), counts,
                        before.map(b -> scope.contains(b.ratedIn())).orElse(false)));
    }

    /// What the rules need to decide on an organisation's rating: its own disciplines of the year, and those inside
    /// it (units under it, members rated in it on the rating date, its leaders).
    private SaveRules.UnitCase unitCase(DSLContext t, RatingYear y, Map<Long, PartyUnit> all, long id) throws AppException {
        PartyUnit u = Optional.ofNullable(all.get(id)).orElseThrow(() -> new AppException("rating.error.noUnit"));
        List<Long> subtree = RosterRules.subtree(id, all);
        List<DisciplineFact> year = repo.disciplines(t, y.year());
        List<DisciplineFact> own = year.stream().filter(d -> d.unitId().equals(Optional.of(id))).toList();
        List<DisciplineFact> inside = new ArrayList<>(year.stream().filter(d -> d.unitId().map(subtree::contains).orElse(false)).toList());
        List<Long> disciplined = year.stream().flatMap(d -> d.memberId().stream()).distinct().toList();
        if (!disciplined.isEmpty()) {
            List<Long> leaders = repo.leaders(t, y.ratingDate()).stream().filter(l -> l.unitId() == id).map(LeaderFact::memberId).toList();
            for (MemberFacts f : repo.members(t, y.ratingDate(), Optional.empty(), Optional.of(disciplined))) {
                boolean in = RosterRules.forYear(f, y.ratingDate(), y.year())
                        .map(p -> subtree.contains(p.placement().cellId())).orElse(false);
                if (in || leaders.contains(f.id())) {
                    year.stream().filter(d -> d.memberId().equals(Optional.of(f.id()))).forEach(inside::add);
                }
            }
        }
        Optional<Evaluation> before = repo.find(t, y.year(), Subject.unit(id));
        Optional<SaveRules.Scope> scope = Optional.empty();
        if (u.parentId().isPresent() && y.ruleSet().quotaPercent().isPresent()) {
            long root = RosterRules.quotaGroupRoot(all);
            List<Long> rated = all.keySet().stream().filter(x -> x != root).toList();
            scope = Optional.of(new SaveRules.Scope(root, all.get(root).name(), repo.counts(t, y.year(), Subject.Kind.UNIT, rated),
                    before.isPresent()));
        }
        return new SaveRules.UnitCase(u.name(), u.parentId().orElse(id), RosterRules.listed(u, y.ratingDate()),
                RosterRules.exemption(y.ruleSet(), u, y.ratingDate()), own, inside, before, scope);
    }

    private Optional<Evaluation> write(DSLContext t, RatingYear y, Map<Long, PartyUnit> all, RatingInput in,
                                       SaveRules.Outcome o, boolean sync) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Evaluation> before = repo.find(t, y.year(), in.subject());
        String entity = in.subject().isMember() ? "member " + in.subject().id() : "unit " + in.subject().id();
        boolean clear = in.self().empty() && in.proposal().empty() && o.decision().empty() && in.reason().isEmpty();
        if (clear) {
            before.ifPresent(b -> {
                repo.delete(t, List.of(b.id()));
                audit.record(AuditChange.of("RATING_CLEAR", "evaluation", b.id(), "Clear rating " + y.year() + " of " + entity)
                        .values(describe(b), null));
            });
        } else {
            Evaluation e = new Evaluation(0, y.year(), in.subject(), o.ratedIn(), y.ruleSet().code(), Optional.empty(), in.self(),
                    in.proposal(), o.decision(), in.reason(), o.automatic(), o.overQuota(), Optional.empty(), Optional.empty());
            long id = before.map(b -> {
                repo.update(t, b.id(), e, now);
                return b.id();
            }).orElseGet(() -> repo.insert(t, e, now));
            AuditChange c = AuditChange.of("RATING_SAVE", "evaluation", id, "Rating " + y.year() + " of " + entity)
                    .values(before.map(RatingService::describe).orElse(null), describe(e));
            audit.record(o.overQuota() ? c.because(in.justification().orElse("")) : c);
        }
        o.quota().ifPresent(q -> repo.saveQuota(t, y.year(), in.subject().kind(), q.scopeId(), y.ruleSet(), q.counts(),
                q.allowed().orElse(0), q.justification().orElse(null), now));
        if (sync && in.subject().isMember()) {
            syncExemptions(t, y, all, o.ratedIn(), now);
        }
        return sync ? repo.find(t, y.year(), in.subject()) : Optional.empty();
    }

    /// Keeps the stored "not rated" rows of a cell as the rules find them on the rating date: a row for each member
    /// not rated (with the reason), none for the others. Rows with a level are left alone.
    private void syncExemptions(DSLContext t, RatingYear y, Map<Long, PartyUnit> all, long cell, LocalDateTime now) {
        Map<Long, ExemptionReason> exempt = new HashMap<>();
        for (MemberFacts f : repo.members(t, y.ratingDate(), Optional.of(cell), Optional.empty())) {
            RosterRules.forYear(f, y.ratingDate(), y.year()).filter(p -> p.placement().cellId() == cell)
                    .flatMap(p -> RosterRules.exemption(y.ruleSet(), p, f.admitted(), y.ratingDate()))
                    .ifPresent(r -> exempt.put(f.id(), r));
        }
        Map<Long, Evaluation> stored = new HashMap<>();
        repo.ofMembers(t, y.year(), exempt.keySet()).forEach(e -> stored.put(e.subject().id(), e));
        List<Long> stale = new ArrayList<>();
        for (Evaluation e : repo.exemptIn(t, y.year(), cell)) {
            if (!exempt.containsKey(e.subject().id())) {
                stale.add(e.id());
            }
        }
        repo.delete(t, stale);
        int written = stale.size();
        for (Map.Entry<Long, ExemptionReason> x : exempt.entrySet()) {
            Evaluation s = stored.get(x.getKey());
            Evaluation row = new Evaluation(0, y.year(), Subject.member(x.getKey()), cell, y.ruleSet().code(), Optional.of(x.getValue()),
                    Grade.NONE, Grade.NONE, Grade.NONE, "", Set.of(), false, Optional.empty(), Optional.empty());
            if (s == null) {
                repo.insert(t, row, now);
                written++;
            } else if (s.exemption().isPresent() && (s.exemption().get() != x.getValue() || s.ratedIn() != cell)) {
                repo.update(t, s.id(), row, now);
                written++;
            }
        }
        if (written > 0) {
            audit.record(AuditChange.general("RATING_NOT_RATED", "evaluation", "Members not rated in " + y.year() + " in unit "
                    + all.get(cell).name() + ": " + exempt.size()));
        }
    }

    /// Sets the day the year's rating is held (from 1 July of the year to 31 March of the next).
    public RatingYear setRatingDate(int year, LocalDate date) throws AppException {
        if (date.isBefore(LocalDate.of(year, 7, 1)) || date.isAfter(LocalDate.of(year + 1, 3, 31))) {
            throw new AppException("rating.error.ratingDateRange", date, year);
        }
        return db.change(trx -> {
            years.requireWritable(year);
            RatingYear before = year(year);
            repo.setRatingDate(trx.dsl(), year, date, LocalDateTime.now(clock));
            audit.record(AuditChange.general("RATING_DATE", "rating_year", "Rating date of " + year)
                    .values(before.ratingDate().toString(), date.toString()));
            return year(year);
        });
    }

    /// Issues the decision on the organisations' ratings: every organisation rated must have its level; the number
    /// comes from the document register ("QĐ") in the same transaction. Refused once issued.
    public DocumentNumber issueUnitDecision(int year, LocalDate date) throws AppException {
        return db.change(trx -> {
            years.requireWritable(year);
            RatingYear y = year(year);
            if (y.unitDecisionNo().isPresent()) {
                throw new AppException("rating.error.decisionIssued", y.unitDecisionNo().get(), year);
            }
            Roster r = roster(year);
            List<String> undecided = r.organisations().stream()
                    .filter(u -> u.unit().parentId().isPresent() && u.rated() && u.level().isEmpty())
                    .map(u -> u.unit().name()).toList();
            if (!undecided.isEmpty()) {
                throw new AppException("rating.error.undecidedUnits", undecided.size(), String.join(", ",
                        undecided.subList(0, Math.min(5, undecided.size()))));
            }
            LocalDateTime now = LocalDateTime.now(clock);
            for (RosterUnit u : r.organisations()) {
                if (u.stored().isEmpty() && u.unit().parentId().isPresent() && u.level().isPresent()) {
                    repo.insert(trx.dsl(), new Evaluation(0, year, Subject.unit(u.unit().id()), u.ratedIn(), y.ruleSet().code(),
                            Optional.empty(), Grade.NONE, Grade.NONE, new Grade(u.level(), Optional.empty()), "", u.automatic(), false,
                            Optional.empty(), Optional.empty()), now);
                }
            }
            DocumentNumber n = numbers.issue("QĐ", date, I18n.t("rating.decision.summary", year), OptionalInt.empty());
            repo.setRatingDate(trx.dsl(), year, y.ratingDate(), now);
            repo.setUnitDecision(trx.dsl(), year, n.id(), n.text(), date, now);
            audit.record(AuditChange.general("RATING_DECISION", "rating_year", "Decision " + n.text() + " on the organisations' ratings of "
                    + year));
            return n;
        });
    }

    /// The summary: from the roster while the year is open, from the stored evaluations (one query) once closed.
    public Summary summary(int year) throws AppException {
        // one read transaction for the year's reads and the aggregate (the closed year's summary is one grouped query)
        try {
            return db.read(trx -> summaryIn(year));
        } catch (RuntimeException e) {
            throw AppException.unwrap(e);
        }
    }

    private Summary summaryIn(int year) throws AppException {
        RatingYear y = year(year);
        if (y.writable()) {
            return Summaries.of(roster(year));
        }
        return db.read(trx -> Summaries.of(y, units.all(), repo.aggregate(trx.dsl(), year),
                repo.evaluations(trx.dsl(), year, Subject.Kind.UNIT)));
    }

    /// Members rated KHTNV in the year and the year before: a ground for xóa tên (domain.md §4.4 (d)).
    public List<Flag> notCompletedTwice(int year) throws AppException {
        Map<Long, Level> now = levels(year);
        Map<Long, Level> before = years.find(year - 1).isPresent() ? levels(year - 1) : Map.of();
        List<Long> ids = now.entrySet().stream().filter(e -> e.getValue() == Level.NOT_COMPLETED
                && before.get(e.getKey()) == Level.NOT_COMPLETED).map(Map.Entry::getKey).sorted().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Roster r = roster(year);
        Map<Long, RosterMember> byId = r.members().stream().collect(Collectors.toMap(RosterMember::memberId, m -> m));
        List<Flag> out = new ArrayList<>();
        for (long id : ids) {
            RosterMember m = byId.get(id);
            if (m != null) {
                out.add(new Flag(id, m.fullName(), m.cellId(), r.units().get(m.cellId()).name()));
            }
        }
        return out;
    }

    /// A member flagged by the rating: name and the cell rated in.
    public record Flag(long memberId, String fullName, long cellId, String cellName) {
    }

    /// Members' levels in a year: decided, or KHTNV by itself while the year is open.
    public Map<Long, Level> levels(int year) throws AppException {
        RatingYear y = year(year);
        if (y.writable()) {
            Map<Long, Level> out = new HashMap<>();
            roster(year).members().forEach(m -> m.level().ifPresent(l -> out.put(m.memberId(), l)));
            return out;
        }
        Map<Long, Level> out = new HashMap<>();
        db.read(trx -> repo.levels(trx.dsl(), year, year, Subject.Kind.MEMBER))
                .forEach((id, byYear) -> out.put(id, byYear.get(year)));
        return out;
    }

    /// The HTXSNV members and organisations of a year for the commendation screen (domain.md §6.5, §16 rule 12),
    /// with the years in a row they were HTXSNV up to this one.
    public Candidates candidates(int year) throws AppException {
        Roster r = roster(year);
        Map<Long, Map<Integer, Level>> members = db.read(trx -> repo.levels(trx.dsl(), year - CandidateRules.HISTORY, year - 1,
                Subject.Kind.MEMBER));
        Map<Long, Map<Integer, Level>> orgs = db.read(trx -> repo.levels(trx.dsl(), year - CandidateRules.HISTORY, year - 1,
                Subject.Kind.UNIT));
        return CandidateRules.of(r, members, orgs);
    }

    static String describe(Evaluation e) {
        return "self " + RatingText.abbreviation(e.self().level()) + " " + RatingText.score(e.self().score())
                + "; proposal " + RatingText.abbreviation(e.proposal().level()) + " " + RatingText.score(e.proposal().score())
                + "; decision " + RatingText.abbreviation(e.decision().level()) + " " + RatingText.score(e.decision().score())
                + (e.reason().isEmpty() ? "" : "; " + e.reason());
    }
}
