package vn.dangvu.registrations;

import java.time.LocalDate;
import java.util.Optional;

/// One line of a cell's member list on the registrations screen: who, and where the member stands.
public record CellMember(long memberId, String fullName, Optional<LocalDate> birthDate, String cardNumber,
                         MemberResult result) {
}
