package vn.dangvu.rating;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/// A stored evaluation of a year: who, where they were rated (the member's cell, or for an organisation the unit
/// above it), the rule set it was made under, the exemption when not rated, the three steps and the reason, the
/// conditions applied by themselves, whether it went over the quota with a justification, and the decision's
/// number and date when there is one.
public record Evaluation(long id, int year, Subject subject, long ratedIn, String ruleSetCode,
                         Optional<ExemptionReason> exemption, Grade self, Grade proposal, Grade decision, String reason,
                         Set<AutoCondition> automatic, boolean overQuota, Optional<String> decisionNo,
                         Optional<LocalDate> decisionDate) {

    public Evaluation {
        automatic = Set.copyOf(automatic);
    }

    public Optional<Level> level() {
        return decision.level();
    }
}
