package vn.dangvu.importing;

import java.util.List;
import java.util.Map;

/// What an import read, found and did. `written` is false when nothing was written (errors without
/// "only valid rows", or a dry run); the counts then say what would have happened. `tableEndRow` is the 1-based row
/// where the lines under the table begin (place and date, signatures), 0 when the table runs to the last row;
/// `badgesCarried` how many badges already awarded the list carries in (written, or would be).
public record ImportReport(String sheetName, int headerRow, Map<ImportField, Integer> mapping, int rowsRead,
                           int imported, int updated, List<Integer> rejectedRows, List<ImportProblem> problems,
                           List<String> cellsCreated, int legacyCells, boolean written,
                           int tableEndRow, int badgesCarried) {

    public boolean hasErrors() {
        return !rejectedRows.isEmpty();
    }
}
