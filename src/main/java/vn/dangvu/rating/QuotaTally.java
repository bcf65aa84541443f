package vn.dangvu.rating;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/// The live HTXSNV counter of a year: the decided levels counted per quota scope, changed in constant time when
/// one rating changes (the screen's counter after each entry, issue 11: ≤ 16 ms with 3,000 members), and checked
/// with [QuotaRules] before the change is saved. Not thread-safe: the screen keeps it on the FX thread.
public final class QuotaTally {

    private final RuleSet rs;
    private final Map<Long, LevelCounts> members = new HashMap<>();
    private final Map<Long, LevelCounts> units = new HashMap<>();
    private final Map<String, Roster.QuotaScope> scopes = new HashMap<>();
    private final Map<String, String> justifications = new HashMap<>();

    private QuotaTally(RuleSet rs) {
        this.rs = rs;
    }

    /// Counts the roster's decided levels: members in their grassroots organisation, organisations under the root
    /// in the root's scope (the Đảng bộ xã itself is rated by the province, not counted).
    public static QuotaTally of(Roster r) {
        QuotaTally t = new QuotaTally(r.year().ruleSet());
        for (Roster.QuotaScope s : r.scopes()) {
            t.scopes.put(key(s.kind(), s.scopeId()), s);
            t.justifications.put(key(s.kind(), s.scopeId()), s.justification());
        }
        for (RosterMember m : r.members()) {
            t.members.merge(m.groupId(), LevelCounts.ZERO.add(m.level(), 1), LevelCounts::plus);
        }
        for (RosterUnit u : r.organisations()) {
            if (u.unit().parentId().isPresent()) {
                t.units.merge(unitScope(r), LevelCounts.ZERO.add(u.level(), 1), LevelCounts::plus);
            }
        }
        return t;
    }

    /// The scope id of the organisations' quota: the root unit.
    public static long unitScope(Roster r) {
        return r.scopes().stream().filter(s -> s.kind() == Subject.Kind.UNIT).mapToLong(Roster.QuotaScope::scopeId)
                .findFirst().orElse(0);
    }

    public LevelCounts counts(Subject.Kind kind, long scope) {
        return (kind == Subject.Kind.MEMBER ? members : units).getOrDefault(scope, LevelCounts.ZERO);
    }

    /// What changing one rating in the scope from `before` to `after` needs.
    public QuotaRules.Verdict check(Subject.Kind kind, long scope, Optional<Level> before, Optional<Level> after) {
        LevelCounts c = counts(kind, scope);
        return QuotaRules.check(rs, c, c.change(before, after));
    }

    /// Applies a change (after it was saved, or at once for the live counter).
    public void change(Subject.Kind kind, long scope, Optional<Level> before, Optional<Level> after) {
        (kind == Subject.Kind.MEMBER ? members : units).put(scope, counts(kind, scope).change(before, after));
    }

    public void justify(Subject.Kind kind, long scope, String text) {
        justifications.put(key(kind, scope), text);
    }

    public QuotaStatus status(Subject.Kind kind, long scope) {
        LevelCounts c = counts(kind, scope);
        OptionalInt allowed = QuotaRules.allowed(rs, c);
        Roster.QuotaScope s = scopes.get(key(kind, scope));
        String j = justifications.getOrDefault(key(kind, scope), "");
        return new QuotaStatus(scope, s == null ? "" : s.name(), kind, c, allowed, rs.quotaPercent(),
                QuotaRules.basis(rs.quotaBasis(), c), rs.quotaBasis(), j.isBlank() ? Optional.empty() : Optional.of(j));
    }

    /// The scope's quota as it would be after changing one rating from `before` to `after`, without applying it: the
    /// screen's counter while a level is chosen and not yet saved.
    public QuotaStatus preview(Subject.Kind kind, long scope, Optional<Level> before, Optional<Level> after) {
        QuotaStatus now = status(kind, scope);
        LevelCounts c = now.counts().change(before, after);
        return new QuotaStatus(scope, now.name(), kind, c, QuotaRules.allowed(rs, c), rs.quotaPercent(),
                QuotaRules.basis(rs.quotaBasis(), c), rs.quotaBasis(), now.justification());
    }

    public RuleSet ruleSet() {
        return rs;
    }

    /// The percentage as Vietnamese write it ("20", "12,5").
    public static String percent(Optional<BigDecimal> p) {
        return p.map(RatingRules::text).orElse("");
    }

    private static String key(Subject.Kind kind, long scope) {
        return kind + ":" + scope;
    }
}
