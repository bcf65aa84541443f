package vn.dangvu;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/// Fixed clocks for tests: "today" is a literal date, never the machine's.
public final class TestClocks {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private TestClocks() {
    }

    /// A clock stopped at 09:00 on the day, Vietnam time.
    public static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    }

    public static Clock at(int year, int month, int day) {
        return at(LocalDate.of(year, month, day));
    }
}
