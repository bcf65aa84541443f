package vn.dangvu.rating;

import java.util.List;

/// What a rating import read and did: the sheet and its header row, the rows read, the ratings written, the
/// problems (each naming row, column and field), the rows refused, and whether anything was written.
public record RatingImportReport(String sheetName, int headerRow, int rowsRead, int rated, List<Problem> problems,
                                 List<Integer> rejectedRows, boolean written) {

    /// One problem: "Dòng 7, cột C (Xếp loại): …"; a warning does not refuse the row.
    public record Problem(int row, String where, String message, boolean warning) {

        public String describe() {
            return where + message;
        }
    }

    public RatingImportReport {
        problems = List.copyOf(problems);
        rejectedRows = List.copyOf(rejectedRows);
    }

    public boolean hasErrors() {
        return !rejectedRows.isEmpty();
    }
}
