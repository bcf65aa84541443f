package vn.dangvu.importing;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /// "30 năm", "30", "HH 30 năm", "Huy hiệu 30 năm tuổi Đảng" under a group header (in [#key] form).
    private static final Pattern MILESTONE = Pattern.compile("(?:(?:huy hieu(?: dang)?|hhd?)\\s+)?(\\d{2})(?:\\s+nam)?(?:\\s+tuoi dang)?");
    /// A second-row header under a milestone: the award date ("Ngày", "Ngày trao", "Năm") or the decision
    /// ("Số QĐ", "Số quyết định", "Số huy hiệu").
    private static final Pattern BADGE_PART = Pattern.compile("ngay(?: trao| tang| nhan| quyet dinh| qd)?|nam(?: trao| tang| nhan)?"
            + "|so(?: qd| quyet dinh| huy hieu| hh)?|quyet dinh|qd");

    /// The header of a list and what it maps: `row` (0-based) and the `rows` it spans (2 when a second row names the
    /// badge milestones under a merged "Huy hiệu", or a date and a number under each "Huy hiệu 30 năm"),
    /// the fields, and for a milestone given in two columns the second one (badge column -> its companion).
    public record Found(int row, int rows, Map<ImportField, Integer> mapping, Map<Integer, Integer> badgePairs) {

        /// The first data row, 0-based.
        public int firstData() {
            return row + rows;
        }
    }

    /// [#findHeaderRow] with a second header row read: the milestones of a merged "Huy hiệu" group header
    /// ("Huy hiệu | Huy hiệu | …" over "30 năm | 40 năm | …"), or "Ngày | Số QĐ" under "Huy hiệu 30 năm".
    public static Optional<Found> find(List<List<String>> firstRows) {
        return findHeaderRow(firstRows).map(r -> withSecondRow(r, firstRows.get(r),
                r + 1 < firstRows.size() ? firstRows.get(r + 1) : List.of()));
    }

    static Found withSecondRow(int row, List<String> top, List<String> below) {
        Map<ImportField, Integer> mapping = mapRow(top);
        Map<Integer, Integer> pairs = new HashMap<>();
        Integer name = mapping.getOrDefault(ImportField.FULL_NAME, mapping.get(ImportField.FAMILY_NAME));
        if (name != null && name < below.size() && !key(below.get(name)).isEmpty()
                && !key(below.get(name)).equals(key(name < top.size() ? top.get(name) : ""))) {
            return new Found(row, 1, mapping, Map.of()); // a member's name: the data starts there
        }
        boolean second = false;
        String group = "";
        for (int c = 0; c < below.size(); c++) {
            String t = c < top.size() ? key(top.get(c)) : "";
            if (!t.isEmpty()) {
                group = t; // a group header written once over its columns (not merged) covers the blanks to its right
            }
            String b = key(below.get(c));
            if (b.isEmpty() || !group.contains("huy hieu") && !group.startsWith("hh")) {
                continue;
            }
            Matcher m = MILESTONE.matcher(b);
            ImportField top1 = match(group).filter(f -> f.milestone() > 0).orElse(null);
            if (m.matches() && top1 == null) {
                Optional<ImportField> f = milestone(Integer.parseInt(m.group(1)));
                if (f.isPresent() && !mapping.containsKey(f.get())) {
                    mapping.put(f.get(), c);
                    second = true;
                }
            } else if (top1 != null && BADGE_PART.matcher(b).matches()) {
                Integer first = mapping.get(top1);
                if (first == null) {
                    mapping.put(top1, c);
                    second = true;
                } else if (first != c && !pairs.containsKey(first)) {
                    pairs.put(first, c);
                    second = true;
                }
            }
        }
        return new Found(row, second ? 2 : 1, mapping, Map.copyOf(pairs));
    }

    private static Optional<ImportField> milestone(int years) {
        for (ImportField f : ImportField.values()) {
            if (f.milestone() == years) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
