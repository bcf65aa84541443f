package vn.dangvu.members;

import java.time.LocalDate;

/// One line of the member list.
public record MemberRow(long id, String fullName, String familyName, String middleName, String givenName,
                        Gender gender, LocalDate birthDate, Long unitId, String unitName, MemberStatus status,
                        String cardNumber, LocalDate admissionDecisionDate, String sortKey) {
}
