package vn.dangvu.years;

import java.time.LocalDateTime;
import java.util.Optional;

/// One working year: its state, the rating rule set that applies to it (stored with the year, domain.md §1.1), the
/// term theme (chuyên đề toàn khóa) and the year's theme set by the province (chuyên đề năm).
public record WorkingYear(int year, YearState state, String ruleSetCode, Optional<String> termTheme,
                          Optional<String> yearTheme, Optional<LocalDateTime> closedAt) {

    public boolean writable() {
        return state != YearState.CLOSED;
    }
}
