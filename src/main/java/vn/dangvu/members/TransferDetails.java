package vn.dangvu.members;

import java.time.LocalDate;

/// The optional details of a transfer or a move between cells (membership_event columns). Null means "not given"
/// or "not used by this event type" ([EventRules#details(EventType)] says which a type uses).
///
/// - `fromUnitId`, `toUnitId`: the member's cell in this commune before and after the event. On input only
///   `toUnitId` is read (the receiving cell of a transfer in or a move); the service fills in `fromUnitId`.
/// - `externalUnitName`: the organisation outside the commune: destination of a transfer out, origin of a transfer in.
/// - `expectedReturnDate`: when a member on temporary transfer is expected back.
/// - `letterDate`: the date of the referral letter (giấy giới thiệu) a member arriving by transfer presents;
///   stored as the event's decision date.
public record TransferDetails(Long fromUnitId, Long toUnitId, String externalUnitName, LocalDate expectedReturnDate,
                              LocalDate letterDate) {

    public static final TransferDetails NONE = new TransferDetails(null, null, null, null, null);

    /// Details of a transfer out: the destination organisation and, for a temporary one, the expected return.
    public static TransferDetails out(String destination, LocalDate expectedReturn) {
        return new TransferDetails(null, null, destination, expectedReturn, null);
    }

    /// Details of a transfer in: origin organisation, receiving cell and (optional) the referral letter's date.
    public static TransferDetails in(String origin, Long cell, LocalDate letterDate) {
        return new TransferDetails(null, cell, origin, null, letterDate);
    }

    /// Details of a move to another cell of this commune.
    public static TransferDetails toCell(Long cell) {
        return new TransferDetails(null, cell, null, null, null);
    }
}
