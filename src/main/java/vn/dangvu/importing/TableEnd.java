package vn.dangvu.importing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.dangvu.common.Text;

/// Where the member table of a sheet ends. Lists printed from Excel carry lines under the table: the place and date
/// ("Phú Sơn, ngày 05 tháng 3 năm 2024", "…, ngày … tháng … năm …"), "NGƯỜI LẬP BIỂU", "T/M ĐẢNG ỦY", "BÍ THƯ", the
/// signatures and names, "Tổng cộng: 120 đảng viên", often after a blank separator row. They are not members and are
/// never reported as rejected rows.
///
/// The rule: no row after the last row that gives a date in the birth or admission column can be a member the file
/// describes completely; from there on, the table ends at the first blank row or at the first footer line (a row of at
/// most [#MAX_FOOTER_TEXTS] distinct texts, one of them starting with a footer word or holding a "ngày … tháng … năm"
/// place-and-date line). Rows above that point are validated as usual, so a member row missing its dates is still an
/// error; only a "Tổng cộng" line inside the table (a subtotal per cell) is skipped there.
final class TableEnd {

    /// A footer line holds few texts (a signature block may be merged over several columns: one text repeated).
    static final int MAX_FOOTER_TEXTS = 4;

    private static final Pattern PLACE_DATE = Pattern.compile("(^|.*[\\s,])ngay\\b.*\\bthang\\b.*\\bnam\\b.*");
    private static final List<String> FOOTER_WORDS = List.of("nguoi lap bieu", "nguoi lap danh sach", "nguoi lap", "nguoi ky",
            "t/m ", "t/m.", "tm ", "tm.", "thay mat", "bi thu", "pho bi thu", "xac nhan", "tong cong", "tong so", "cong:", "cong :",
            "noi nhan", "ky ten", "(ky", "da ky", "ghi chu:", "kt. ", "kt ");
    private static final List<String> TOTAL_WORDS = List.of("tong cong", "tong so", "cong:", "cong :");

    private TableEnd() {
    }

    /// The 0-based index of the first row under the table (the rows' size when the table runs to the end).
    static int find(List<List<CellValue>> rows, int headerRow, Map<ImportField, Integer> mapping, LocalDate today) {
        int lastDated = headerRow;
        for (int r = rows.size() - 1; r > headerRow; r--) {
            if (dated(rows.get(r), mapping, today)) {
                lastDated = r;
                break;
            }
        }
        for (int r = lastDated + 1; r < rows.size(); r++) {
            List<CellValue> row = rows.get(r);
            if (row.stream().allMatch(CellValue::blank) || footerLine(row)) {
                return r;
            }
        }
        return rows.size();
    }

    /// A "Tổng cộng" line (no dates, few texts): skipped wherever it stands.
    static boolean totalRow(List<CellValue> row, Map<ImportField, Integer> mapping, LocalDate today) {
        // a member row holds more texts than a footer line: decided without folding or parsing anything
        return few(row) && startsWithAny(row, TOTAL_WORDS) && !dated(row, mapping, today);
    }

    /// At most [#MAX_FOOTER_TEXTS] texts, a text merged over several columns counted once.
    private static boolean few(List<CellValue> row) {
        int n = 0;
        String previous = null;
        for (CellValue v : row) {
            if (!v.blank() && !v.text().equals(previous)) {
                previous = v.text();
                if (++n > MAX_FOOTER_TEXTS) {
                    return false;
                }
            }
        }
        return true;
    }

    /// Whether the row gives a readable date in the birth-date or admission-date column.
    static boolean dated(List<CellValue> row, Map<ImportField, Integer> mapping, LocalDate today) {
        for (ImportField f : List.of(ImportField.BIRTH_DATE, ImportField.ADMISSION_DATE)) {
            Integer c = mapping.get(f);
            if (c != null && c < row.size()) {
                CellValue v = row.get(c);
                if (v.date().isPresent() || ImportDates.parse(v.text(), today).value().isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean footerLine(List<CellValue> row) {
        if (startsWithAny(row, FOOTER_WORDS)) {
            return true;
        }
        Set<String> texts = texts(row);
        return texts != null && texts.stream().anyMatch(t -> PLACE_DATE.matcher(t).matches());
    }

    private static boolean startsWithAny(List<CellValue> row, List<String> words) {
        Set<String> texts = texts(row);
        return texts != null && texts.stream().anyMatch(t -> words.stream().anyMatch(t::startsWith));
    }

    /// The distinct folded texts of the row, or null when it holds more than a footer line can.
    private static Set<String> texts(List<CellValue> row) {
        if (!few(row)) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (CellValue v : row) {
            if (!v.blank()) {
                out.add(Text.fold(Text.clean(v.text())).replace("…", " ").replace("...", " "));
                if (out.size() > MAX_FOOTER_TEXTS) {
                    return null;
                }
            }
        }
        return out;
    }
}
