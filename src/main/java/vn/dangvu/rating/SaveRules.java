package vn.dangvu.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Text;

/// Whether one rating may be saved, as pure functions over what [RatingService] read in its transaction: the
/// member or organisation is in the year's rating and to be rated, every step passes [RatingRules], the decision
/// respects the conditions the rule set applies by itself, and an HTXSNV over the quota is justified (or refused
/// when the rule set blocks). A refusal is an [AppException] naming the member or organisation and the field.
final class SaveRules {

    /// What saving writes besides the input: where the subject is rated, the decision (KHTNV by itself when a
    /// condition makes it so and no level was given), the conditions applied, whether it went over the quota, and
    /// the quota scope to record when a justification was written.
    record Outcome(long ratedIn, Grade decision, Set<AutoCondition> automatic, boolean overQuota, Optional<QuotaStatus> quota) {
    }

    /// A member's case: the name, where they are rated and whether they are to be rated, their disciplines of the
    /// year, the stored evaluation, and the quota scope with its decided levels now.
    record MemberCase(String name, long cellId, Optional<ExemptionReason> exemption, List<DisciplineFact> own,
                      Optional<Evaluation> before, Scope scope) {
    }

    /// An organisation's case: as a member's, with the disciplines inside it (of units under it, members rated in
    /// it, its leaders) that bar HTXSNV; no quota scope for the Đảng bộ xã itself.
    record UnitCase(String name, long ratedIn, boolean listed, Optional<ExemptionReason> exemption, List<DisciplineFact> own,
                    List<DisciplineFact> inside, Optional<Evaluation> before, Optional<Scope> scope) {
    }

    /// A quota scope: its unit and name, the decided levels counted in it now, and whether the stored evaluation
    /// is counted there.
    record Scope(long id, String name, LevelCounts counts, boolean beforeCounted) {
    }

    private SaveRules() {
    }

    /// Trims the texts and refuses those too long.
    static RatingInput clean(RatingInput in) throws AppException {
        String reason = Text.clean(in.reason());
        if (reason.length() > RatingService.MAX_REASON) {
            throw new AppException("rating.error.reasonTooLong", RatingService.MAX_REASON);
        }
        Optional<String> j = in.justification().map(Text::clean).filter(s -> !s.isEmpty());
        if (j.isPresent() && j.get().length() > RatingService.MAX_JUSTIFICATION) {
            throw new AppException("rating.error.justificationTooLong", RatingService.MAX_JUSTIFICATION);
        }
        return new RatingInput(in.year(), in.subject(), in.self(), in.proposal(), in.decision(), reason, j);
    }

    static Outcome member(RatingYear y, RatingInput in, MemberCase c) throws AppException {
        if (c.exemption().isPresent() && !empty(in)) {
            throw new AppException("rating.error.exempt", c.name(), y.year(), RatingText.exemption(c.exemption().get()));
        }
        Set<AutoCondition> automatic = RatingRules.automatic(y.ruleSet(), y.year(), c.own());
        List<RatingRules.Problem> problems = new ArrayList<>(RatingRules.check(y.ruleSet(), in));
        problems.addAll(RatingRules.checkDecision(automatic, false, in.decision()));
        refuse(c.name(), problems);
        Grade decision = decided(in, automatic);
        Quota q = quota(y, in, c.before(), Optional.of(c.scope()), decision);
        return new Outcome(c.cellId(), decision, automatic, q.over(), q.status());
    }

    static Outcome unit(RatingYear y, RatingInput in, UnitCase c) throws AppException {
        if (!c.listed()) {
            throw new AppException("rating.error.unitNotInYear", c.name(), y.year());
        }
        if (c.exemption().isPresent() && !empty(in)) {
            throw new AppException("rating.error.exempt", c.name(), y.year(), RatingText.exemption(c.exemption().get()));
        }
        Set<AutoCondition> automatic = RatingRules.automatic(y.ruleSet(), y.year(), c.own());
        List<RatingRules.Problem> problems = new ArrayList<>(RatingRules.check(y.ruleSet(), in));
        problems.addAll(RatingRules.checkDecision(automatic, RatingRules.excellentBarred(y.ruleSet(), y.year(), c.inside()),
                in.decision()));
        refuse(c.name(), problems);
        Grade decision = decided(in, automatic);
        Quota q = quota(y, in, c.before(), c.scope(), decision);
        return new Outcome(c.ratedIn(), decision, automatic, q.over(), q.status());
    }

    private static boolean empty(RatingInput in) {
        return in.self().empty() && in.proposal().empty() && in.decision().empty() && in.reason().isEmpty();
    }

    private static void refuse(String name, List<RatingRules.Problem> problems) throws AppException {
        if (!problems.isEmpty()) {
            throw new FieldRefusal(problems.getFirst().field(), "rating.error.subject", name, RatingText.withField(problems.getFirst()));
        }
    }

    /// The decision as stored: KHTNV by itself when discipline in the year makes it so and no level was given.
    private static Grade decided(RatingInput in, Set<AutoCondition> automatic) {
        if (in.decision().level().isEmpty() && automatic.contains(AutoCondition.DISCIPLINE_IN_YEAR)) {
            return new Grade(Optional.of(Level.NOT_COMPLETED), in.decision().score());
        }
        return in.decision();
    }

    private record Quota(boolean over, Optional<QuotaStatus> status) {
    }

    private static Quota quota(RatingYear y, RatingInput in, Optional<Evaluation> before, Optional<Scope> scope, Grade decision)
            throws AppException {
        RuleSet rs = y.ruleSet();
        Optional<Level> now = decision.level();
        Optional<Level> old = before.flatMap(Evaluation::level);
        boolean stillOver = before.map(Evaluation::overQuota).orElse(false) && now.equals(old);
        if (scope.isEmpty() || rs.quotaPercent().isEmpty()) {
            return new Quota(stillOver, Optional.empty());
        }
        Scope s = scope.get();
        LevelCounts after = s.counts().change(s.beforeCounted() ? old : Optional.empty(), now);
        QuotaRules.Verdict v = QuotaRules.check(rs, s.counts(), after);
        if (v == QuotaRules.Verdict.OK) {
            return new Quota(stillOver, Optional.empty());
        }
        int allowed = QuotaRules.allowed(rs, after).orElse(0);
        String percent = RatingRules.text(rs.quotaPercent().get());
        int basis = QuotaRules.basis(rs.quotaBasis(), after);
        String basisText = RatingText.basis(rs.quotaBasis(), basis);
        if (v == QuotaRules.Verdict.REFUSE) {
            throw new AppException("rating.error.quotaBlocked", s.name(), after.excellent(), allowed, percent, basisText, rs.name());
        }
        if (in.justification().isEmpty()) {
            throw new AppException("rating.error.quotaJustify", s.name(), after.excellent(), allowed, percent, basisText);
        }
        return new Quota(true, Optional.of(new QuotaStatus(s.id(), s.name(), in.subject().kind(), after,
                QuotaRules.allowed(rs, after), rs.quotaPercent(), basis, rs.quotaBasis(), in.justification())));
    }
}
