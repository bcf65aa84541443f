package vn.dangvu.registrations;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;

/// The rules of a registration form (issue 10, domain.md §7), as pure functions: what a form must hold, how a typed
/// deadline reads, and which items are vague.
public final class RegistrationRules {

    public static final int MAX_ITEMS = 30;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_LONG_TEXT = 4000;
    public static final int MAX_RESPONSIBLE = 300;
    /// A cell's quality targets (domain.md §7.3: "register to reach HTXSNV").
    public static final List<String> TARGETS = List.of("EXCELLENT", "GOOD", "COMPLETED");

    /// The i18n key of a cell's quality target ("registrations.target.EXCELLENT").
    public static String targetKey(String code) {
        return "registrations.target." + code;
    }

    /// The fields of a form; the i18n key is "registrations.field.<NAME>".
    public enum Field {
        STUDY, PLEDGE, REGISTERED_DATE, SELF_SUMMARY, REVIEW, ITEMS, CONTENT, MEASURE, DEADLINE, RESPONSIBLE, SELF_RESULT,
        SELF_NOTE, REVIEW_RESULT, REVIEW_NOTE;

        public String i18nKey() {
            return "registrations.field." + name();
        }
    }

    /// A problem of the form: the field, the item (1-based; 0 for a field of the whole form), the i18n key and its
    /// arguments.
    public record Violation(Field field, int item, String key, Object... args) {

        /// "Nội dung 2, thời hạn hoàn thành: 15/03/2027 không thuộc năm 2026."
        public String message() {
            String label = I18n.t(field.i18nKey());
            String where = item > 0 ? I18n.t("registrations.where.item", item, label) : I18n.t("registrations.where.field", label);
            return where + I18n.t(key, args);
        }

        @Override
        public String toString() {
            return field + "#" + item + " " + key + Arrays.toString(args);
        }
    }

    /// A typed deadline: the day (empty when none was typed or the text names no day, like "thường xuyên"), or the
    /// i18n key of why it cannot be read (its argument: the text as typed).
    public record Deadline(String text, Optional<LocalDate> date, Optional<String> errorKey) {

        public boolean ok() {
            return errorKey.isEmpty();
        }
    }

    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})");
    private static final Pattern MONTH_YEAR =
            Pattern.compile("(?:thang\\s*)?(\\d{1,2})\\s*(?:[/.\\-]|\\s+nam\\s+)\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("thang\\s*(\\d{1,2})");
    private static final Pattern QUARTER =
            Pattern.compile("quy\\s*(i{1,3}|iv|[1-4])(?:\\s*(?:[/.\\-]|nam)?\\s*(\\d{4}))?");
    private static final Pattern WHOLE_YEAR = Pattern.compile("(ca nam|quanh nam|trong nam|nam)(?:\\s*(\\d{4}))?|(\\d{4})");
    private static final List<String> RECURRING = List.of("thuong xuyen", "hang thang", "hang ngay", "hang tuan", "hang quy",
            "lien tuc", "moi thang", "moi ngay", "moi tuan", "suot nhiem ky");

    private RegistrationRules() {
    }

    /// Reads a deadline as clerks write it on the forms: a full date (strict: 31/02 is refused), "30/6" (a day of
    /// the registration's year), "6/2026" or "tháng 6" (the month's last day), "quý II" (the quarter's last day),
    /// "cả năm" or "năm 2026" (31 December). "Thường xuyên", "hằng tháng" and the like name no day: they read as no
    /// deadline, and the item is vague. Leading words such as "trước ngày", "đến", "cuối" are read past. Whether the
    /// day falls in the year is [#check]'s business.
    public static Deadline readDeadline(String typed, int year) {
        String raw = Text.clean(typed);
        if (raw.isEmpty()) {
            return none(raw);
        }
        String f = Text.fold(raw).replaceAll("[,;]", " ").replaceAll(" +", " ").trim();
        if (RECURRING.stream().anyMatch(f::startsWith)) {
            return none(raw);
        }
        // "trước ngày 30/6", "đến 30/6/2026", "cuối quý II", "hết tháng 9": the day is what counts
        f = f.replaceFirst("^(?:truoc|den|han|het|cuoi|trong)?\\s*(?:ngay)?\\s*", "");
        Dates.Reading full = Dates.read(f);
        if (full.date().isPresent()) {
            return day(raw, full.date().get());
        }
        if (full.problem().isPresent() && full.problem().get() != Dates.Problem.NOT_A_DATE) {
            return error(raw, full.problem().get() == Dates.Problem.SHORT_YEAR ? "registrations.error.deadlineShortYear"
                    : "registrations.error.deadlineNotInCalendar");
        }
        try {
            Matcher m = MONTH_YEAR.matcher(f);
            if (m.matches()) {
                return day(raw, YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).atEndOfMonth());
            }
            m = DAY_MONTH.matcher(f);
            if (m.matches()) {
                return day(raw, LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = MONTH.matcher(f);
            if (m.matches()) {
                return day(raw, YearMonth.of(year, Integer.parseInt(m.group(1))).atEndOfMonth());
            }
            m = QUARTER.matcher(f);
            if (m.matches()) {
                int y = m.group(2) == null ? year : Integer.parseInt(m.group(2));
                return day(raw, YearMonth.of(y, quarter(m.group(1)) * 3).atEndOfMonth());
            }
            m = WHOLE_YEAR.matcher(f);
            if (m.matches()) {
                String y = m.group(2) != null ? m.group(2) : m.group(3);
                return day(raw, LocalDate.of(y == null ? year : Integer.parseInt(y), 12, 31));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return error(raw, "registrations.error.deadlineNotInCalendar");
        }
        return error(raw, "registrations.error.deadlineUnreadable");
    }

    private static Deadline none(String raw) {
        return new Deadline(raw, Optional.empty(), Optional.empty());
    }

    private static Deadline day(String raw, LocalDate d) {
        return new Deadline(raw, Optional.of(d), Optional.empty());
    }

    private static Deadline error(String raw, String key) {
        return new Deadline(raw, Optional.empty(), Optional.of(key));
    }

    private static int quarter(String s) {
        return switch (s) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    /// An item is vague ("chung chung") when it says what but not how or by when.
    public static boolean vague(RegistrationItem i) {
        return Text.clean(i.measure()).isEmpty() || i.deadline().isEmpty();
    }

    /// The items actually written (an empty line of the form is not an item).
    public static List<RegistrationItem> filled(List<RegistrationItem> items) {
        return items.stream().filter(i -> !i.blank()).toList();
    }

    /// Every problem of the form: a registration holds at least one item and at most [#MAX_ITEMS]; every item says
    /// what will be done; deadlines and the registration date fall in the registration's year; texts fit their
    /// columns; a target is one of [#TARGETS].
    public static List<Violation> check(RegistrationForm form) {
        List<Violation> out = new ArrayList<>();
        int year = form.year();
        text(out, Field.STUDY, 0, form.study(), MAX_LONG_TEXT);
        text(out, Field.PLEDGE, 0, form.pledge(), MAX_LONG_TEXT);
        text(out, Field.SELF_SUMMARY, 0, form.selfSummary(), MAX_LONG_TEXT);
        text(out, Field.REVIEW, 0, form.review(), MAX_LONG_TEXT);
        form.registeredDate().filter(d -> d.getYear() != year).ifPresent(d -> out.add(new Violation(Field.REGISTERED_DATE, 0,
                "registrations.error.outsideYear", Dates.format(d), year)));
        form.targetLevel().filter(t -> !TARGETS.contains(t)).ifPresent(t -> out.add(new Violation(Field.ITEMS, 0,
                "registrations.error.target", t)));
        List<RegistrationItem> items = filled(form.items());
        if (items.isEmpty()) {
            out.add(new Violation(Field.ITEMS, 0, "registrations.error.noItems"));
        }
        if (items.size() > MAX_ITEMS) {
            out.add(new Violation(Field.ITEMS, 0, "registrations.error.tooManyItems", items.size(), MAX_ITEMS));
        }
        for (int n = 0; n < items.size(); n++) {
            RegistrationItem i = items.get(n);
            int no = n + 1;
            if (Text.clean(i.content()).isEmpty()) {
                out.add(new Violation(Field.CONTENT, no, "registrations.error.contentRequired"));
            }
            text(out, Field.CONTENT, no, i.content(), MAX_TEXT);
            text(out, Field.MEASURE, no, i.measure(), MAX_TEXT);
            text(out, Field.RESPONSIBLE, no, i.responsible(), MAX_RESPONSIBLE);
            text(out, Field.SELF_NOTE, no, i.selfNote(), MAX_TEXT);
            text(out, Field.REVIEW_NOTE, no, i.reviewNote(), MAX_TEXT);
            i.deadline().filter(d -> d.getYear() != year).ifPresent(d -> out.add(new Violation(Field.DEADLINE, no,
                    "registrations.error.outsideYear", Dates.format(d), year)));
        }
        return out;
    }

    private static void text(List<Violation> out, Field f, int item, String value, int max) {
        if (value != null && value.length() > max) {
            out.add(new Violation(f, item, "registrations.error.tooLong", value.length(), max));
        }
    }

    /// The form as stored: texts cleaned (NFC, single spaces, trimmed; line breaks kept in the long texts), empty
    /// lines dropped.
    public static RegistrationForm normalise(RegistrationForm f) {
        List<RegistrationItem> items = filled(f.items()).stream().map(i -> new RegistrationItem(Text.clean(i.content()),
                Text.clean(i.measure()), i.deadline(), Text.clean(i.responsible()), i.selfResult(), Text.clean(i.selfNote()),
                i.reviewResult(), Text.clean(i.reviewNote()))).toList();
        return new RegistrationForm(f.id(), f.year(), f.subject(), lines(f.study()), lines(f.pledge()), f.registeredDate(),
                lines(f.selfSummary()), lines(f.review()), f.targetLevel(), items);
    }

    private static String lines(String s) {
        return String.join("\n", Arrays.stream(s.split("\\R")).map(Text::clean).toList()).strip();
    }
}
