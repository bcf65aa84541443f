package vn.dangvu.rating;

/// A member's cell meetings of the year as the rating shows them beside the member (from the meetings feature,
/// wired in AppContext): meetings held while the member was expected, present, absent with a reason, absent without
/// one, and the longest run of absences without a reason.
public record AttendanceFact(long memberId, int held, int present, int absentExcused, int absentUnexcused,
                             int longestUnexcusedRun) {
}
