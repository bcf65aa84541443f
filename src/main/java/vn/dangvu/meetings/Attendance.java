package vn.dangvu.meetings;

/// How a member expected at a meeting attended. The i18n key is "meeting.attendance.<NAME>".
public enum Attendance {
    PRESENT,
    /// Absent with a reason (vắng có lý do).
    ABSENT_EXCUSED,
    /// Absent without a reason: three in a row is a ground for xóa tên (domain.md §4.4).
    ABSENT_UNEXCUSED;

    public String i18nKey() {
        return "meeting.attendance." + name();
    }
}
