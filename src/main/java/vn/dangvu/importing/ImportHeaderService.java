package vn.dangvu.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.dangvu.common.AppException;

/// Reads only what the import wizard needs to show the column mapping: the header row and what it recognises.
/// The same detection as [MemberImportService#importFile], so the wizard's mapping matches the import's.
public final class ImportHeaderService {

    private static final int HEADER_SCAN_ROWS = 30;

    public SheetHeader read(Path file) throws AppException {
        SheetData sheet = SheetReader.read(file);
        HeaderMatcher.Found header = HeaderMatcher.find(SheetReader.texts(sheet.rows(), HEADER_SCAN_ROWS))
                .orElseThrow(() -> new AppException("import.file.noHeader", sheet.sheetName()));
        List<String> top = sheet.rows().get(header.row()).stream().map(CellValue::text).toList();
        List<String> columns = new ArrayList<>(top);
        if (header.rows() == 2) {
            // a column named by two header rows shows both: "Huy hiệu / 30 năm"
            List<CellValue> below = sheet.rows().get(header.row() + 1);
            for (int c = 0; c < columns.size() && c < below.size(); c++) {
                String b = below.get(c).text().strip();
                if (!b.isEmpty() && !b.equals(columns.get(c).strip())) {
                    columns.set(c, columns.get(c).strip().isEmpty() ? b : columns.get(c).strip() + " / " + b);
                }
            }
        }
        return new SheetHeader(sheet.sheetName(), header.row() + 1, List.copyOf(columns), header.mapping());
    }
}
