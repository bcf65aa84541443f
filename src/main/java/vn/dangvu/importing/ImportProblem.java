package vn.dangvu.importing;

import vn.dangvu.common.I18n;
/// One problem found in the file: where (1-based sheet row and column letter; 0 / "" for the whole file)
/// and what (i18n key and its arguments). Warnings do not stop an import; errors reject the row.
public record ImportProblem(int row, String column, ImportField field, boolean warning, String key, Object... args) {

    /// Vietnamese text: "Dòng 7, cột C (Ngày sinh): Ngày ở tương lai."
    public String describe() {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String s && (s.startsWith("import.field.") || s.startsWith("member.gender."))) {
                shown[i] = I18n.t(s);
            }
        }
        String where = column.isEmpty()
                ? I18n.t("import.where.row", row, I18n.t(field.i18nKey()))
                : I18n.t("import.where.rowColumn", row, column, I18n.t(field.i18nKey()));
        return where + (warning ? I18n.t("import.where.warning") : "") + I18n.t(key, shown);
    }

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
