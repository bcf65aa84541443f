package vn.dangvu.plans;

import vn.dangvu.common.AppException;

/// Another feature's part of "Sao chép từ năm trước" (issue 10: each member's and cell's registration items become
/// drafts of the new year). Called inside the transaction that opens the new year and copies the plan, so the whole
/// copy is one change: an exception undoes the new year too. The composition root wires it (for the registrations:
/// `RegistrationService.copyFromYear`); plans imports no other feature for it.
@FunctionalInterface
public interface YearCopy {

    /// Copies what the feature keeps for `fromYear` into the newly opened `toYear`; returns how many records it made
    /// (shown to the user).
    int copy(int fromYear, int toYear) throws AppException;

    /// No other feature takes part.
    YearCopy NONE = (from, to) -> 0;
}
