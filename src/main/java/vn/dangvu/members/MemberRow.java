package vn.dangvu.members;

import java.time.LocalDate;
import java.util.Locale;

import vn.dangvu.common.Dates;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;

/// One line of the member list. `partyAgeYears` is the party age today (interruptions deducted), null before
/// admission; the code/name pairs come from the editable code lists. `birthPrecision` says how much of the birth date is
/// known (DAY, MONTH: the 1st of the month, YEAR: 1 January; an imported list often knows only the year): show it with
/// [#birthText], never the stored day.
public record MemberRow(long id, String fullName, String familyName, String middleName, String givenName,
                        Gender gender, LocalDate birthDate, Long unitId, String unitName, MemberStatus status,
                        String cardNumber, LocalDate admissionDecisionDate, String sortKey,
                        String ethnicityCode, String ethnicityName, String theoryLevelCode, String theoryLevelName,
                        LocalDate fullMembershipDate, Integer partyAgeYears, String birthPrecision) {

    /// The same row with the party age computed by the service.
    MemberRow withPartyAge(Integer years) {
        return new MemberRow(id, fullName, familyName, middleName, givenName, gender, birthDate, unitId, unitName, status,
                cardNumber, admissionDecisionDate, sortKey, ethnicityCode, ethnicityName, theoryLevelCode,
                theoryLevelName, fullMembershipDate, years, birthPrecision);
    }

    /// The birth date as far as it is known: "1965", "03/1965" or "12/05/1965"; "" when unknown.
    public String birthText() {
        if (birthDate == null) {
            return "";
        }
        return switch (birthPrecision == null ? "DAY" : birthPrecision) {
            case "YEAR" -> String.valueOf(birthDate.getYear());
            case "MONTH" -> String.format(Locale.ROOT, "%02d/%d", birthDate.getMonthValue(), birthDate.getYear());
            default -> Dates.format(birthDate);
        };
    }

    /// The birth date in ISO form as far as it is known: "1965", "1965-03" or "1965-05-12"; "" when unknown.
    public String birthIso() {
        if (birthDate == null) {
            return "";
        }
        return switch (birthPrecision == null ? "DAY" : birthPrecision) {
            case "YEAR" -> String.valueOf(birthDate.getYear());
            case "MONTH" -> String.format(Locale.ROOT, "%d-%02d", birthDate.getYear(), birthDate.getMonthValue());
            default -> birthDate.toString();
        };
    }

    /// For lists and exports: the date itself when the day is known, else the text of [#birthText].
    public Object birthShown() {
        return birthDate == null || birthPrecision == null || "DAY".equals(birthPrecision) ? birthDate : birthText();
    }
}
