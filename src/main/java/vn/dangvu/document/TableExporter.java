package vn.dangvu.document;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.common.Dates;

/// Writes a table (header + rows of String, LocalDate, Number or null) to .xlsx (POI SXSSF: bounded memory,
/// real dates shown dd/MM/yyyy, a text of several lines wrapped in its cell, a safe sheet name) or .csv (UTF-8
/// with BOM so Excel shows Vietnamese; formula-looking cells are quoted with a leading apostrophe so they never
/// run). Written to a temp file, forced to disk, then moved into place: a cut or a full disk never leaves a half file under the real name.
public final class TableExporter {


    private TableExporter() {
    }

    public static void write(Path out, String sheetName, List<String> headers, List<List<Object>> rows) throws AppException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            throw new AppException("export.error.format", out.getFileName());
        }
        AtomicFile.write(out, tmp -> {
            if (name.endsWith(".xlsx")) {
                writeXlsx(tmp, sheetName, headers, rows);
            } else {
                writeCsv(tmp, headers, rows);
            }
        });
    }

    /// One sheet of a workbook: its name, header and rows (String, LocalDate, Number or null).
    public record TableSheet(String name, List<String> headers, List<List<Object>> rows) {
    }

    /// Writes several sheets into one .xlsx workbook (an export of a year: the cells, the members' items, …).
    public static void writeSheets(Path out, List<TableSheet> sheets) throws AppException {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new AppException("export.error.format", out.getFileName());
        }
        AtomicFile.write(out, tmp -> writeXlsx(tmp, sheets));
    }

    private static void writeXlsx(Path file, String sheetName, List<String> headers, List<List<Object>> rows) throws IOException {
        writeXlsx(file, List.of(new TableSheet(sheetName, headers, rows)));
    }

    private static void writeXlsx(Path file, List<TableSheet> sheets) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream os = Files.newOutputStream(file)) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle lines = wb.createCellStyle();
            lines.setWrapText(true);
            lines.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (TableSheet t : sheets) {
                Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t.name()));
                if (sheet instanceof SXSSFSheet s) {
                    s.trackAllColumnsForAutoSizing();
                }
                fill(sheet, t, head, lines, date);
            }
            wb.write(os);
            wb.close();
        }
    }

    private static void fill(Sheet sheet, TableSheet t, CellStyle head, CellStyle lines, CellStyle date) {
        List<String> headers = t.headers();
        List<List<Object>> rows = t.rows();
        Row h = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(head);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(v.toString());
                    if (v.toString().indexOf('\n') >= 0) {
                        cell.setCellStyle(lines);
                    }
                }
            }
        }
        if (rows.size() <= 5_000) {
            for (int c = 0; c < headers.size(); c++) {
                sheet.autoSizeColumn(c);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void writeCsv(Path file, List<String> headers, List<List<Object>> rows) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
            w.write('\uFEFF');
            line(w, headers.stream().map(s -> (Object) s).toList());
            for (List<Object> r : rows) {
                line(w, r);
            }
        }
    }

    private static void line(BufferedWriter w, List<Object> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            Object v = values.get(c);
            String s = v == null ? "" : v instanceof LocalDate d ? Dates.format(d) : v.toString();
            w.write(csv(s));
        }
        w.write("\r\n");
    }

    static String csv(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
