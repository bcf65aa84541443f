package vn.dangvu.importing;

import vn.dangvu.common.I18n;

/// Vietnamese text of an import problem: "Dòng 7, cột C (Ngày sinh): Ngày ở tương lai."
public final class ImportMessages {

    private ImportMessages() {
    }

    public static String describe(ImportProblem p) {
        Object[] args = p.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && (s.startsWith("import.field.") || s.startsWith("member.gender."))) {
                args[i] = I18n.t(s);
            }
        }
        String where = p.column().isEmpty()
                ? I18n.t("import.where.row", p.row(), I18n.t(p.field().i18nKey()))
                : I18n.t("import.where.rowColumn", p.row(), p.column(), I18n.t(p.field().i18nKey()));
        return where + (p.warning() ? I18n.t("import.where.warning") : "") + I18n.t(p.key(), args);
    }
}
