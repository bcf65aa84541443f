package vn.dangvu.members;

import java.time.LocalDate;

/// A public holiday (a day off that is not a working day) and its name, e.g. 17/02/2026 "Tết Nguyên đán".
public record Holiday(LocalDate date, String name) {
}
