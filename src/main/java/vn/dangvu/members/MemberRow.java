package vn.dangvu.members;

import java.time.LocalDate;

import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;

/// One line of the member list. `partyAgeYears` is the party age today (interruptions deducted), null before
/// admission; the code/name pairs come from the editable code lists.
public record MemberRow(long id, String fullName, String familyName, String middleName, String givenName,
                        Gender gender, LocalDate birthDate, Long unitId, String unitName, MemberStatus status,
                        String cardNumber, LocalDate admissionDecisionDate, String sortKey,
                        String ethnicityCode, String ethnicityName, String theoryLevelCode, String theoryLevelName,
                        LocalDate fullMembershipDate, Integer partyAgeYears) {

    /// The same row with the party age computed by the service.
    MemberRow withPartyAge(Integer years) {
        return new MemberRow(id, fullName, familyName, middleName, givenName, gender, birthDate, unitId, unitName, status,
                cardNumber, admissionDecisionDate, sortKey, ethnicityCode, ethnicityName, theoryLevelCode,
                theoryLevelName, fullMembershipDate, years);
    }
}
