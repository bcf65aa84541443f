package vn.dangvu.importing.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/// A workbook of the corpus as a commune would keep it: optional title rows (merged across the table) above a
/// header row, then the data. Cell values: `String` (text), `LocalDate` (Excel date, dd/mm/yyyy), `Number`,
/// [Formula] (evaluated before writing so the file holds cached results), `null` (no cell).
final class CorpusBook {

    /// A formula cell; `date` gives it the date format, as Excel does for `=DATE(...)`.
    record Formula(String formula, boolean date) {
    }

    /// One sheet: its name, title rows, rows (first = header), and extra merged regions.
    record SheetSpec(String name, List<String> titles, List<Object[]> rows, List<CellRangeAddress> merges) {

        static SheetSpec of(String name, List<String> titles, List<Object[]> rows) {
            return new SheetSpec(name, titles, rows, List.of());
        }
    }

    private CorpusBook() {
    }

    static Formula formula(String f) {
        return new Formula(f, false);
    }

    static Formula dateFormula(String f) {
        return new Formula(f, true);
    }

    static void xlsx(Path file, SheetSpec... sheets) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            write(wb, file, sheets);
        }
    }

    static void xls(Path file, SheetSpec... sheets) throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            write(wb, file, sheets);
        }
    }

    /// A big plain sheet written row by row (SXSSF keeps only a window of rows in memory); no formulas. Texts go
    /// to the shared-strings table, as Excel writes them, which keeps the file small.
    static void bigXlsx(Path file, String sheetName, List<Object[]> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true)) {
            wb.setCompressTempFiles(true);
            Sheet s = wb.createSheet(sheetName);
            CellStyle date = dateStyle(wb);
            for (int r = 0; r < rows.size(); r++) {
                fill(s.createRow(r), rows.get(r), date);
            }
            save(wb, file);
            wb.close();
        }
    }

    private static void write(Workbook wb, Path file, SheetSpec... sheets) throws IOException {
        CellStyle date = dateStyle(wb);
        for (SheetSpec spec : sheets) {
            Sheet s = wb.createSheet(spec.name());
            int width = spec.rows().stream().mapToInt(r -> r.length).max().orElse(1);
            int r = 0;
            for (String title : spec.titles()) {
                s.createRow(r).createCell(0).setCellValue(title);
                if (width > 1) {
                    s.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
                }
                r++;
            }
            if (!spec.titles().isEmpty()) {
                r++; // a blank row between the titles and the table, as in the communes' lists
            }
            for (Object[] values : spec.rows()) {
                fill(s.createRow(r++), values, date);
            }
            for (CellRangeAddress m : spec.merges()) {
                s.addMergedRegion(m);
            }
        }
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        save(wb, file);
    }

    private static CellStyle dateStyle(Workbook wb) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        return date;
    }

    private static void fill(Row row, Object[] values, CellStyle date) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            switch (v) {
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                }
                case Number n -> cell.setCellValue(n.doubleValue());
                case Formula f -> {
                    cell.setCellFormula(f.formula());
                    if (f.date()) {
                        cell.setCellStyle(date);
                    }
                }
                default -> cell.setCellValue(cell instanceof XSSFCell ? xmlEscaped(v.toString()) : v.toString());
            }
        }
    }

    /// XML cannot hold most control characters; Excel writes them as `_xHHHH_` (and POI would write "?").
    private static String xmlEscaped(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? "_x%04X_".formatted((int) c) : String.valueOf(c));
        }
        return sb.toString();
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /// Rows as a list, for [SheetSpec] (header first).
    static List<Object[]> rows(Object[] header, Object[]... data) {
        List<Object[]> out = new ArrayList<>();
        out.add(header);
        out.addAll(List.of(data));
        return out;
    }
}
