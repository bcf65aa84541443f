package vn.dangvu.plans;

import vn.dangvu.common.AppException;

/// Another feature's part of "Sao chép từ năm trước": called inside the transaction that opens the new year and
/// copies the plan, so the whole copy is one change (issue 10: the registrations are copied as drafts).
@FunctionalInterface
public interface YearCopyStep {

    /// Copies what the feature keeps for `fromYear` into the newly opened `toYear`.
    void copy(int fromYear, int toYear) throws AppException;

    /// No other feature takes part.
    YearCopyStep NONE = (from, to) -> { };
}
