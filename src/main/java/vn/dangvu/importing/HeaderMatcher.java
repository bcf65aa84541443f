package vn.dangvu.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
        return match(header, ImportField.class, ImportField::headers);
    }

    /// The same recognition for another import's columns (registrations, ratings): `variants` gives each field's
    /// header texts in [#key] form.
    public static <F extends Enum<F>> Optional<F> match(String header, Class<F> type, Function<F, List<String>> variants) {
        String k = key(header);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        F[] fields = type.getEnumConstants();
        for (F f : fields) {
            if (variants.apply(f).contains(k)) {
                return Optional.of(f);
            }
        }
        F best = null;
        int bestLen = 0;
        for (F f : fields) {
            for (String v : variants.apply(f)) {
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
        return mapRow(cells, ImportField.class, ImportField::headers);
    }

    /// [#mapRow(List)] for another import's columns.
    public static <F extends Enum<F>> Map<F, Integer> mapRow(List<String> cells, Class<F> type,
                                                           Function<F, List<String>> variants) {
        Map<F, Integer> map = new EnumMap<>(type);
        for (int c = 0; c < cells.size(); c++) {
            int col = c;
            match(cells.get(c), type, variants).ifPresent(f -> map.putIfAbsent(f, col));
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
