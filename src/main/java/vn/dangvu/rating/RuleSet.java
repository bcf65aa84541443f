package vn.dangvu.rating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// A rating rule set as data (domain.md §6.1, §14.2): the regulation it follows, the years it is meant for, its
/// levels, the 0–100 score when it uses one with the lowest score of each level (Q366: 90 / 70 / 50), the HTXSNV
/// quota (a percentage of those rated HTTNV in the same grassroots organisation, rounded down) and what going over
/// it does, who is not rated, and the conditions it applies by itself. Built-in sets are the regulations (Q132,
/// Q124, Q366); a copy can be adjusted when the province publishes changes.
public record RuleSet(String code, String name, int fromYear, Optional<Integer> toYear, boolean builtIn,
                      Optional<String> copiedFrom, List<Level> levels, Optional<Thresholds> scores,
                      Optional<BigDecimal> quotaPercent, String quotaBasis, QuotaMode quotaMode, Set<ExemptionReason> exemptions,
                      int admissionMinMonths, Set<AutoCondition> autoConditions, String description) {

    /// The quota's basis, the only one the regulations use: those rated HTTNV in the same scope.
    public static final String BASIS_GOOD = "GOOD_COUNT";

    /// The lowest score of HTXSNV, HTTNV and HTNV; below the last one is KHTNV.
    public record Thresholds(BigDecimal excellent, BigDecimal good, BigDecimal completed) {
    }

    public RuleSet {
        levels = List.copyOf(levels);
        exemptions = Set.copyOf(exemptions);
        autoConditions = Set.copyOf(autoConditions);
    }

    public boolean usesScores() {
        return scores.isPresent();
    }

    public boolean exempts(ExemptionReason r) {
        return exemptions.contains(r);
    }

    public boolean applies(AutoCondition c) {
        return autoConditions.contains(c);
    }
}
