package vn.dangvu.importing;

import java.util.List;
import java.util.Map;

/// The header row the import found: sheet name, 1-based row number, the header text of every column
/// and the fields recognised from them (field -> 0-based column index).
public record SheetHeader(String sheetName, int headerRow, List<String> columns, Map<ImportField, Integer> recognised) {
}
