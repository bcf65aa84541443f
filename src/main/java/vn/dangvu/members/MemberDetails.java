package vn.dangvu.members;

import java.time.LocalDate;

import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;

/// The 2-HSĐV core fields a member form edits (domain.md §4.2). `id` is null for a member not saved yet;
/// `status`, `firstAdmissionDate` and `readmitted` are shown, never edited: they change only through events.
public record MemberDetails(Long id, String familyName, String middleName, String givenName, Gender gender,
                            LocalDate birthDate, String placeOfBirth, String homeTown, String permanentAddress,
                            String temporaryAddress, String cccdNumber, String phone, String ethnicityCode,
                            String religionCode, Long unitId, LocalDate admissionDecisionDate,
                            String admissionDecisionNo, LocalDate admissionCeremonyDate, LocalDate fullMembershipDate,
                            String cardNumber, String dossierNumber, String generalEducation, String professionalLevel,
                            String theoryLevel, String occupation, String note, MemberStatus status,
                            LocalDate firstAdmissionDate, boolean readmitted) {
}
