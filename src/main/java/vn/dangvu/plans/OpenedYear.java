package vn.dangvu.plans;

import vn.dangvu.years.WorkingYear;

/// A year just opened with its plan: how many activities it got and whether they were copied from last year's plan
/// (else the default plan), and how many records the other features copied ([YearCopy], e.g. registration drafts).
public record OpenedYear(WorkingYear year, int activities, boolean copied, int othersCopied) {
}
