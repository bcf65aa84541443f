package vn.dangvu.commendation;

import java.time.LocalDate;

/// One line of `commendations list`: an entry of an issued decision of the year with the decision's number and date.
public record ListedEntry(String number, LocalDate date, AwardForm form, String name, RecipientKind kind) {
}
