package vn.dangvu.members;

import java.time.LocalDate;

import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;

/// One dated lifecycle event as stored (membership_event), with the names of the cells it moved the member
/// between (null when none).
public record MemberEvent(long id, EventType type, LocalDate date, String decisionNo, String note,
                          MemberStatus statusBefore, MemberStatus statusAfter, TransferDetails transfer,
                          String fromUnitName, String toUnitName) {

    public MemberEvent {
        transfer = transfer == null ? TransferDetails.NONE : transfer;
    }

    public MemberEvent(long id, EventType type, LocalDate date, String decisionNo, String note,
                       MemberStatus statusBefore, MemberStatus statusAfter) {
        this(id, type, date, decisionNo, note, statusBefore, statusAfter, TransferDetails.NONE, null, null);
    }
}
