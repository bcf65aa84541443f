package vn.dangvu.meetings;

/// A member's meetings in a year (for the rating): meetings held for their cell while they were expected, present,
/// absent with a reason, absent without one, and the longest run of consecutive absences without a reason.
public record MemberAttendance(long memberId, int held, int present, int absentExcused, int absentUnexcused,
                               int longestUnexcusedRun) {
}
