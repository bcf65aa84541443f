package vn.dangvu.importing;

/// One problem found in the file: where (1-based sheet row and column letter; 0 / "" for the whole file)
/// and what (i18n key and its arguments). Warnings do not stop an import; errors reject the row.
public record ImportProblem(int row, String column, ImportField field, boolean warning, String key, Object... args) {

    /// "A", "B", … "Z", "AA" for a 0-based column index.
    public static String columnName(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }
}
