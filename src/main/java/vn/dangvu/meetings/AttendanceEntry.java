package vn.dangvu.meetings;

import java.util.Optional;

/// One member's line of a meeting: how they attended, the reason of an excused absence, and whether the month's
/// dues are unpaid (a regular meeting is where the cell collects them, domain.md §9).
public record AttendanceEntry(long memberId, Attendance attendance, Optional<String> reason, boolean duesUnpaid) {

    public static AttendanceEntry present(long memberId) {
        return new AttendanceEntry(memberId, Attendance.PRESENT, Optional.empty(), false);
    }

    public AttendanceEntry with(Attendance a) {
        return new AttendanceEntry(memberId, a, a == Attendance.ABSENT_EXCUSED ? reason : Optional.empty(), duesUnpaid);
    }

    public AttendanceEntry withReason(String r) {
        return new AttendanceEntry(memberId, attendance, Optional.ofNullable(r).filter(s -> !s.isBlank()), duesUnpaid);
    }

    public AttendanceEntry withDuesUnpaid(boolean unpaid) {
        return new AttendanceEntry(memberId, attendance, reason, unpaid);
    }
}
