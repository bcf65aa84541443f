package vn.dangvu.party;

/// Lifecycle events of a member (domain.md §4.4). Every status change is one dated event, never a silent edit.
/// The i18n key is "member.event.<NAME>".
public enum EventType {
    ADMISSION,
    FULL_MEMBERSHIP,
    PROBATION_FAILED,
    TRANSFER_OUT,
    TEMPORARY_TRANSFER_OUT,
    TEMPORARY_RETURN,
    TRANSFER_IN,
    /// The member moves to another cell of this commune (chuyển sinh hoạt đảng sang chi bộ khác trong đảng bộ):
    /// the status does not change; not a transfer out and in, the member never leaves the commune's roll.
    INTERNAL_TRANSFER,
    EXEMPTION_START,
    EXEMPTION_END,
    SUSPENSION_START,
    SUSPENSION_END,
    REMOVAL,
    EXPULSION,
    RESIGNATION,
    DEATH,
    READMISSION,
    /// Khôi phục đảng tịch (Q117-QĐ/TW 2023): a wrongly expelled member is restored; membership and party age are
    /// continuous, the discipline is annulled, and the one readmission is not used up.
    RESTORATION,
    /// The member's cell was merged into another one (units/UnitService.merge); the status does not change.
    UNIT_MERGE;

    /// Events a user records on a member's form; a merge is recorded by the unit tree's merge operation only.
    public boolean recordedByHand() {
        return this != UNIT_MERGE;
    }

    public String i18nKey() {
        return "member.event." + name();
    }
}
