package vn.dangvu.audit;

import java.util.Optional;

/// One change to record: the action code (e.g. MEMBER_EDIT), the entity it touched, an English one-line summary,
/// the old and new values where a value changed, and the user's reason where the workflow asks for one.
public record AuditChange(String action, String entityType, Optional<Long> entityId, String summary,
                          Optional<String> oldValue, Optional<String> newValue, Optional<String> reason) {

    public static AuditChange of(String action, String entityType, long entityId, String summary) {
        return new AuditChange(action, entityType, Optional.of(entityId), summary, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /// The same change about no single entity (an import, a year state of the whole commune).
    public static AuditChange general(String action, String entityType, String summary) {
        return new AuditChange(action, entityType, Optional.empty(), summary, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public AuditChange values(String before, String after) {
        return new AuditChange(action, entityType, entityId, summary, Optional.ofNullable(before),
                Optional.ofNullable(after), reason);
    }

    public AuditChange because(String why) {
        return new AuditChange(action, entityType, entityId, summary, oldValue, newValue, Optional.ofNullable(why));
    }
}
