package vn.dangvu.registrations;

import java.time.LocalDate;
import java.util.Optional;

/// An item text the clerk reuses while typing a year's forms.
public record ItemTemplate(long id, int year, String content, String measure, Optional<LocalDate> deadline) {

    public RegistrationItem item() {
        return RegistrationItem.of(content, measure, deadline);
    }
}
