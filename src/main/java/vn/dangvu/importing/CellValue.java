package vn.dangvu.importing;

import java.time.LocalDate;
import java.util.Optional;

/// One spreadsheet cell as read: its text (legacy fonts already converted to Unicode), or a real Excel date,
/// or a formula error.
public record CellValue(String text, Optional<LocalDate> date, boolean error) {

    public static final CellValue EMPTY = new CellValue("", Optional.empty(), false);

    public static CellValue text(String s) {
        return new CellValue(s == null ? "" : s, Optional.empty(), false);
    }

    public static CellValue date(LocalDate d, String shown) {
        return new CellValue(shown, Optional.of(d), false);
    }

    public static CellValue formulaError(String shown) {
        return new CellValue(shown, Optional.empty(), true);
    }

    public boolean blank() {
        return !error && date.isEmpty() && text.isBlank();
    }
}
