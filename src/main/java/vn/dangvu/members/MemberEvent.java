package vn.dangvu.members;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;

/// One dated lifecycle event as stored (membership_event), with the names of the cells it moved the member
/// between (null when none) and what was decided on it afterwards ([Extra]).
public record MemberEvent(long id, EventType type, LocalDate date, String decisionNo, String note,
                          MemberStatus statusBefore, MemberStatus statusAfter, TransferDetails transfer,
                          String fromUnitName, String toUnitName, Extra extra) {

    /// A readmission's consent, the committee's decision on a late transfer letter, and the cancellation of a
    /// wrongly recorded event (null when none).
    public record Extra(ReadmissionDetails readmission, String committeeDecisionNo, LocalDate committeeDecisionDate,
                        LocalDateTime cancelledAt, String cancelReason) {

        public static final Extra NONE = new Extra(ReadmissionDetails.NONE, null, null, null, null);

        public Extra {
            readmission = readmission == null ? ReadmissionDetails.NONE : readmission;
        }
    }

    public MemberEvent {
        transfer = transfer == null ? TransferDetails.NONE : transfer;
        extra = extra == null ? Extra.NONE : extra;
    }

    public MemberEvent(long id, EventType type, LocalDate date, String decisionNo, String note,
                       MemberStatus statusBefore, MemberStatus statusAfter, TransferDetails transfer,
                       String fromUnitName, String toUnitName) {
        this(id, type, date, decisionNo, note, statusBefore, statusAfter, transfer, fromUnitName, toUnitName, Extra.NONE);
    }

    public MemberEvent(long id, EventType type, LocalDate date, String decisionNo, String note,
                       MemberStatus statusBefore, MemberStatus statusAfter) {
        this(id, type, date, decisionNo, note, statusBefore, statusAfter, TransferDetails.NONE, null, null, Extra.NONE);
    }

    /// Cancelled as wrongly recorded: kept in the history, no longer counted.
    public boolean cancelled() {
        return extra.cancelledAt() != null;
    }
}
