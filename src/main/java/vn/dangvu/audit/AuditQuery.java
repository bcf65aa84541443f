package vn.dangvu.audit;

import java.time.LocalDate;
import java.util.Optional;

/// Filters of the audit screen: a period (inclusive days), an action code prefix, one entity, a text in the summary.
public record AuditQuery(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> actionPrefix,
                         Optional<String> entityType, Optional<Long> entityId, Optional<String> text, int limit) {

    public static AuditQuery all(int limit) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), limit);
    }

    public static AuditQuery of(String entityType, long entityId) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(entityType),
                Optional.of(entityId), Optional.empty(), 10_000);
    }
}
