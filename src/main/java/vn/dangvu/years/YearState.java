package vn.dangvu.years;

/// The state of a working year: data is entered while OPEN, the year-end review (ratings, commendations, reports)
/// happens while REVIEWING, and a CLOSED year is read-only everywhere until reopened with a written reason.
public enum YearState {
    OPEN,
    REVIEWING,
    CLOSED;

    public String i18nKey() {
        return "year.state." + name();
    }
}
