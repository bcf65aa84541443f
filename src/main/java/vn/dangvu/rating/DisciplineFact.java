package vn.dangvu.rating;

import java.time.LocalDate;
import java.util.Optional;

/// A discipline decision shown beside a member or an organisation (domain.md §4.5): the member or the unit, the
/// form (REPRIMAND, WARNING, DISMISSAL, EXPULSION; for organisations also DISSOLUTION), the decision's date and
/// number.
public record DisciplineFact(Optional<Long> memberId, Optional<Long> unitId, String form, LocalDate date,
                             Optional<String> decisionNo) {

    /// The i18n key of the form, "rating.discipline.<FORM>".
    public String formKey() {
        return "rating.discipline." + form;
    }
}
