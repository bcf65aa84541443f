package vn.dangvu.rating;

import java.time.LocalDate;
import java.util.Optional;

import vn.dangvu.years.YearState;

/// The rating of a working year: the rule set stored with the year, the rating date (who is rated and where is
/// decided on this day; the 31/12 of the year until the user sets it), whether data of the year may still change,
/// and the number and date of the decision on the organisations' ratings once issued.
public record RatingYear(int year, RuleSet ruleSet, LocalDate ratingDate, YearState state,
                         Optional<String> unitDecisionNo, Optional<LocalDate> unitDecisionDate) {

    public boolean writable() {
        return state != YearState.CLOSED;
    }
}
