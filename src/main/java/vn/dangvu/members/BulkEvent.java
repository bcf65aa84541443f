package vn.dangvu.members;

import java.time.LocalDate;

import vn.dangvu.party.EventType;

/// One event of a member's history written by a bulk load ([BulkMember]). The statuses before and after are not
/// given: [MemberService#importMembers] takes them from [MemberRules], as recording the event would.
public record BulkEvent(EventType type, LocalDate date, String decisionNo, LocalDate decisionDate, String issuer,
                        Long fromUnitId, Long toUnitId, String externalUnitName, LocalDate expectedReturnDate,
                        String note) {

    /// An event with only a type, a day, the cell it places the member in (or null) and a note.
    public static BulkEvent of(EventType type, LocalDate date, Long toUnitId, String note) {
        return new BulkEvent(type, date, null, null, null, null, toUnitId, null, null, note);
    }
}
