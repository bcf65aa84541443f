package vn.dangvu.members;

import java.time.LocalDate;

import vn.dangvu.party.EventType;

/// A lifecycle event the user records: what, when, under which decision, a note, and for transfers and moves
/// where the member goes or comes from ([TransferDetails#NONE] for every other event); for a readmission the
/// provincial consent ([ReadmissionDetails#NONE] for every other event).
public record NewEvent(long memberId, EventType type, LocalDate date, String decisionNo, String note,
                       TransferDetails transfer, ReadmissionDetails readmission) {

    public NewEvent {
        transfer = transfer == null ? TransferDetails.NONE : transfer;
        readmission = readmission == null ? ReadmissionDetails.NONE : readmission;
    }

    public NewEvent(long memberId, EventType type, LocalDate date, String decisionNo, String note,
                    TransferDetails transfer) {
        this(memberId, type, date, decisionNo, note, transfer, ReadmissionDetails.NONE);
    }

    public NewEvent(long memberId, EventType type, LocalDate date, String decisionNo, String note) {
        this(memberId, type, date, decisionNo, note, TransferDetails.NONE, ReadmissionDetails.NONE);
    }

    /// The same event for another member id (a member arriving by transfer gets the id only when inserted).
    public NewEvent forMember(long id) {
        return new NewEvent(id, type, date, decisionNo, note, transfer, readmission);
    }

    /// The same event with other details.
    public NewEvent withTransfer(TransferDetails t) {
        return new NewEvent(memberId, type, date, decisionNo, note, t, readmission);
    }

    /// The same event with the readmission's consent.
    public NewEvent withReadmission(ReadmissionDetails r) {
        return new NewEvent(memberId, type, date, decisionNo, note, transfer, r);
    }
}
