package vn.dangvu.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;

/// The member import's reading pieces for other features' imports (registrations, ratings): the same file reader
/// (.xlsx, .xls, .csv; legacy TCVN3/VNI text converted; merged cells filled), the same header recognition (a header
/// row found below title rows, header texts compared accent-folded) and the same "Dòng 7, cột C (…): …" messages.
public final class SheetTableService {

    private static final int HEADER_SCAN_ROWS = 30;

    /// The columns an import knows: each field's header texts (in [HeaderMatcher#key] form), what a header row
    /// must name at least (e.g. a name or a card number, and the content), and the i18n key of the message when no
    /// row does (its argument: the sheet name).
    public record Columns<F extends Enum<F>>(Class<F> type, Function<F, List<String>> headers,
                                             Predicate<Map<F, Integer>> enough, String noHeaderKey) {
    }

    /// Reads the first sheet of `file` that [SheetReader] chooses and finds its header row: among the first 30 rows,
    /// the one naming the most fields that names enough of them.
    public <F extends Enum<F>> SheetTable<F> read(Path file, Columns<F> columns) throws AppException {
        SheetData sheet = SheetReader.read(file);
        List<List<String>> first = SheetReader.texts(sheet.rows(), HEADER_SCAN_ROWS);
        int headerRow = -1;
        Map<F, Integer> mapping = Map.of();
        for (int r = 0; r < first.size(); r++) {
            Map<F, Integer> m = HeaderMatcher.mapRow(first.get(r), columns.type(), columns.headers());
            if (columns.enough().test(m) && m.size() > mapping.size()) {
                headerRow = r;
                mapping = m;
            }
        }
        if (headerRow < 0) {
            throw new AppException(columns.noHeaderKey(), sheet.sheetName());
        }
        List<SheetTable.Row> rows = new ArrayList<>();
        for (int r = headerRow + 1; r < sheet.rows().size(); r++) {
            List<CellValue> cells = sheet.rows().get(r);
            if (blank(cells, mapping) || repeatedHeader(cells, mapping, columns)) {
                continue;
            }
            rows.add(new SheetTable.Row(r + 1, cells));
        }
        if (rows.isEmpty()) {
            throw new AppException("import.file.noRows", sheet.sheetName(), headerRow + 1);
        }
        return new SheetTable<>(sheet.sheetName(), headerRow + 1, mapping, rows,
                sheet.legacyTcvn3Cells() + sheet.legacyVniCells());
    }

    /// A date cell as the member import reads it (an Excel date, or text such as 5/3/1980 or "ngày 5 tháng 3 năm
    /// 1980"); dates after `today` are refused. Empty for a blank cell; the error is an i18n key.
    public ImportDates.Outcome date(CellValue cell, LocalDate today) {
        return cell.date().map(d -> ImportDates.of(d, today)).orElseGet(() -> ImportDates.parse(cell.text(), today));
    }

    /// "Dòng 7, cột C (Ngày sinh): " (the column letter may be empty: "Dòng 7 (Ngày sinh): ").
    public String where(int row, String column, String fieldLabel) {
        return column.isEmpty() ? I18n.t("import.where.row", row, fieldLabel)
                : I18n.t("import.where.rowColumn", row, column, fieldLabel);
    }

    /// The i18n key of a date problem with the text the cell showed, as one Vietnamese sentence.
    public String dateProblem(ImportDates.Outcome outcome, CellValue cell) {
        Optional<String> key = outcome.errorKey();
        return key.map(k -> I18n.t(k, cell.text())).orElse("");
    }

    private static <F extends Enum<F>> boolean blank(List<CellValue> cells, Map<F, Integer> mapping) {
        return mapping.values().stream().allMatch(c -> c >= cells.size() || cells.get(c).blank());
    }

    /// A header repeated on every printed page of the list.
    private static <F extends Enum<F>> boolean repeatedHeader(List<CellValue> cells, Map<F, Integer> mapping,
                                                              Columns<F> columns) {
        int same = 0;
        for (Map.Entry<F, Integer> e : mapping.entrySet()) {
            if (e.getValue() < cells.size() && HeaderMatcher.match(cells.get(e.getValue()).text(), columns.type(),
                    columns.headers()).orElse(null) == e.getKey()) {
                same++;
            }
        }
        return same >= 2;
    }
}
