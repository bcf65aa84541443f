package vn.dangvu.members;

import java.time.LocalDate;
import java.util.List;

import vn.dangvu.party.Gender;

/// A new member written by a bulk load (the Excel import, the demo commune): the register's fields a list or the
/// generator knows, and the member's history from the admission on. The status is not given: it is the one
/// [MemberRules] reach through the history ([MemberService#importMembers]); an event that opens a period deducted
/// from party age (removal…) opens it as recording the event would, and `gaps` are further closed periods
/// (a loss of contact, a late transfer). Null is "not known".
public record BulkMember(MemberNames names, Gender gender, LocalDate birthDate, String birthDatePrecision, Long unitId,
                         String homeTown, String permanentAddress, String cccdNumber, String phone, String ethnicityCode,
                         String religionCode, String occupation, boolean retired, boolean armyOrPolice,
                         LocalDate admissionDecisionDate, String admissionDecisionNo, String admissionDecisionIssuer,
                         LocalDate admissionCeremonyDate, String admissionUnitName, LocalDate fullMembershipDate,
                         String fullMembershipDecisionNo, String cardNumber, LocalDate cardIssueDate,
                         String generalEducation, String theoryLevel, String note, List<BulkEvent> history,
                         List<Gap> gaps) {

    /// birth_date_precision of a full date.
    public static final String DAY = "DAY";

    /// A closed period deducted from party age; `reason` as membership_interruption.reason.
    public record Gap(LocalDate from, LocalDate to, String reason, String note) {
    }
}
