package vn.dangvu.audit.ui;

import vn.dangvu.audit.AuditEntry;

/// One line of the trail as the screen shows it (already translated): when, who, the kind of change, the object,
/// what was recorded, old → new and the reason.
public record AuditRow(AuditEntry entry, String time, String who, String kind, String object, String content,
                       String change, String reason) {
}
