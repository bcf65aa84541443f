package vn.dangvu.members;

import java.time.LocalDate;

import vn.dangvu.common.PersonName;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;

/// The fields needed to register a member (the rest of the 2-HSĐV record is edited later).
public record NewMember(PersonName name, Gender gender, LocalDate birthDate, Long unitId, MemberStatus status,
                        LocalDate admissionDecisionDate, LocalDate admissionCeremonyDate, LocalDate fullMembershipDate,
                        String cardNumber, String ethnicityCode, String religionCode, String homeTown) {
}
