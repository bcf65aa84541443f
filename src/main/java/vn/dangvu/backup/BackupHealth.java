package vn.dangvu.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.dangvu.common.I18n;

/// How well the data is backed up: the newest verified backup (when, where), the newest copy outside this PC, and
/// the warnings the overview and the Sao lưu screen show.
public record BackupHealth(Optional<Backup> last, Optional<BackupManifest.Outside> lastOutside, Path folder, LocalDateTime now) {

    /// A verified backup newer than this is recent.
    static final int RECENT_DAYS = 7;
    /// A copy outside this PC newer than this is recent.
    static final int OUTSIDE_DAYS = 30;

    public boolean recent() {
        return last.filter(Backup::verified).map(b -> !b.createdAt().isBefore(now.minusDays(RECENT_DAYS))).orElse(false);
    }

    public boolean outsideRecent() {
        return lastOutside.map(o -> !o.at().isBefore(now.minusDays(OUTSIDE_DAYS))).orElse(false);
    }

    /// The warnings, translated; empty when the data is well backed up.
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        if (last.isEmpty()) {
            w.add(I18n.t("backup.warning.never"));
        } else if (!recent()) {
            w.add(I18n.t("backup.warning.old", String.valueOf(RECENT_DAYS), BackupTexts.when(last.get().createdAt())));
        }
        if (lastOutside.isEmpty()) {
            w.add(I18n.t("backup.warning.neverOutside"));
        } else if (!outsideRecent()) {
            w.add(I18n.t("backup.warning.oldOutside", String.valueOf(OUTSIDE_DAYS), BackupTexts.when(lastOutside.get().at())));
        }
        return w;
    }
}
