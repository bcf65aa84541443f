package vn.dangvu.backup;

/// One thing `check` found in a table: damage, or a difference from the newest backup. `before`/`after`: rows (or
/// damaged values) in the backup and in the file.
public record Finding(Kind kind, String table, long before, long after) {

    /// What was found; damage kinds make the file damaged.
    public enum Kind {
        /// NULL in a NOT NULL column: no save of the app writes that; a torn page reads back so.
        NULL_IN_NOT_NULL(true),
        /// A NUL character inside text: a zeroed sector read back as text.
        BAD_TEXT(true),
        /// The audit trail, which the app only appends to, has fewer rows than in the backup: confirmed saves lost.
        AUDIT_SHRANK(true),
        /// The audit trail has as many rows as in the backup but they differ: it was changed outside the app.
        AUDIT_ALTERED(true),
        /// A table the backup holds is gone.
        TABLE_MISSING(true),
        /// Rows changed while the audit trail records no change since the backup: not the app's doing.
        CHANGED_WITHOUT_AUDIT(false),
        /// Rows added or removed since the backup (the audit trail grew: ordinary work).
        ROWS_CHANGED(false),
        /// Same number of rows, other values (ordinary work).
        CONTENT_CHANGED(false);

        private final boolean damage;

        Kind(boolean damage) {
            this.damage = damage;
        }

        public boolean damage() {
            return damage;
        }

        public String i18nKey() {
            return "backup.finding." + name();
        }
    }
}
