package vn.dangvu.plans;

/// What a planned activity is (domain.md §3.3, §12). The i18n key is "plan.kind.<NAME>".
public enum ActivityKind {
    /// A cell's monthly regular meeting (one per cell and month, on the cell's usual day).
    CELL_MEETING,
    /// A thematic meeting of the cells (at least once a quarter), with its topic.
    THEMATIC_MEETING,
    /// The commune committee's (Ban Thường vụ) regular meeting.
    COMMITTEE_MEETING,
    /// Supervision on a topic (giám sát chuyên đề): who, which unit, when, the topic and the conclusion.
    SUPERVISION,
    /// Inspection (kiểm tra): the same shape as a supervision.
    INSPECTION,
    /// The six-month review (sơ kết).
    MID_YEAR_REVIEW,
    /// The year-end review conference (tổng kết).
    YEAR_END_REVIEW,
    /// A Party badge round (3/2, 19/5, 2/9, 7/11).
    BADGE_ROUND,
    /// The rating period (kiểm điểm, đánh giá, xếp loại chất lượng).
    RATING,
    /// A report due to the province.
    REPORT,
    OTHER;

    public String i18nKey() {
        return "plan.kind." + name();
    }

    /// Kinds whose topic must be given: a thematic meeting, a supervision, an inspection.
    public boolean needsTopic() {
        return this == THEMATIC_MEETING || this == SUPERVISION || this == INSPECTION;
    }
}
