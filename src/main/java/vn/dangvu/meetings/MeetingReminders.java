package vn.dangvu.meetings;

import java.time.LocalDate;
import java.util.List;

/// What the overview reminds of from the meetings (grounds for xóa tên, domain.md §4.4): members whose latest
/// meetings were all missed without a reason (3 or more in a row), and members with 3 or more months of unpaid dues
/// in a year (Q01-QĐ/TW 2026, domain.md §9).
public record MeetingReminders(List<AbsenceRun> absences, List<UnpaidDues> unpaidDues) {

    public record AbsenceRun(long memberId, String fullName, String unitName, int meetings, LocalDate lastMeeting) {
    }

    public record UnpaidDues(long memberId, String fullName, String unitName, int year, int months) {
    }
}
