package vn.dangvu.party;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/// The days Party badges are presented: 3/2, 19/5, 2/9 and 7/11 (HD 01-HD/TW 2021 §18; domain.md §5.2).
public final class BadgeRound {

    public static final List<MonthDay> DAYS = List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2),
            MonthDay.of(11, 7));

    private BadgeRound() {
    }

    public static boolean isRound(LocalDate d) {
        return DAYS.contains(MonthDay.from(d));
    }

    /// The first round on or after `day`.
    public static LocalDate next(LocalDate day) {
        for (int y = day.getYear(); ; y++) {
            for (MonthDay md : DAYS) {
                LocalDate d = md.atYear(y);
                if (!d.isBefore(day)) {
                    return d;
                }
            }
        }
    }

    /// Every round of the year before, the year of and the year after `day`.
    public static List<LocalDate> around(LocalDate day) {
        List<LocalDate> out = new ArrayList<>();
        for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
            for (MonthDay md : DAYS) {
                out.add(md.atYear(y));
            }
        }
        return out;
    }
}
