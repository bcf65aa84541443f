package vn.dangvu.importing;

import java.nio.file.Path;
import java.util.List;

import vn.dangvu.common.AppException;

/// Reads only what the import wizard needs to show the column mapping: the header row and what it recognises.
/// The same detection as [MemberImportService#importFile], so the wizard's mapping matches the import's.
public final class ImportHeaderService {

    private static final int HEADER_SCAN_ROWS = 30;

    public SheetHeader read(Path file) throws AppException {
        SheetData sheet = SheetReader.read(file);
        int headerRow = HeaderMatcher.findHeaderRow(SheetReader.texts(sheet.rows(), HEADER_SCAN_ROWS))
                .orElseThrow(() -> new AppException("import.file.noHeader", sheet.sheetName()));
        List<String> columns = sheet.rows().get(headerRow).stream().map(CellValue::text).toList();
        return new SheetHeader(sheet.sheetName(), headerRow + 1, columns, HeaderMatcher.mapRow(columns));
    }
}
