package vn.dangvu.audit;

import static vn.dangvu.db.jooq.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/// The only code that writes audit_log, and it only inserts: the trail cannot be edited from the app.
public final class AuditRepository {

    static final int SUMMARY_MAX = 2000;
    static final int VALUE_MAX = 4000;
    static final int REASON_MAX = 2000;

    public void insert(DSLContext t, LocalDateTime at, String actor, Optional<String> operator, AuditChange c) {
        t.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, at)
                .set(AUDIT_LOG.ACTOR, clip(actor, 100))
                .set(AUDIT_LOG.OPERATOR_NAME, operator.map(o -> clip(o, 200)).orElse(null))
                .set(AUDIT_LOG.ACTION_CODE, clip(c.action(), 50))
                .set(AUDIT_LOG.ENTITY_TYPE, c.entityType())
                .set(AUDIT_LOG.ENTITY_ID, c.entityId().orElse(null))
                .set(AUDIT_LOG.SUMMARY, clip(c.summary(), SUMMARY_MAX))
                .set(AUDIT_LOG.OLD_VALUE, c.oldValue().map(v -> clip(v, VALUE_MAX)).orElse(null))
                .set(AUDIT_LOG.NEW_VALUE, c.newValue().map(v -> clip(v, VALUE_MAX)).orElse(null))
                .set(AUDIT_LOG.REASON, c.reason().map(v -> clip(v, REASON_MAX)).orElse(null))
                .execute();
    }

    /// Newest first.
    public List<AuditEntry> find(DSLContext t, AuditQuery q) {
        List<Condition> where = new ArrayList<>();
        q.from().ifPresent(d -> where.add(AUDIT_LOG.OCCURRED_AT.ge(d.atStartOfDay())));
        q.to().ifPresent(d -> where.add(AUDIT_LOG.OCCURRED_AT.lt(d.plusDays(1).atStartOfDay())));
        q.actionPrefix().ifPresent(p -> where.add(AUDIT_LOG.ACTION_CODE.startsWith(p)));
        q.entityType().ifPresent(e -> where.add(AUDIT_LOG.ENTITY_TYPE.eq(e)));
        q.entityId().ifPresent(id -> where.add(AUDIT_LOG.ENTITY_ID.eq(id)));
        q.text().ifPresent(s -> where.add(AUDIT_LOG.SUMMARY.containsIgnoreCase(s)));
        return t.selectFrom(AUDIT_LOG).where(DSL.and(where))
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .limit(q.limit())
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getActor(),
                        Optional.ofNullable(r.getOperatorName()), r.getActionCode(),
                        Optional.ofNullable(r.getEntityType()), Optional.ofNullable(r.getEntityId()), r.getSummary(),
                        Optional.ofNullable(r.getOldValue()), Optional.ofNullable(r.getNewValue()),
                        Optional.ofNullable(r.getReason())));
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
