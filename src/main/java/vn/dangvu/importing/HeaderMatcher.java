package vn.dangvu.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.common.Text;

/// Recognises header texts ("Họ và tên", "HỌ TÊN", "Ngày vào Đảng", "Ngày kết nạp", "Số thẻ ĐV"…) and finds
/// the header row of a sheet even below title rows.
public final class HeaderMatcher {

    private HeaderMatcher() {
    }

    /// "Số thẻ ĐV (*)" -> "so the dv": accent-folded, lower case, punctuation and line breaks as single spaces.
    public static String key(String header) {
        String f = Text.fold(Text.clean(LegacyVietnamese.toUnicode(header == null ? "" : header).text()));
        return f.replaceAll("\\([^)]*\\)", " ").replaceAll("[^a-z0-9]+", " ").trim();
    }

    /// The field a header text names, if any. Exact variant match first, then "starts with a variant"
    /// for long headers like "Ngày vào Đảng (dd/mm/yyyy)".
    public static Optional<ImportField> match(String header) {
        String k = key(header);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        for (ImportField f : ImportField.values()) {
            if (f.headers().contains(k)) {
                return Optional.of(f);
            }
        }
        ImportField best = null;
        int bestLen = 0;
        for (ImportField f : ImportField.values()) {
            for (String v : f.headers()) {
                if (v.length() >= 4 && (k.startsWith(v + " ") || k.endsWith(" " + v)) && v.length() > bestLen) {
                    best = f;
                    bestLen = v.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /// Maps the cells of one row to fields (column index -> field); a field is taken by its first column only.
    public static Map<ImportField, Integer> mapRow(List<String> cells) {
        Map<ImportField, Integer> map = new EnumMap<>(ImportField.class);
        for (int c = 0; c < cells.size(); c++) {
            int col = c;
            match(cells.get(c)).ifPresent(f -> map.putIfAbsent(f, col));
        }
        return map;
    }

    /// Index of the header row among the first rows: the row naming the most fields, which must include a name
    /// column (full name, or family + given name). Empty when no row qualifies.
    public static Optional<Integer> findHeaderRow(List<List<String>> firstRows) {
        int bestRow = -1;
        int bestCount = 1;
        for (int r = 0; r < firstRows.size(); r++) {
            Map<ImportField, Integer> m = mapRow(firstRows.get(r));
            boolean hasName = m.containsKey(ImportField.FULL_NAME)
                    || (m.containsKey(ImportField.FAMILY_NAME) && m.containsKey(ImportField.GIVEN_NAME));
            if (hasName && m.size() > bestCount) {
                bestRow = r;
                bestCount = m.size();
            }
        }
        return bestRow < 0 ? Optional.empty() : Optional.of(bestRow);
    }
}
