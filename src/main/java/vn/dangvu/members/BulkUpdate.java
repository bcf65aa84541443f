package vn.dangvu.members;

import java.time.LocalDate;

/// What a bulk load (the Excel import matching a member already on file) writes over a member: the cell, the birth
/// and admission dates, and the values the list gives, where null keeps the stored value. A full-membership date for
/// a member who has none is a FULL_MEMBERSHIP event, which the rules must allow ([MemberService#importMembers]).
public record BulkUpdate(long id, long unitId, LocalDate birthDate, String birthDatePrecision,
                         LocalDate admissionDecisionDate, LocalDate fullMembershipDate, String cardNumber,
                         String cccdNumber, String ethnicityCode, String religionCode, String homeTown,
                         String permanentAddress, String occupation, String phone, String note) {
}
