package vn.dangvu.importing;

import java.util.List;
import java.util.Map;

/// What an import read, found and did. `written` is false when nothing was written (errors without
/// "only valid rows", or a dry run); the counts then say what would have happened.
public record ImportReport(String sheetName, int headerRow, Map<ImportField, Integer> mapping, int rowsRead,
                           int imported, int updated, List<Integer> rejectedRows, List<ImportProblem> problems,
                           List<String> cellsCreated, int legacyCells, boolean written) {

    public boolean hasErrors() {
        return !rejectedRows.isEmpty();
    }
}
