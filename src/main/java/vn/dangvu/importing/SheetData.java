package vn.dangvu.importing;

import java.util.List;

/// The rows of the sheet being imported (row 0 = first row of the sheet), the sheet name, and how many cells
/// were converted from legacy fonts.
public record SheetData(String sheetName, List<List<CellValue>> rows, int legacyTcvn3Cells, int legacyVniCells) {
}
