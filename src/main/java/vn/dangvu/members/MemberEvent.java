package vn.dangvu.members;

import java.time.LocalDate;

/// One dated lifecycle event as stored (membership_event).
public record MemberEvent(long id, EventType type, LocalDate date, String decisionNo, String note,
                          MemberStatus statusBefore, MemberStatus statusAfter) {
}
