package vn.dangvu.registrations;

import java.util.List;

/// What an import of registrations found and did: the sheet and its header row, the item rows read, the members
/// and items that were (or would have been) written, every problem with its row and column, the rows rejected, and
/// whether anything was written (all or nothing, unless only the valid members were asked for).
public record RegistrationImportReport(String sheetName, int headerRow, int rowsRead, int members, int items,
                           List<RegistrationImportReport.Problem> problems, List<Integer> rejectedRows, boolean written) {

    /// A problem of one row: "Dòng 7, cột B (Họ và tên): …" (`where` is that prefix), an error or a warning.
    public record Problem(int row, String column, String where, boolean warning, String message) {

        public String describe() {
            return where + message;
        }
    }

    public RegistrationImportReport {
        problems = List.copyOf(problems);
        rejectedRows = List.copyOf(rejectedRows);
    }

    public boolean hasErrors() {
        return !rejectedRows.isEmpty();
    }
}
