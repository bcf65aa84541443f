package vn.dangvu.members;

import java.time.LocalDate;

/// A lifecycle event the user records: what, when, under which decision, and a note.
public record NewEvent(long memberId, EventType type, LocalDate date, String decisionNo, String note) {
}
