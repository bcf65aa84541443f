package vn.dangvu.rating;

import java.util.Optional;

/// What the user enters for one member or organisation in a year: the self-assessment, the proposal (the cell's
/// for a member, the advisory body's for an organisation), the committee's decision, a short reason, and the
/// justification when the decision takes the HTXSNV count over the quota.
public record RatingInput(int year, Subject subject, Grade self, Grade proposal, Grade decision, String reason,
                          Optional<String> justification) {

    public RatingInput(int year, Subject subject, Grade self, Grade proposal, Grade decision, String reason) {
        this(year, subject, self, proposal, decision, reason, Optional.empty());
    }

    public RatingInput withJustification(String text) {
        return new RatingInput(year, subject, self, proposal, decision, reason, Optional.ofNullable(text));
    }
}
