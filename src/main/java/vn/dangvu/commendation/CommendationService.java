package vn.dangvu.commendation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.docnumbers.DocumentNumber;
import vn.dangvu.docnumbers.DocumentNumberService;
import vn.dangvu.members.MemberRow;
import vn.dangvu.members.MemberService;
import vn.dangvu.rating.Candidate;
import vn.dangvu.rating.Candidates;
import vn.dangvu.rating.RatingService;
import vn.dangvu.rating.Roster;
import vn.dangvu.registrations.MemberResult;
import vn.dangvu.registrations.RegistrationService;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitService;
import vn.dangvu.years.WorkingYearService;

/// Commendation (issue 12, domain.md §8): decisions numbered in the document register ("15-QĐ/ĐU", type QĐ, no gaps;
/// voided through the register), their entries for members, organisations and outside collectives, each
/// certificate's number (số vào sổ, type GK), the cash reward from the configured base salary and multiples, the
/// candidates of a year (HTXSNV ratings with the registration results), the members HTXSNV several years in a row,
/// and the awards members received from outside. Every change checks the working year is not closed inside its
/// own transaction and is recorded in the audit trail.
public final class CommendationService {

    static final int MAX_TITLE = 1000;
    static final int MAX_TEXT = 2000;
    static final int MAX_BASIS = 4000;
    static final int MAX_NAME = 300;
    static final int MAX_REASON = 1000;
    static final int MAX_SIGNER = 200;
    static final long MAX_BASE_SALARY = 1_000_000_000L;
    static final BigDecimal MAX_MULTIPLE = BigDecimal.valueOf(100);

    private final Database db;
    private final CommendationRepository repo;
    private final AuditService audit;
    private final WorkingYearService years;
    private final DocumentNumberService numbers;
    private final RatingService rating;
    private final RegistrationService registrations;
    private final MemberService members;
    private final UnitService units;
    private final Clock clock;

    public CommendationService(Database db, CommendationRepository repo, AuditService audit, WorkingYearService years,
                               DocumentNumberService numbers, RatingService rating, RegistrationService registrations,
                               MemberService members, UnitService units, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.audit = audit;
        this.years = years;
        this.numbers = numbers;
        this.rating = rating;
        this.registrations = registrations;
        this.members = members;
        this.units = units;
        this.clock = clock;
    }

    /// The decisions of a working year, newest first.
    public List<Decision> decisions(int year) {
        return db.read(trx -> repo.decisions(trx.dsl(), year));
    }

    public Optional<Decision> decision(long id) {
        return db.read(trx -> repo.decision(trx.dsl(), id));
    }

    /// A decision by its number as typed ("15-QĐ/ĐU", "Số 15-qđ/đu") in the committee term of `date` (the current
    /// term when empty); a number of an earlier term is found too when it is the only one.
    public Optional<Decision> findByNumber(String typed, Optional<LocalDate> date) throws AppException {
        LocalDate day = date.orElse(LocalDate.now(clock));
        Optional<DocumentNumber> n = numbers.findByText(typed, day);
        if (n.isPresent()) {
            long id = n.get().id();
            return db.read(trx -> repo.byNumber(trx.dsl(), n.get().text()).stream()
                    .filter(d -> d.numberId().orElse(-1L) == id).findFirst());
        }
        String text = Text.clean(typed).replaceFirst("(?i)^số\\s*:?\\s*", "").replace(" ", "");
        List<Decision> found = db.read(trx -> repo.byNumber(trx.dsl(), text));
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /// The entries of a decision: organisations and collectives first, then members.
    public List<Entry> entries(long decisionId) {
        return db.read(trx -> repo.entries(trx.dsl(), decisionId));
    }

    /// The entries of the issued decisions of a year (`commendations list`).
    public List<ListedEntry> list(int year) {
        return db.read(trx -> repo.list(trx.dsl(), year));
    }

    /// The base salary and the multiples a new decision's cash reward is computed with.
    public CashRate rate() {
        return db.read(trx -> repo.rate(trx.dsl()));
    }

    /// Changes the base salary or the multiples (decisions already issued keep the amounts they were issued with).
    public CashRate setRate(CashRate rate) throws AppException {
        if (rate.baseSalary() < 0 || rate.baseSalary() > MAX_BASE_SALARY) {
            throw new AppException("commendation.error.baseSalary", rate.baseSalary());
        }
        for (BigDecimal m : List.of(rate.individual(), rate.collective())) {
            if (m == null || m.signum() < 0 || m.compareTo(MAX_MULTIPLE) > 0 || m.stripTrailingZeros().scale() > 2) {
                throw new AppException("commendation.error.multiple", m == null ? "" : m.toPlainString());
            }
        }
        return db.change(trx -> {
            CashRate before = repo.rate(trx.dsl());
            repo.setRate(trx.dsl(), rate, LocalDateTime.now(clock));
            audit.record(AuditChange.general("COMMENDATION_RATE", "commendation_rate", "Cash reward rate")
                    .values(describe(before), describe(rate)));
            return repo.rate(trx.dsl());
        });
    }

    /// The HTXSNV members and organisations of a year with the years in a row and the registration result.
    public List<CommendationCandidate> candidates(int year) throws AppException {
        Candidates c = rating.candidates(year);
        Map<Long, MemberResult> results = registrations.results(year);
        List<CommendationCandidate> out = new ArrayList<>();
        for (Candidate u : c.organisations()) {
            out.add(new CommendationCandidate(RecipientKind.UNIT, u.subject().id(), u.name(), u.unitName(), u.yearsInRow(),
                    Optional.empty()));
        }
        for (Candidate m : c.members()) {
            MemberResult r = results.get(m.subject().id());
            out.add(new CommendationCandidate(RecipientKind.MEMBER, m.subject().id(), m.name(), m.unitName(), m.yearsInRow(),
                    r == null ? Optional.empty() : r.overall()));
        }
        return out;
    }

    /// The members HTXSNV at least `minYears` years in a row up to `year` (proposals to the province), longest first.
    public List<CommendationCandidate> excellentInRow(int year, int minYears) throws AppException {
        if (minYears < 2 || minYears > 10) {
            throw new AppException("commendation.error.yearsInRow", minYears);
        }
        return candidates(year).stream().filter(c -> c.kind() == RecipientKind.MEMBER && c.yearsInRow() >= minYears)
                .sorted((a, b) -> Integer.compare(b.yearsInRow(), a.yearsInRow())).toList();
    }

    /// Issues a decision with its entries: the number from the register (type QĐ, the next one or `seq`), a
    /// certificate number (type GK) per giấy khen, the names and descriptions as on the decision date, the cash
    /// reward from the configured rate. A yearly decision needs the year's rating finished and a reason for each
    /// recipient not rated HTXSNV. All or nothing.
    public Decision issue(DecisionInput typed, List<EntryInput> entries) throws AppException {
        DecisionInput d = clean(typed);
        if (entries.isEmpty()) {
            throw new AppException("commendation.error.noEntries");
        }
        return db.change(trx -> {
            years.requireWritable(d.year());
            Map<Long, PartyUnit> unitsById = new HashMap<>();
            units.all().forEach(u -> unitsById.put(u.id(), u));
            Set<Long> excellentMembers = new HashSet<>();
            Set<Long> excellentUnits = new HashSet<>();
            if (d.kind() == DecisionKind.PERIODIC_YEAR) {
                requireRatingFinished(d.year());
                Candidates c = rating.candidates(d.year());
                c.members().forEach(m -> excellentMembers.add(m.subject().id()));
                c.organisations().forEach(u -> excellentUnits.add(u.subject().id()));
            }
            CashRate rate = repo.rate(trx.dsl());
            List<CommendationRepository.NewEntry> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                int row = i + 1;
                EntryInput e = entries.get(i);
                String achievement = Text.clean(e.achievement()).isEmpty() ? d.reason() : Text.clean(e.achievement());
                String exception = Text.clean(e.exceptionReason());
                if (achievement.isEmpty()) {
                    throw new AppException("commendation.error.noAchievement", row);
                }
                if (achievement.length() > MAX_TEXT) {
                    throw new AppException("commendation.error.achievementTooLong", row, MAX_TEXT);
                }
                if (exception.length() > MAX_REASON) {
                    throw new AppException("commendation.error.exceptionTooLong", row, MAX_REASON);
                }
                String name;
                String detail;
                Long memberId = null;
                Long unitId = null;
                boolean excellent;
                switch (e.kind()) {
                    case MEMBER -> {
                        memberId = e.memberId().orElseThrow(() -> new AppException("commendation.error.memberNotFound", row));
                        MemberRow m = members.row(memberId).orElseThrow(() -> new AppException("commendation.error.memberNotFound", row));
                        if (m.status() != null && !m.status().onRoll()) {
                            throw new AppException("commendation.error.memberNotOnRoll", row, m.fullName());
                        }
                        name = m.fullName();
                        detail = m.unitName() == null ? "" : "Đảng viên " + m.unitName();
                        excellent = excellentMembers.contains(memberId);
                    }
                    case UNIT -> {
                        unitId = e.unitId().orElseThrow(() -> new AppException("commendation.error.unitNotFound", row));
                        PartyUnit u = unitsById.get(unitId);
                        if (u == null || u.dissolvedDate().isPresent() && !u.dissolvedDate().get().isAfter(d.date())) {
                            throw new AppException("commendation.error.unitNotFound", row);
                        }
                        name = u.name();
                        detail = "";
                        excellent = excellentUnits.contains(unitId);
                    }
                    default -> {
                        name = Text.clean(e.collectiveName());
                        if (name.isEmpty()) {
                            throw new AppException("commendation.error.collectiveName", row);
                        }
                        if (name.length() > MAX_NAME) {
                            throw new AppException("commendation.error.nameTooLong", row, MAX_NAME);
                        }
                        detail = "";
                        excellent = true; // outside the rating
                    }
                }
                if (!seen.add(e.kind() + ":" + (memberId != null ? memberId : unitId != null ? unitId : Text.fold(name)))) {
                    throw new AppException("commendation.error.duplicate", row, name);
                }
                if (d.kind() == DecisionKind.PERIODIC_YEAR && !excellent && exception.isEmpty()) {
                    throw new AppException("commendation.error.notExcellent", row, name, d.year());
                }
                String registry = "";
                if (d.form().paid()) {
                    registry = numbers.issue("GK", d.date(), name, OptionalInt.empty()).text();
                }
                long cash = d.form().paid() ? rate.amount(e.kind()) : 0;
                rows.add(new CommendationRepository.NewEntry(e.kind(), memberId, unitId, name, detail, d.form(), achievement, cash,
                        registry, exception, d.date()));
            }
            DocumentNumber n = numbers.issue("QĐ", d.date(), d.title(), d.seq());
            long id = repo.insertDecision(trx.dsl(), d, n.id(), n.text(), rate, LocalDateTime.now(clock));
            repo.insertEntries(trx.dsl(), id, rows);
            long collectives = rows.stream().filter(r -> r.kind().collective()).count();
            audit.record(AuditChange.of("COMMENDATION_ISSUE", "commendation_decision", id, "Decision " + n.text() + " dated "
                    + d.date() + ": " + d.form() + " to " + collectives + " collectives and " + (rows.size() - collectives)
                    + " members; " + d.title()));
            return repo.decision(trx.dsl(), id).orElseThrow();
        });
    }

    /// Voids a decision (withdrawn, or issued by mistake): its number and its certificates' numbers are voided in the
    /// register with the reason; the decision and its entries stay, marked.
    public Decision voidDecision(long id, String reason) throws AppException {
        String why = Text.clean(reason);
        if (why.isEmpty()) {
            throw new AppException("commendation.error.voidReason");
        }
        if (why.length() > MAX_REASON) {
            throw new AppException("commendation.error.voidReasonTooLong", MAX_REASON);
        }
        return db.change(trx -> {
            Decision d = repo.decision(trx.dsl(), id).orElseThrow(() -> new AppException("commendation.error.notFound"));
            if (d.voided()) {
                throw new AppException("commendation.error.alreadyVoided", d.number());
            }
            years.requireWritable(d.year());
            if (d.numberId().isPresent()) {
                numbers.voidNumber(d.numberId().get(), why);
            }
            for (Entry e : repo.entries(trx.dsl(), id)) {
                if (!e.registryNo().isEmpty()) {
                    Optional<DocumentNumber> gk = numbers.findByText(e.registryNo(), d.date());
                    if (gk.isPresent() && !gk.get().voided()) {
                        numbers.voidNumber(gk.get().id(), why);
                    }
                }
            }
            repo.setVoided(trx.dsl(), id, why, LocalDateTime.now(clock));
            audit.record(AuditChange.of("COMMENDATION_VOID", "commendation_decision", id, "Void decision " + d.number())
                    .because(why));
            return repo.decision(trx.dsl(), id).orElseThrow();
        });
    }

    /// Records an award the member received from outside (province, state): it appears in the member's history
    /// (Phiếu đảng viên item 23). Refused in a closed working year.
    public long recordExternalAward(ExternalAward typed) throws AppException {
        String form = Text.clean(typed.form());
        String issuer = Text.clean(typed.issuer());
        String achievement = Text.clean(typed.achievement());
        String number = Text.clean(typed.decisionNo());
        if (form.isEmpty()) {
            throw new AppException("commendation.error.externalForm");
        }
        if (issuer.isEmpty()) {
            throw new AppException("commendation.error.externalIssuer");
        }
        if (typed.date() == null) {
            throw new AppException("commendation.error.externalDate");
        }
        if (typed.date().isAfter(LocalDate.now(clock))) {
            throw new AppException("commendation.error.externalFuture");
        }
        if (form.length() > 30 || issuer.length() > MAX_NAME || achievement.length() > MAX_TEXT || number.length() > 50) {
            throw new AppException("commendation.error.externalTooLong");
        }
        ExternalAward a = new ExternalAward(typed.memberId(), form, issuer, achievement, number, typed.date());
        return db.change(trx -> {
            MemberRow m = members.row(a.memberId()).orElseThrow(() -> new AppException("commendation.error.memberNotFound", 1));
            if (years.find(a.date().getYear()).isPresent()) {
                years.requireWritable(a.date().getYear());
            }
            long id = repo.insertExternal(trx.dsl(), a, m.fullName());
            audit.record(AuditChange.of("COMMENDATION_EXTERNAL", "commendation_entry", id, form + " from " + issuer + " to "
                    + m.fullName() + " dated " + a.date() + (number.isEmpty() ? "" : ", " + number)));
            return id;
        });
    }

    /// Writes the decisions of a bulk load (the demo commune's past years) with their ids as given, in one batch
    /// inside the caller's transaction when there is one; no audit rows.
    public void importDecisions(List<ImportedDecision> rows) {
        db.save(trx -> {
            repo.importDecisions(trx.dsl(), rows);
            return null;
        });
    }

    /// Writes the entries of a bulk load, one batch; no audit rows.
    public void importEntries(List<ImportedEntry> rows) {
        db.save(trx -> {
            repo.importEntries(trx.dsl(), rows);
            return null;
        });
    }

    private void requireRatingFinished(int year) throws AppException {
        Roster r = rating.roster(year);
        long members = r.members().stream().filter(m -> m.rated() && m.level().isEmpty()).count();
        long organisations = r.organisations().stream()
                .filter(u -> u.unit().parentId().isPresent() && u.rated() && u.level().isEmpty())
                .count();
        if (members > 0 || organisations > 0) {
            throw new AppException("commendation.error.ratingNotFinished", year, members, organisations);
        }
    }

    private static DecisionInput clean(DecisionInput d) throws AppException {
        if (d.kind() == null || d.signing() == null || d.form() == null) {
            throw new AppException("commendation.error.incomplete");
        }
        if (d.date() == null) {
            throw new AppException("commendation.error.date");
        }
        if (d.date().getYear() < d.year() || d.date().getYear() > d.year() + 1) {
            throw new AppException("commendation.error.dateYear", d.year());
        }
        String signer = Text.clean(d.signerName());
        String title = Text.clean(d.title());
        String reason = Text.clean(d.reason());
        String basis = d.basis() == null ? "" : d.basis().strip();
        if (signer.isEmpty()) {
            throw new AppException("commendation.error.signer");
        }
        if (signer.length() > MAX_SIGNER) {
            throw new AppException("commendation.error.signerTooLong", MAX_SIGNER);
        }
        if (title.isEmpty()) {
            throw new AppException("commendation.error.title");
        }
        if (title.length() > MAX_TITLE) {
            throw new AppException("commendation.error.titleTooLong", MAX_TITLE);
        }
        if (reason.length() > MAX_TEXT) {
            throw new AppException("commendation.error.reasonTooLong", MAX_TEXT);
        }
        if (basis.length() > MAX_BASIS) {
            throw new AppException("commendation.error.basisTooLong", MAX_BASIS);
        }
        return new DecisionInput(d.year(), d.kind(), d.date(), d.signing(), signer, d.form(), title, reason, basis,
                d.seq() == null ? OptionalInt.empty() : d.seq());
    }

    private static String describe(CashRate r) {
        return r.baseSalary() + " × " + r.individual().toPlainString() + " / " + r.collective().toPlainString();
    }
}
