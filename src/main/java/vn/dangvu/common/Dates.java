package vn.dangvu.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The one reading of a date a person types (forms, dialogs, the command line) and the one way dates are shown.
///
/// Typed dates are day/month/year with a four-digit year: "5/3/2026", "05/03/2026", and for the numeric keypad
/// "5-3-2026" and "5.3.2026"; "2026-03-05" (ISO, as scripts write it) is read too. The reading is strict: a day
/// that is not in the calendar (31/02, 29/02 of a common year, 31/06) is an error, never the nearest real day.
/// Spreadsheets have their own, wider reading (`importing.ImportDates`: Excel dates, two-digit years), equally
/// strict about impossible days.
public final class Dates {

    /// How every date is shown: dd/MM/yyyy.
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /// How a moment is shown (the audit trail): dd/MM/yyyy HH:mm:ss.
    public static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2([1-9]\\d{3})");
    private static final Pattern SHORT_YEAR = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{2})");
    private static final Pattern ISO = Pattern.compile("[1-9]\\d{3}-\\d{2}-\\d{2}");

    /// Why typed text is not a date; `key` is its message, with the field's name and the text as arguments.
    public enum Problem {
        /// Shaped like a date, but the day is not in the calendar: 31/02/2025, 29/02/2025, 31/06/2027, 5/13/2026.
        NOT_IN_CALENDAR("date.error.notInCalendar"),
        /// A two-digit year: which century is not guessed in a form.
        SHORT_YEAR("date.error.shortYear"),
        /// Not day/month/year at all: "abc", "5/3", "0198".
        NOT_A_DATE("date.error.notADate");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /// What typed text says: blank (no date), a date, or a problem. `text` is the text as cleaned for reading.
    public record Reading(String text, Optional<LocalDate> date, Optional<Problem> problem) {

        public boolean blank() {
            return text.isEmpty();
        }

        /// True for blank text and for a date: nothing to tell the user.
        public boolean ok() {
            return problem.isEmpty();
        }

        /// The Vietnamese message naming the field ("Ngày sinh: 31/02/2025 không có trong lịch."); "" when ok.
        public String message(String field) {
            return problem.map(p -> I18n.t(p.key(), field, text)).orElse("");
        }
    }

    private Dates() {
    }

    /// Reads typed text strictly (see the class comment). Blank text reads as no date, without a problem.
    public static Reading read(String typed) {
        String shown = Text.clean(typed);
        // "5 / 3 / 2026" is as clear as "5/3/2026"
        String s = shown.replace(" ", "");
        if (s.isEmpty()) {
            return new Reading("", Optional.empty(), Optional.empty());
        }
        Matcher m = DMY.matcher(s);
        if (m.matches()) {
            return parsed(shown, m.group(1) + "/" + m.group(3) + "/" + m.group(4), DAY_MONTH_YEAR);
        }
        if (ISO.matcher(s).matches()) {
            return parsed(shown, s, DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return problem(shown, SHORT_YEAR.matcher(s).matches() ? Problem.SHORT_YEAR : Problem.NOT_A_DATE);
    }

    /// The date typed for a field, or an [AppException] naming the field: for the command line and services.
    /// Blank text is empty.
    public static Optional<LocalDate> parse(String typed, String field) throws AppException {
        Reading r = read(typed);
        if (r.problem().isPresent()) {
            throw new AppException(r.problem().get().key(), field, r.text());
        }
        return r.date();
    }

    /// dd/MM/yyyy, or "" for no date.
    public static String format(LocalDate d) {
        return d == null ? "" : SHOWN.format(d);
    }

    /// dd/MM/yyyy HH:mm:ss, or "" for no moment.
    public static String formatTime(LocalDateTime t) {
        return t == null ? "" : SHOWN_TIME.format(t);
    }

    private static Reading parsed(String text, String normalised, DateTimeFormatter f) {
        try {
            return new Reading(text, Optional.of(LocalDate.parse(normalised, f)), Optional.empty());
        } catch (DateTimeParseException e) {
            return problem(text, Problem.NOT_IN_CALENDAR);
        }
    }

    private static Reading problem(String text, Problem p) {
        return new Reading(text, Optional.empty(), Optional.of(p));
    }
}
