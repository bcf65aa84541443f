package vn.dangvu.meetings;

/// The kind of a cell meeting (HD 42-HD/BTCTW 2025; domain.md §3.3). The i18n key is "meeting.kind.<NAME>".
public enum MeetingKind {
    /// The monthly regular meeting: at least 90 minutes.
    REGULAR(90, "REGULAR"),
    /// A separate thematic meeting: at least 90 minutes, with its topic.
    THEMATIC(90, "THEMATIC"),
    /// The regular and the thematic meeting in one session: at least 120 minutes.
    COMBINED(120, "REGULAR"),
    /// An extraordinary meeting: no minimum, any number in a month.
    EXTRAORDINARY(0, null);

    private final int minMinutes;
    private final String slot;

    MeetingKind(int minMinutes, String slot) {
        this.minMinutes = minMinutes;
        this.slot = slot;
    }

    /// The shortest a meeting of this kind may last (0: no minimum).
    public int minMinutes() {
        return minMinutes;
    }

    /// One meeting per cell, month and slot: REGULAR (a regular or combined meeting), THEMATIC; null for an
    /// extraordinary meeting, which any month may have several of.
    public String slot() {
        return slot;
    }

    /// The kinds that carry a topic.
    public boolean thematic() {
        return this == THEMATIC || this == COMBINED;
    }

    public String i18nKey() {
        return "meeting.kind." + name();
    }
}
