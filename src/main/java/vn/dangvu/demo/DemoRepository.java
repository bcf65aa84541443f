package vn.dangvu.demo;

import static vn.dangvu.db.jooq.Tables.COMMENDATION_DECISION;
import static vn.dangvu.db.jooq.Tables.DOCUMENT_NUMBER;
import static vn.dangvu.db.jooq.Tables.ORGANIZATION_SETTINGS;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.WORKING_YEAR;

import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/// The demo's own reads and identity moves (every table is written through its feature's service: members, units,
/// leaders, badges, committee terms, working years, themes, document numbers, learning registrations, ratings and
/// commendations). Parent tables get explicit ids so their children can refer to them without a round trip;
/// [#restartIdentity] then moves each identity past the ids used.
final class DemoRepository {

    /// The tables the demo fills with explicit ids.
    enum Ids { DOCUMENT_NUMBERS, DECISIONS, MEMBERS }

    private static TableField<?, Long> id(Ids ids) {
        return switch (ids) {
            case DOCUMENT_NUMBERS -> DOCUMENT_NUMBER.ID;
            case DECISIONS -> COMMENDATION_DECISION.ID;
            case MEMBERS -> PARTY_MEMBER.ID;
        };
    }

    /// The first free id of a table.
    long nextId(DSLContext t, Ids ids) {
        TableField<?, Long> id = id(ids);
        return t.select(DSL.coalesce(DSL.max(id), 0L)).from(id.getTable()).fetchOne(0, Long.class) + 1;
    }

    /// After explicit ids, the identity must continue after them or the app's next insert would collide.
    void restartIdentity(DSLContext t, Ids ids) {
        TableField<?, Long> id = id(ids);
        t.query("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", id.getTable(), DSL.name(id.getName()),
                DSL.inline(nextId(t, ids))).execute();
    }

    /// True when the file holds no organisation, no members and no working year yet.
    boolean isEmpty(DSLContext t) {
        return !t.fetchExists(PARTY_MEMBER) && !t.fetchExists(ORGANIZATION_SETTINGS) && !t.fetchExists(WORKING_YEAR);
    }
}
