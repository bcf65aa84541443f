package vn.dangvu.party;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/// Working days: Monday to Friday except the public holidays of the list the user keeps (domain.md §4.4: Tết,
/// 30/4, 1/5, 2/9, Giỗ Tổ and the days off in lieu, which change every year, so they are data, not rules).
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate d, Set<LocalDate> holidays) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
    }

    /// The `n`th working day after `from` (n ≥ 1; `from` itself is not counted).
    public static LocalDate after(LocalDate from, int n, Set<LocalDate> holidays) {
        LocalDate d = from;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d, holidays)) {
                left--;
            }
        }
        return d;
    }

    /// Working days in (from, to]: 0 when `to` is not after `from`.
    public static int between(LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d, holidays)) {
                n++;
            }
        }
        return n;
    }
}
