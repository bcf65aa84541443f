package vn.dangvu.importing;

import java.util.List;
import java.util.Map;

/// A sheet read for another feature's import ([SheetTableService]): the sheet name, the 1-based header row, the
/// columns recognised (field -> 0-based column index) and the data rows under the header (blank rows and repeated
/// header rows left out), each with its 1-based sheet row number.
public record SheetTable<F extends Enum<F>>(String sheetName, int headerRow, Map<F, Integer> columns, List<Row> rows,
                                            int legacyCells) {

    /// One data row: its 1-based number in the sheet and its cells.
    public record Row(int number, List<CellValue> cells) {
    }

    public SheetTable {
        columns = Map.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /// The cell of `field` in `row`; empty when the column is missing or the row is shorter.
    public CellValue cell(Row row, F field) {
        Integer c = columns.get(field);
        return c == null || c >= row.cells().size() ? CellValue.EMPTY : row.cells().get(c);
    }

    /// The column letter of `field` ("C"), "" when the sheet has no such column.
    public String column(F field) {
        Integer c = columns.get(field);
        return c == null ? "" : ImportProblem.columnName(c);
    }
}
