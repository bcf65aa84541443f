package vn.dangvu.demo;

import static vn.dangvu.db.jooq.Tables.COMMENDATION_DECISION;
import static vn.dangvu.db.jooq.Tables.COMMENDATION_ENTRY;
import static vn.dangvu.db.jooq.Tables.DOCUMENT_NUMBER;
import static vn.dangvu.db.jooq.Tables.ORGANIZATION_SETTINGS;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.WORKING_YEAR;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import vn.dangvu.db.BatchRows;
import vn.dangvu.db.jooq.tables.records.CommendationDecisionRecord;
import vn.dangvu.db.jooq.tables.records.CommendationEntryRecord;

/// The demo's writes to the tables no feature owns yet (commendations): jOOQ-built batches from typed records, one
/// per table, here until the commendation feature takes its tables over (then the demo writes through its service,
/// as it already does for members, units, leaders, badges, committee terms, working years, themes, document numbers,
/// learning registrations and ratings). Parent tables get explicit ids so their children can
/// refer to them without a round trip; [#restartIdentity] then moves each identity past the ids used.
final class DemoRepository {

    record Decision(long id, int year, String kind, long documentNumberId, String numberText, LocalDate date,
                    String issuerBody, String title, String basis, String signerAuthority, String signerTitle,
                    String signerName, long rewardPerCollective, long rewardPerIndividual, String status) {
    }

    record Entry(long decisionId, String recipientType, Long memberId, Long unitId, String recipientName, String awardForm,
                 String achievement, long cash, String registryNo, LocalDate awarded) {
    }

    private static final Field<?>[] DECISION_COLS = {COMMENDATION_DECISION.ID, COMMENDATION_DECISION.WORK_YEAR,
        COMMENDATION_DECISION.DECISION_KIND, COMMENDATION_DECISION.DOCUMENT_NUMBER_ID, COMMENDATION_DECISION.NUMBER_TEXT,
        COMMENDATION_DECISION.DECISION_DATE, COMMENDATION_DECISION.ISSUER_BODY, COMMENDATION_DECISION.TITLE,
        COMMENDATION_DECISION.BASIS_TEXT, COMMENDATION_DECISION.SIGNER_AUTHORITY, COMMENDATION_DECISION.SIGNER_TITLE,
        COMMENDATION_DECISION.SIGNER_NAME, COMMENDATION_DECISION.REWARD_PER_COLLECTIVE,
        COMMENDATION_DECISION.REWARD_PER_INDIVIDUAL, COMMENDATION_DECISION.STATUS};
    private static final Field<?>[] ENTRY_COLS = {COMMENDATION_ENTRY.DECISION_ID, COMMENDATION_ENTRY.RECIPIENT_TYPE,
        COMMENDATION_ENTRY.MEMBER_ID, COMMENDATION_ENTRY.UNIT_ID, COMMENDATION_ENTRY.RECIPIENT_NAME, COMMENDATION_ENTRY.AWARD_FORM,
        COMMENDATION_ENTRY.ACHIEVEMENT_TEXT, COMMENDATION_ENTRY.CASH_AMOUNT, COMMENDATION_ENTRY.REGISTRY_NO,
        COMMENDATION_ENTRY.AWARDED_DATE};

    void insertDecisions(DSLContext t, List<Decision> rows) {
        BatchRows.insert(t, t.insertInto(COMMENDATION_DECISION, DECISION_COLS).values(new Object[DECISION_COLS.length]),
                rows.stream().map(x -> {
                    CommendationDecisionRecord r = new CommendationDecisionRecord();
                    r.setId(x.id());
                    r.setWorkYear(x.year());
                    r.setDecisionKind(x.kind());
                    r.setDocumentNumberId(x.documentNumberId());
                    r.setNumberText(x.numberText());
                    r.setDecisionDate(x.date());
                    r.setIssuerBody(x.issuerBody());
                    r.setTitle(x.title());
                    r.setBasisText(x.basis());
                    r.setSignerAuthority(x.signerAuthority());
                    r.setSignerTitle(x.signerTitle());
                    r.setSignerName(x.signerName());
                    r.setRewardPerCollective(x.rewardPerCollective());
                    r.setRewardPerIndividual(x.rewardPerIndividual());
                    r.setStatus(x.status());
                    return r;
                }).toList(), DECISION_COLS);
    }

    void insertEntries(DSLContext t, List<Entry> rows) {
        BatchRows.insert(t, t.insertInto(COMMENDATION_ENTRY, ENTRY_COLS).values(new Object[ENTRY_COLS.length]),
                rows.stream().map(x -> {
                    CommendationEntryRecord r = new CommendationEntryRecord();
                    r.setDecisionId(x.decisionId());
                    r.setRecipientType(x.recipientType());
                    r.setMemberId(x.memberId());
                    r.setUnitId(x.unitId());
                    r.setRecipientName(x.recipientName());
                    r.setAwardForm(x.awardForm());
                    r.setAchievementText(x.achievement());
                    r.setCashAmount(x.cash());
                    r.setRegistryNo(x.registryNo());
                    r.setAwardedDate(x.awarded());
                    return r;
                }).toList(), ENTRY_COLS);
    }

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
