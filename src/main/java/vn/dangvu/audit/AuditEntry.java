package vn.dangvu.audit;

import java.time.LocalDateTime;
import java.util.Optional;

/// A recorded change, as the audit screen and the history of one member or decision show it.
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, Optional<String> operator, String action,
                         Optional<String> entityType, Optional<Long> entityId, String summary,
                         Optional<String> oldValue, Optional<String> newValue, Optional<String> reason) {
}
