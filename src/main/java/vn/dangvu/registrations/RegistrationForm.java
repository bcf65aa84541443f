package vn.dangvu.registrations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/// A registration as the clerk types it from the paper form (domain.md §7.2, §7.3). `id` is empty for a new one: a
/// second new registration of the same subject and year is refused as a duplicate.
///
/// - `study`: I. what the member (cell) studies: the year's theme, works of Hồ Chí Minh (a cell: when, in which
///   month's meeting);
/// - `pledge`: III. the member's pledge (a cell: its "làm theo" models);
/// - `selfSummary`: the year-end self-assessment in the member's (cell's) words;
/// - `review`: the cell's (for a cell: the commune committee's) comment;
/// - `targetLevel`: a cell's quality target (EXCELLENT, GOOD, COMPLETED), empty for members;
/// - `items`: II. the concrete deeds, in order.
public record RegistrationForm(Optional<Long> id, int year, Subject subject, String study, String pledge,
                               Optional<LocalDate> registeredDate, String selfSummary, String review,
                               Optional<String> targetLevel, List<RegistrationItem> items) {

    public RegistrationForm {
        study = study == null ? "" : study;
        pledge = pledge == null ? "" : pledge;
        selfSummary = selfSummary == null ? "" : selfSummary;
        review = review == null ? "" : review;
        items = List.copyOf(items);
    }

    /// A new registration holding only its items.
    public static RegistrationForm of(int year, Subject subject, List<RegistrationItem> items) {
        return new RegistrationForm(Optional.empty(), year, subject, "", "", Optional.empty(), "", "", Optional.empty(),
                items);
    }

    public RegistrationForm withItems(List<RegistrationItem> newItems) {
        return new RegistrationForm(id, year, subject, study, pledge, registeredDate, selfSummary, review, targetLevel,
                newItems);
    }

    public RegistrationForm withId(Optional<Long> newId) {
        return new RegistrationForm(newId, year, subject, study, pledge, registeredDate, selfSummary, review, targetLevel,
                items);
    }
}
