package vn.dangvu.plans;

import java.time.LocalDate;
import java.util.Optional;

/// The committee's plan of a year: its title and summary (trích yếu of the KH document), and the number and date of
/// the document once issued from the register ("05-KH/ĐU").
public record YearPlan(long id, int year, String title, Optional<String> summary, Optional<String> documentNumber,
                       Optional<LocalDate> documentDate) {
}
