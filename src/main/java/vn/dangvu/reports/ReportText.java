package vn.dangvu.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.dangvu.common.Dates;
import vn.dangvu.document.DocumentHeader;
import vn.dangvu.document.PlaceDate;
import vn.dangvu.settings.OrganizationSettings;

/// Small text pieces the reports share: dates, birth dates kept as precise as they were given, joined lines, and
/// the commune's HD 36 document header.
final class ReportText {

    private ReportText() {
    }

    /// "ĐẢNG BỘ TỈNH … / ĐẢNG ỦY XÃ … / *" and "Phú Sơn, ngày 21 tháng 11 năm 2026".
    static DocumentHeader header(OrganizationSettings s, LocalDate today) {
        return DocumentHeader.of(s.provinceLine(), s.committeeName(), PlaceDate.of(place(s), today));
    }

    /// The commune's name without "Xã", "Phường" or "Đặc khu": the place of the date line.
    static String place(OrganizationSettings s) {
        return s.communeName().replaceFirst("^(Xã|Phường|Đặc khu) ", "");
    }

    static String date(LocalDate d) {
        return Dates.format(d);
    }

    /// A birth date as precise as it was recorded: "15/03/1980", "03/1980" or "1965".
    static String birth(LocalDate d, String precision) {
        if (d == null) {
            return "";
        }
        return switch (precision == null ? "DAY" : precision) {
            case "YEAR" -> String.valueOf(d.getYear());
            case "MONTH" -> String.format(Locale.ROOT, "%02d/%d", d.getMonthValue(), d.getYear());
            default -> date(d);
        };
    }

    /// The non-blank parts, one a line.
    static String lines(String... parts) {
        return join("\n", parts);
    }

    static String join(String sep, String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip).collect(Collectors.joining(sep));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
