package vn.dangvu.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.dangvu.common.Dates;

/// The committee's decision on a late transfer letter ([TransferLetter] computes the lateness): a gap in party age
/// is recorded only with that decision (number and date), domain.md §4.4.
public final class TransferLetterRules {

    private TransferLetterRules() {
    }

    /// The committee's decision on a late letter: its number and date are required; the gap it decides, if any, is
    /// a period within [letter, arrival), from not after to. Problems in field order, empty when it may be recorded.
    public static List<EventRules.Problem> checkDecision(LocalDate letter, LocalDate arrival, String decisionNo,
                                                         LocalDate decisionDate, Optional<PartyAge.Interruption> gap) {
        List<EventRules.Problem> out = new ArrayList<>();
        if (decisionNo == null || decisionNo.isBlank()) {
            out.add(EventRules.Problem.of(EventRules.Field.DECISION_NO, "member.transfer.decision.error.noRequired"));
        } else if (decisionNo.strip().length() > EventRules.MAX_DECISION_NO) {
            out.add(EventRules.Problem.of(EventRules.Field.DECISION_NO, "member.event.error.tooLong", EventRules.MAX_DECISION_NO));
        }
        if (decisionDate == null) {
            out.add(EventRules.Problem.of(EventRules.Field.DATE, "member.transfer.decision.error.dateRequired"));
        } else if (decisionDate.isBefore(arrival)) {
            out.add(EventRules.Problem.of(EventRules.Field.DATE, "member.transfer.decision.error.beforeArrival",
                    Dates.format(arrival)));
        }
        gap.ifPresent(g -> {
            LocalDate to = g.to().orElse(null);
            if (to == null || to.isBefore(g.from())) {
                out.add(EventRules.Problem.of(EventRules.Field.GAP, "member.transfer.decision.error.gapOrder"));
            } else if (g.from().isBefore(letter) || !to.isBefore(arrival)) {
                out.add(EventRules.Problem.of(EventRules.Field.GAP, "member.transfer.decision.error.gapOutside",
                        Dates.format(letter), Dates.format(arrival)));
            }
        });
        return out;
    }
}
