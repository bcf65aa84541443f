package vn.dangvu.backup;

import java.util.Optional;

/// Why a backup was made; its id ends the backup's file names. The SQL script form is made for the backups kept
/// longest or carried away (daily, by hand, outside this PC, before an upgrade); the others are the fast binary copy.
public enum BackupTrigger {
    MANUAL("manual", true),
    DAILY("daily", true),
    EXIT("exit", false),
    IMPORT("import", false),
    RESTORE("restore", false),
    /// Before encryption at rest is turned on or off (the copy is of the file as it was).
    ENCRYPTION("encryption", false),
    /// Made by the database layer before a migration ("pre-v5": the schema it upgraded from); never rotated away.
    UPGRADE("pre-v", false),
    /// For a copy outside this PC (a USB stick, `backup --to DIR`).
    OUTSIDE("outside", true);

    private final String id;
    private final boolean script;

    BackupTrigger(String id, boolean script) {
        this.id = id;
        this.script = script;
    }

    public String id() {
        return id;
    }

    /// Whether this backup also gets the version-independent SQL script.
    public boolean script() {
        return script;
    }

    public String i18nKey() {
        return "backup.trigger." + name();
    }

    /// The trigger a file name's last part names ("daily", "pre-v5", "pre-v5-2").
    public static Optional<BackupTrigger> ofTag(String tag) {
        if (tag.startsWith(UPGRADE.id)) {
            return Optional.of(UPGRADE);
        }
        String t = tag.replaceAll("-\\d+$", "");
        for (BackupTrigger b : values()) {
            if (b.id.equals(t)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
