package vn.dangvu.rating;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;

/// The rating rule sets (domain.md §6.1, §14.2): the built-in ones follow the regulations and cannot be changed;
/// when the province publishes changes the user copies one and adjusts the copy, then chooses it for the year
/// (the working-year panel). A copy used by a closed year cannot change any more: its ratings were made under it.
public final class RuleSetService {

    static final int MAX_NAME = 300;
    static final int MAX_MONTHS = 24;

    private final Database db;
    private final RuleSetRepository repo;
    private final AuditService audit;
    private final Clock clock;

    public RuleSetService(Database db, RuleSetRepository repo, AuditService audit, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.audit = audit;
        this.clock = clock;
    }

    /// Newest first.
    public List<RuleSet> all() {
        return db.read(trx -> repo.all(trx.dsl()));
    }

    public Optional<RuleSet> find(String code) {
        return db.read(trx -> repo.find(trx.dsl(), code));
    }

    /// The closed years that used the rule set: while there is one, the set cannot change.
    public List<Integer> closedYearsUsing(String code) {
        return db.read(trx -> repo.closedYearsUsing(trx.dsl(), code));
    }

    /// A copy of `from` under a new code ("Q366_KH2026": letters, digits and _, 2–30) and name, to adjust.
    public RuleSet copy(String from, String code, String name) throws AppException {
        String c = Text.clean(code).toUpperCase(Locale.ROOT);
        String n = Text.clean(name);
        if (!c.matches("[A-Z0-9_]{2,30}")) {
            throw new AppException("rating.ruleSet.error.code", code);
        }
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new AppException("rating.ruleSet.error.name", MAX_NAME);
        }
        return db.change(trx -> {
            RuleSet source = repo.find(trx.dsl(), from).orElseThrow(() -> new AppException("year.error.unknownRuleSet", from));
            if (repo.find(trx.dsl(), c).isPresent()) {
                throw new AppException("rating.ruleSet.error.exists", c);
            }
            RuleSet copy = new RuleSet(c, n, source.fromYear(), source.toYear(), false, Optional.of(source.code()), source.levels(),
                    source.scores(), source.quotaPercent(), source.quotaBasis(), source.quotaMode(), source.exemptions(),
                    source.admissionMinMonths(), source.autoConditions(), source.description());
            repo.insert(trx.dsl(), copy, LocalDateTime.now(clock));
            audit.record(AuditChange.general("RULE_SET_COPY", "rule_set", "Copy rule set " + from + " as " + c));
            return repo.find(trx.dsl(), c).orElseThrow();
        });
    }

    /// Changes a copied rule set. Refused for a built-in one, one a closed year used, and values that do not hold
    /// together (thresholds not rising, a percentage outside 0–100, no level).
    public RuleSet update(RuleSet rs) throws AppException {
        check(rs);
        return db.change(trx -> {
            RuleSet before = repo.find(trx.dsl(), rs.code()).orElseThrow(() -> new AppException("year.error.unknownRuleSet", rs.code()));
            if (before.builtIn()) {
                throw new AppException("rating.ruleSet.error.builtIn", before.name());
            }
            List<Integer> closed = repo.closedYearsUsing(trx.dsl(), rs.code());
            if (!closed.isEmpty()) {
                throw new AppException("rating.ruleSet.error.usedByClosedYear", before.name(), closed.getFirst());
            }
            repo.update(trx.dsl(), rs);
            audit.record(AuditChange.general("RULE_SET_EDIT", "rule_set", "Edit rule set " + rs.code())
                    .values(before.toString(), rs.toString()));
            return repo.find(trx.dsl(), rs.code()).orElseThrow();
        });
    }

    static void check(RuleSet rs) throws AppException {
        if (Text.clean(rs.name()).isEmpty() || rs.name().length() > MAX_NAME) {
            throw new AppException("rating.ruleSet.error.name", MAX_NAME);
        }
        if (rs.levels().isEmpty()) {
            throw new AppException("rating.ruleSet.error.levels");
        }
        if (rs.toYear().isPresent() && rs.toYear().get() < rs.fromYear()) {
            throw new AppException("rating.ruleSet.error.years", rs.fromYear(), rs.toYear().get());
        }
        if (rs.scores().isPresent()) {
            RuleSet.Thresholds t = rs.scores().get();
            boolean rising = t.completed().signum() >= 0 && t.completed().compareTo(t.good()) < 0
                    && t.good().compareTo(t.excellent()) < 0 && t.excellent().compareTo(RatingRules.MAX_SCORE) <= 0;
            if (!rising) {
                throw new AppException("rating.ruleSet.error.thresholds", RatingRules.text(t.completed()), RatingRules.text(t.good()),
                        RatingRules.text(t.excellent()));
            }
        }
        if (rs.quotaPercent().isPresent()
                && (rs.quotaPercent().get().signum() < 0 || rs.quotaPercent().get().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new AppException("rating.ruleSet.error.percent", RatingRules.text(rs.quotaPercent().get()));
        }
        if (rs.admissionMinMonths() < 0 || rs.admissionMinMonths() > MAX_MONTHS) {
            throw new AppException("rating.ruleSet.error.months", rs.admissionMinMonths(), MAX_MONTHS);
        }
        if (!RuleSet.BASIS_GOOD.equals(rs.quotaBasis()) && !QuotaRules.GOOD_OR_BETTER.equals(rs.quotaBasis())) {
            throw new AppException("rating.ruleSet.error.basis", rs.quotaBasis());
        }
    }
}
