package vn.dangvu.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.dangvu.common.I18n;
import vn.dangvu.db.Contents;
import vn.dangvu.db.LastClose;

/// The Vietnamese lines the screen and the command line show for backups, previews and checks.
public final class BackupTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu");

    private BackupTexts() {
    }

    /// "14:05 21/11/2026".
    public static String when(LocalDateTime t) {
        return WHEN.format(t);
    }

    /// Vietnamese digit grouping: 1.234
    /// The key of the sentence saying how the file was last closed (why it is checked at start).
    public static String lastCloseKey(LastClose c) {
        return "backup.start.lastClose." + c.name();
    }

    public static String count(long n) {
        return String.format(I18n.VI, "%,d", n);
    }

    /// A table as users know it ("Đảng viên"), or its name.
    public static String table(String name) {
        String key = "backup.table." + name.toLowerCase(Locale.ROOT);
        return I18n.bundle().containsKey(key) ? I18n.t(key) : I18n.t("backup.table.other", name.toLowerCase(Locale.ROOT));
    }

    /// What a backup holds, one fact per line.
    public static List<String> preview(BackupPreview p) {
        List<String> lines = new ArrayList<>();
        lines.add(I18n.t("backup.preview.made", when(p.createdAt()), I18n.t(p.trigger().i18nKey())));
        lines.add(I18n.t("backup.preview.version", p.appVersion().isEmpty() ? "?" : p.appVersion(), p.schemaVersion()));
        p.commune().ifPresent(c -> lines.add(I18n.t("backup.preview.commune", c.name(), c.province())));
        lines.add(I18n.t("backup.preview.counts", count(p.units()), count(p.members()), count(p.years())));
        lines.add(I18n.t(p.verified() ? "backup.preview.verified" : "backup.preview.notVerified"));
        lines.add(I18n.t("backup.preview.file", p.file()));
        return lines;
    }

    /// What `check` found: the counts, the comparison with the newest backup, the findings, the verdict.
    public static List<String> check(CheckReport r) {
        List<String> lines = new ArrayList<>();
        Contents c = r.contents();
        lines.add(I18n.t("backup.check.file", r.file()));
        lines.add(I18n.t("backup.check.read", count(c.tables().size()), count(c.totalRows())));
        lines.add(I18n.t("backup.check.counts", count(c.rows(Contents.UNITS)), count(c.rows(Contents.MEMBERS)),
                count(c.rows(Contents.YEARS))));
        lines.add(r.compared().map(b -> I18n.t("backup.check.compared", when(b.createdAt()), b.binaryFile()))
                .orElse(I18n.t("backup.check.noBackup")));
        for (Finding f : r.findings()) {
            lines.add(finding(f));
        }
        lines.add(I18n.t(r.verdict().i18nKey()));
        return lines;
    }

    public static String finding(Finding f) {
        return "– " + I18n.t(f.kind().i18nKey(), table(f.table()), count(f.before()), count(f.after()));
    }
}
