package vn.dangvu.audit;

import static vn.dangvu.db.jooq.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.impl.DSL;

import vn.dangvu.common.Text;
import vn.dangvu.db.jooq.tables.records.AuditLogRecord;

/// The only code that touches audit_log, and it only inserts and reads: the trail cannot be edited from the app
/// (`AuditTrailAppendOnlyTest` scans the sources for any other write).
public final class AuditRepository {

    static final int SUMMARY_MAX = 2000;
    static final int VALUE_MAX = 4000;
    static final int REASON_MAX = 2000;
    /// Vietnamese letters with marks and their plain lower-case letter, for SQL TRANSLATE (H2 and PostgreSQL):
    /// the database folds a column as [Text#fold] folds the text searched for.
    private static final String[] FOLD = foldTable();

    public void insert(DSLContext t, LocalDateTime at, String actor, Optional<String> operator, AuditChange c) {
        row(t, at, actor, operator, c).execute();
    }

    /// The same rows as [#insert] one by one, sent as one JDBC batch.
    public void insertAll(DSLContext t, LocalDateTime at, String actor, Optional<String> operator, List<AuditChange> cs) {
        t.batch(cs.stream().map(c -> row(t, at, actor, operator, c)).toList()).execute();
    }

    private static InsertSetMoreStep<AuditLogRecord> row(DSLContext t, LocalDateTime at, String actor,
                                                         Optional<String> operator, AuditChange c) {
        return t.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, at)
                .set(AUDIT_LOG.ACTOR, clip(actor, 100))
                .set(AUDIT_LOG.OPERATOR_NAME, operator.map(o -> clip(o, 200)).orElse(null))
                .set(AUDIT_LOG.ACTION_CODE, clip(c.action(), 50))
                .set(AUDIT_LOG.ENTITY_TYPE, c.entityType())
                .set(AUDIT_LOG.ENTITY_ID, c.entityId().orElse(null))
                .set(AUDIT_LOG.SUMMARY, clip(c.summary(), SUMMARY_MAX))
                .set(AUDIT_LOG.OLD_VALUE, c.oldValue().map(v -> clip(v, VALUE_MAX)).orElse(null))
                .set(AUDIT_LOG.NEW_VALUE, c.newValue().map(v -> clip(v, VALUE_MAX)).orElse(null))
                .set(AUDIT_LOG.REASON, c.reason().map(v -> clip(v, REASON_MAX)).orElse(null));
    }

    /// Newest first.
    public List<AuditEntry> find(DSLContext t, AuditQuery q) {
        List<Condition> where = new ArrayList<>();
        q.from().ifPresent(d -> where.add(AUDIT_LOG.OCCURRED_AT.ge(d.atStartOfDay())));
        q.to().ifPresent(d -> where.add(AUDIT_LOG.OCCURRED_AT.lt(d.plusDays(1).atStartOfDay())));
        if (!q.actions().isEmpty()) {
            where.add(AUDIT_LOG.ACTION_CODE.in(q.actions()));
        }
        q.entityType().ifPresent(e -> where.add(AUDIT_LOG.ENTITY_TYPE.eq(e)));
        q.entityId().ifPresent(id -> where.add(AUDIT_LOG.ENTITY_ID.eq(id)));
        q.who().map(Text::fold).filter(s -> !s.isBlank()).ifPresent(s ->
                where.add(folded(AUDIT_LOG.ACTOR).contains(s).or(folded(AUDIT_LOG.OPERATOR_NAME).contains(s))));
        q.text().map(Text::fold).filter(s -> !s.isBlank()).ifPresent(s ->
                where.add(folded(AUDIT_LOG.SUMMARY).contains(s).or(folded(AUDIT_LOG.OLD_VALUE).contains(s))
                        .or(folded(AUDIT_LOG.NEW_VALUE).contains(s)).or(folded(AUDIT_LOG.REASON).contains(s))));
        return t.selectFrom(AUDIT_LOG).where(DSL.and(where))
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .limit(q.limit())
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getActor(),
                        Optional.ofNullable(r.getOperatorName()), r.getActionCode(),
                        Optional.ofNullable(r.getEntityType()), Optional.ofNullable(r.getEntityId()), r.getSummary(),
                        Optional.ofNullable(r.getOldValue()), Optional.ofNullable(r.getNewValue()),
                        Optional.ofNullable(r.getReason())));
    }

    /// Every action code in the trail (the kinds of change the screen can filter by), sorted.
    public List<String> actionCodes(DSLContext t) {
        return t.selectDistinct(AUDIT_LOG.ACTION_CODE).from(AUDIT_LOG).orderBy(AUDIT_LOG.ACTION_CODE)
                .fetch(AUDIT_LOG.ACTION_CODE);
    }

    private static Field<String> folded(Field<String> f) {
        return DSL.lower(DSL.translate(f, FOLD[0], FOLD[1]));
    }

    private static String[] foldTable() {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        for (char c = '\u00C0'; c <= '\u1EF9'; c++) {
            if (c == '\u0250') {
                c = '\u1EA0';
            }
            String f = Text.fold(String.valueOf(c));
            if (f.length() == 1 && f.charAt(0) >= 'a' && f.charAt(0) <= 'z') {
                from.append(c);
                to.append(f.charAt(0));
            }
        }
        return new String[] {from.toString(), to.toString()};
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
