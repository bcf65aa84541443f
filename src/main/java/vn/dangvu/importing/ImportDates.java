package vn.dangvu.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dangvu.common.Text;

/// Dates as communes type them in Excel: real Excel dates, or text "dd/MM/yyyy", "d/M/yy", "yyyy-MM-dd",
/// "dd-MM-yyyy", "dd.MM.yyyy", "MM/yyyy" or a year alone (old records often know only the year).
/// Wider than what a form accepts (`common.Dates`), but just as strict about the day: a day that is not in the
/// calendar (31/02, 29/02 of a common year, 31/06, Excel's 29/02/1900) is an error naming row and column, never
/// the nearest real day.
///
/// Century rule for two-digit years ("5/3/80"): 20yy when that year is not after today's year, otherwise 19yy.
/// With today in 2026: "5/3/26" is 2026, "5/3/27" is 1927, "5/3/80" is 1980.
public final class ImportDates {

    /// Excel's day 60 is 29 February 1900, a day that never was (kept from Lotus 1-2-3); POI turns it into
    /// 1 March. The readers pass such a cell on as the text Excel shows, so it is refused as an impossible day.
    static final String EXCEL_PHANTOM_DAY = "29/02/1900";

    /// How much of the date is known. A MONTH date is the 1st of the month, a YEAR date is 1 January.
    public enum Precision { DAY, MONTH, YEAR }

    public record Parsed(LocalDate date, Precision precision) {
    }

    /// Either a parsed date or the i18n key of the problem (the caller adds row and column).
    public record Outcome(Optional<Parsed> value, Optional<String> errorKey) {

        static Outcome ok(LocalDate d, Precision p) {
            return new Outcome(Optional.of(new Parsed(d, p)), Optional.empty());
        }

        static Outcome error(String key) {
            return new Outcome(Optional.empty(), Optional.of(key));
        }

        static Outcome empty() {
            return new Outcome(Optional.empty(), Optional.empty());
        }
    }

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})");
    private static final Pattern MY = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern Y = Pattern.compile("(\\d{4})");
    private static final Pattern WORDS = Pattern.compile("(?:ngay\\s*)?(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");

    private ImportDates() {
    }

    /// Parses typed text. A two-digit year follows the century rule of the class comment.
    public static Outcome parse(String raw, LocalDate today) {
        if (raw != null && raw.length() == 10 && raw.charAt(2) == '/' && raw.charAt(5) == '/') {
            // "dd/MM/yyyy", how most lists type dates: read without folding or patterns
            int d = digits(raw, 0, 2);
            int mo = digits(raw, 3, 5);
            int y = digits(raw, 6, 10);
            if (d >= 0 && mo >= 0 && y >= 0) {
                try {
                    return ok(y, mo, d, today);
                } catch (DateTimeException e) {
                    return Outcome.error("import.date.invalid");
                }
            }
        }
        String s = Text.fold(Text.clean(raw));
        if (s.isEmpty()) {
            return Outcome.empty();
        }
        try {
            Matcher m = WORDS.matcher(s);
            if (m.matches()) {
                return ok(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), today);
            }
            m = YMD.matcher(s);
            if (m.matches()) {
                return ok(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), today);
            }
            m = DMY.matcher(s);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(3));
                if (m.group(3).length() == 2) {
                    y = 2000 + y <= today.getYear() ? 2000 + y : 1900 + y;
                }
                return ok(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), today);
            }
            m = MY.matcher(s);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 1);
                return plausible(d, Precision.MONTH, today);
            }
            m = Y.matcher(s);
            if (m.matches()) {
                return plausible(Year.of(Integer.parseInt(m.group(1))).atDay(1), Precision.YEAR, today);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Outcome.error("import.date.invalid");
        }
        return Outcome.error("import.date.unreadable");
    }

    /// The number written by the digits from `from` to `to`, or -1 when one is not a digit.
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + c - '0';
        }
        return n;
    }

    /// Whether an Excel date serial is Excel's 29 February 1900 ([#EXCEL_PHANTOM_DAY]).
    static boolean excelPhantomDay(double serial, boolean date1904) {
        return !date1904 && Math.floor(serial) == 60;
    }

    /// A date Excel stored as a date (already converted by the reader).
    public static Outcome of(LocalDate excelDate, LocalDate today) {
        return plausible(excelDate, Precision.DAY, today);
    }

    private static Outcome ok(int y, int mo, int d, LocalDate today) {
        return plausible(LocalDate.of(y, mo, d), Precision.DAY, today);
    }

    private static Outcome plausible(LocalDate d, Precision p, LocalDate today) {
        if (d.getYear() < 1890) {
            return Outcome.error("import.date.tooOld");
        }
        if (d.isAfter(today)) {
            return Outcome.error("import.date.future");
        }
        return Outcome.ok(d, p);
    }
}
