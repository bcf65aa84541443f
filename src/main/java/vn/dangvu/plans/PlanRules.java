package vn.dangvu.plans;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.party.BadgeRound;

/// The rules of a year's plan: what a good default plan holds (the commune Party year, domain.md §12), what an
/// activity must satisfy, what the plan lacks (a quarter without a thematic meeting, HD 42-HD/BTCTW practice) and
/// how last year's plan moves to a new year. Pure functions.
public final class PlanRules {

    static final int MAX_TITLE = 1000;
    static final int MAX_SUMMARY = 500;
    /// The plan's type in the document register (Kế hoạch).
    public static final String DOCUMENT_TYPE = "KH";
    static final int MAX_TEXT = 2000;
    /// The day of the month a cell meets when its schedule names none (many communes: "ngày 5 hằng tháng").
    public static final int DEFAULT_MEETING_DAY = 5;
    /// The committee's (Ban Thường vụ) regular meeting day in the default plan.
    static final int COMMITTEE_DAY = 25;
    /// The month of each quarter in which the default plan puts the thematic meeting.
    static final int[] THEMATIC_MONTHS = {3, 6, 9, 11};
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final Pattern DAY = Pattern.compile("ngay\\s*(\\d{1,2})|^\\s*(\\d{1,2})\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    private PlanRules() {
    }

    /// A cell of the default plan: its id, name and the day of the month it meets.
    public record Cell(long id, String name, int meetingDay) {

        /// The cell's meeting day in a month ([PlanRules#dayIn]).
        public LocalDate dayIn(YearMonth month) {
            return PlanRules.dayIn(month, meetingDay);
        }
    }

    /// A problem of an activity: the i18n key and its arguments (the field is named in the message).
    public record Problem(String key, List<Object> args) {
        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    /// The day named in a unit's meeting schedule ("ngày 5 hằng tháng", "Ngày 20", "15"), else the default day.
    public static int meetingDay(Optional<String> schedule) {
        Matcher m = DAY.matcher(schedule.map(Text::fold).orElse(""));
        if (m.find()) {
            int d = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (d >= 1 && d <= 31) {
                return d;
            }
        }
        return DEFAULT_MEETING_DAY;
    }

    /// `day` of the month, or its last day when the month is shorter (a cell meeting "on the 31st" in April).
    public static LocalDate dayIn(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    /// The default plan of a year (domain.md §12): each cell's monthly meeting, the committee's monthly meeting,
    /// a thematic meeting each quarter on the year's theme, last year's review in January, the registrations, the
    /// theme's launch, two supervisions and an inspection, the six-month review, the badge rounds, the rating period
    /// and the reports due to the province.
    public static List<ActivityInput> defaultPlan(int year, List<Cell> cells, Optional<String> yearTheme) {
        List<ActivityInput> out = new ArrayList<>();
        String committee = I18n.t("plan.default.committee");
        String inspection = I18n.t("plan.default.inspectionBody");
        out.add(ActivityInput.of(LocalDate.of(year, 1, 15), ActivityKind.YEAR_END_REVIEW,
                I18n.t("plan.default.lastYearReview", year(year - 1), year(year))).by(committee));
        out.add(ActivityInput.of(LocalDate.of(year, 1, 10), ActivityKind.REPORT,
                I18n.t("plan.default.statistics", LocalDate.of(year - 1, 12, 31))).by(I18n.t("plan.default.office")));
        out.add(ActivityInput.of(LocalDate.of(year, 1, 2), ActivityKind.OTHER, I18n.t("plan.default.registrations", year(year)))
                .until(LocalDate.of(year, 1, 31)).by(I18n.t("plan.default.cells")));
        out.add(ActivityInput.of(LocalDate.of(year, 2, 20), ActivityKind.OTHER, I18n.t("plan.default.themeLaunch", year(year)))
                .until(LocalDate.of(year, 3, 31)).about(yearTheme.orElse(I18n.t("plan.default.themeByProvince")))
                .by(committee));
        for (int q = 0; q < THEMATIC_MONTHS.length; q++) {
            out.add(ActivityInput.of(LocalDate.of(year, THEMATIC_MONTHS[q], 15), ActivityKind.THEMATIC_MEETING,
                    I18n.t("plan.default.thematic", ROMAN[q])).about(yearTheme.orElse(I18n.t("plan.default.themeByProvince")))
                    .by(I18n.t("plan.default.cells")));
        }
        out.add(ActivityInput.of(LocalDate.of(year, 4, 1), ActivityKind.SUPERVISION, I18n.t("plan.default.supervision1"))
                .until(LocalDate.of(year, 5, 31)).about(I18n.t("plan.default.supervision1.topic")).by(inspection));
        out.add(ActivityInput.of(LocalDate.of(year, 9, 1), ActivityKind.SUPERVISION, I18n.t("plan.default.supervision2"))
                .until(LocalDate.of(year, 10, 31)).about(I18n.t("plan.default.supervision2.topic")).by(inspection));
        out.add(ActivityInput.of(LocalDate.of(year, 8, 1), ActivityKind.INSPECTION, I18n.t("plan.default.inspection"))
                .until(LocalDate.of(year, 8, 31)).about(I18n.t("plan.default.inspection.topic")).by(inspection));
        out.add(ActivityInput.of(LocalDate.of(year, 6, 15), ActivityKind.REPORT, I18n.t("plan.default.midYearReport"))
                .by(I18n.t("plan.default.office")));
        out.add(ActivityInput.of(LocalDate.of(year, 7, 5), ActivityKind.MID_YEAR_REVIEW,
                I18n.t("plan.default.midYearReview", year(year))).by(committee));
        for (MonthDay d : BadgeRound.DAYS) {
            out.add(ActivityInput.of(d.atYear(year), ActivityKind.BADGE_ROUND,
                    I18n.t("plan.default.badges", d.getDayOfMonth() + "/" + d.getMonthValue())).by(committee));
        }
        out.add(ActivityInput.of(LocalDate.of(year, 11, 15), ActivityKind.RATING, I18n.t("plan.default.ratingPlan", year(year)))
                .by(committee));
        out.add(ActivityInput.of(LocalDate.of(year, 12, 1), ActivityKind.RATING, I18n.t("plan.default.rating", year(year)))
                .until(LocalDate.of(year, 12, 31)).by(I18n.t("plan.default.cellsAndCommittee")));
        out.add(ActivityInput.of(LocalDate.of(year, 12, 25), ActivityKind.REPORT, I18n.t("plan.default.yearReport", year(year)))
                .by(I18n.t("plan.default.office")));
        for (int m = 1; m <= 12; m++) {
            out.add(ActivityInput.of(LocalDate.of(year, m, COMMITTEE_DAY), ActivityKind.COMMITTEE_MEETING,
                    I18n.t("plan.default.committeeMeeting", m)).by(committee));
        }
        out.addAll(cellMeetings(year, cells));
        return out;
    }

    /// The monthly meeting of each cell, on its day.
    public static List<ActivityInput> cellMeetings(int year, List<Cell> cells) {
        List<ActivityInput> out = new ArrayList<>();
        for (Cell c : cells) {
            for (int m = 1; m <= 12; m++) {
                out.add(ActivityInput.of(dayIn(YearMonth.of(year, m), c.meetingDay()), ActivityKind.CELL_MEETING,
                        I18n.t("plan.default.cellMeeting", m)).forUnit(c.id()).by(I18n.t("plan.default.cellSecretary")));
            }
        }
        return out;
    }

    /// Problems of an activity of `year`: a title, dates inside the year with the end not before the start, the
    /// topic a thematic meeting or a supervision needs, a cell for a cell meeting, lengths. `unitIsCell` tells
    /// whether the unit named (if any) is a cell.
    public static List<Problem> check(int year, ActivityInput a, boolean unitIsCell) {
        List<Problem> out = new ArrayList<>();
        if (Text.clean(a.title()).isEmpty()) {
            out.add(Problem.of("plan.error.titleRequired"));
        } else if (Text.clean(a.title()).length() > MAX_TITLE) {
            out.add(Problem.of("plan.error.tooLong", I18n.t("plan.field.title"), MAX_TITLE));
        }
        if (a.date() == null) {
            out.add(Problem.of("plan.error.dateRequired"));
        } else {
            inYear(out, year, a.date(), "plan.field.date");
            a.endDate().ifPresent(e -> {
                inYear(out, year, e, "plan.field.endDate");
                if (e.isBefore(a.date())) {
                    out.add(Problem.of("plan.error.endBeforeStart", e, a.date()));
                }
            });
        }
        if (a.kind().needsTopic() && a.topic().map(Text::clean).orElse("").isEmpty()) {
            out.add(Problem.of("plan.error.topicRequired", I18n.t(a.kind().i18nKey())));
        }
        if (a.kind() == ActivityKind.CELL_MEETING && (a.unitId().isEmpty() || !unitIsCell)) {
            out.add(Problem.of("plan.error.cellRequired"));
        }
        tooLong(out, a.topic(), "plan.field.topic", MAX_TITLE);
        tooLong(out, a.responsible(), "plan.field.responsible", 300);
        tooLong(out, a.note(), "plan.field.note", MAX_TEXT);
        return out;
    }

    /// Problems of marking an activity done on `day` (inside the year, not after today) with a short result.
    public static List<Problem> checkDone(int year, LocalDate day, Optional<String> result, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (day == null) {
            out.add(Problem.of("plan.error.doneDateRequired"));
        } else {
            inYear(out, year, day, "plan.field.doneDate");
            if (day.isAfter(today)) {
                out.add(Problem.of("plan.error.doneInFuture", day));
            }
        }
        tooLong(out, result, "plan.field.result", MAX_TEXT);
        return out;
    }

    /// Problems of postponing: a reason is required; a new date, if any, inside the year.
    public static List<Problem> checkPostpone(int year, String reason, Optional<LocalDate> newDate) {
        List<Problem> out = new ArrayList<>();
        if (Text.clean(reason).isEmpty()) {
            out.add(Problem.of("plan.error.reasonRequired"));
        }
        tooLong(out, Optional.ofNullable(reason), "plan.field.reason", MAX_TEXT);
        newDate.ifPresent(d -> inYear(out, year, d, "plan.field.newDate"));
        return out;
    }

    private static void inYear(List<Problem> out, int year, LocalDate d, String field) {
        if (d.getYear() != year) {
            out.add(Problem.of("plan.error.outsideYear", I18n.t(field), d, year(year)));
        }
    }

    private static void tooLong(List<Problem> out, Optional<String> text, String field, int max) {
        if (text.map(Text::clean).orElse("").length() > max) {
            out.add(Problem.of("plan.error.tooLong", I18n.t(field), max));
        }
    }

    /// The quarters (1–4) of the plan with no thematic meeting that is not postponed (HD 42-HD/BTCTW practice: at
    /// least one a quarter).
    public static Set<Integer> quartersWithoutThematic(List<Activity> activities) {
        Set<Integer> missing = new TreeSet<>(List.of(1, 2, 3, 4));
        for (Activity a : activities) {
            if (a.kind() == ActivityKind.THEMATIC_MEETING && a.status() != ActivityStatus.POSTPONED) {
                missing.remove((a.date().getMonthValue() - 1) / 3 + 1);
            }
        }
        return missing;
    }

    /// Last year's activity moved to `toYear` as planned: the same day and month (29/02 becomes 28/02), and the
    /// years named in its title and topic moved on by the same step ("tổng kết năm 2025" → "tổng kết năm 2026").
    public static ActivityInput shift(Activity a, int toYear) {
        int step = toYear - a.year();
        LocalDate date = shiftDate(a.date(), step);
        Optional<LocalDate> end = a.endDate().map(e -> shiftDate(e, step));
        return new ActivityInput(Optional.empty(), date, end, a.kind(), shiftYears(a.title(), a.year(), step),
                a.topic().map(t -> shiftYears(t, a.year(), step)), a.unitId(), a.responsible(), a.note());
    }

    private static LocalDate shiftDate(LocalDate d, int years) {
        return d.plusYears(years);
    }

    /// Moves the years near `year` (up to 5 before it, and it) by `step`; other numbers stay.
    static String shiftYears(String text, int year, int step) {
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int y = Integer.parseInt(m.group());
            m.appendReplacement(out, String.valueOf(y >= year - 5 && y <= year ? y + step : y));
        }
        m.appendTail(out);
        return out.toString();
    }

    /// A year as text, without a thousands separator.
    static String year(int y) {
        return String.valueOf(y);
    }
}
