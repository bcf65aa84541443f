package vn.dangvu.audit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/// Filters of the audit screen, all optional and combined with "and": a period (inclusive days), the kinds of
/// change (action codes; empty = every kind), who (a part of the operating-system user or of the operator name),
/// one entity, and a text found in the summary, the old or new value or the reason. `who` and `text` ignore case
/// and Vietnamese accents ("nguyen" finds "Nguyễn"). At most `limit` entries, newest first.
public record AuditQuery(Optional<LocalDate> from, Optional<LocalDate> to, Set<String> actions, Optional<String> who,
                         Optional<String> entityType, Optional<Long> entityId, Optional<String> text, int limit) {

    public AuditQuery {
        actions = Set.copyOf(actions);
    }

    public static AuditQuery all(int limit) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), limit);
    }

    /// The whole history of one entity (a member, a unit, a decision), newest first.
    public static AuditQuery of(String entityType, long entityId) {
        return all(10_000).entity(entityType, entityId);
    }

    public AuditQuery period(Optional<LocalDate> first, Optional<LocalDate> last) {
        return new AuditQuery(first, last, actions, who, entityType, entityId, text, limit);
    }

    public AuditQuery actions(Set<String> codes) {
        return new AuditQuery(from, to, codes, who, entityType, entityId, text, limit);
    }

    public AuditQuery who(Optional<String> part) {
        return new AuditQuery(from, to, actions, part, entityType, entityId, text, limit);
    }

    public AuditQuery entity(String type, long id) {
        return new AuditQuery(from, to, actions, who, Optional.of(type), Optional.of(id), text, limit);
    }

    public AuditQuery text(Optional<String> part) {
        return new AuditQuery(from, to, actions, who, entityType, entityId, part, limit);
    }

    public AuditQuery limit(int max) {
        return new AuditQuery(from, to, actions, who, entityType, entityId, text, max);
    }
}
