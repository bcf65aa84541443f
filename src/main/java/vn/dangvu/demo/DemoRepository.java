package vn.dangvu.demo;

import static vn.dangvu.db.jooq.Tables.COLLECTIVE_REGISTRATION;
import static vn.dangvu.db.jooq.Tables.COMMENDATION_DECISION;
import static vn.dangvu.db.jooq.Tables.COMMENDATION_ENTRY;
import static vn.dangvu.db.jooq.Tables.DOCUMENT_NUMBER;
import static vn.dangvu.db.jooq.Tables.LEARNING_REGISTRATION;
import static vn.dangvu.db.jooq.Tables.ORGANIZATION_SETTINGS;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.REGISTRATION_ITEM;
import static vn.dangvu.db.jooq.Tables.WORKING_YEAR;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import vn.dangvu.db.BatchRows;
import vn.dangvu.db.jooq.tables.records.CollectiveRegistrationRecord;
import vn.dangvu.db.jooq.tables.records.CommendationDecisionRecord;
import vn.dangvu.db.jooq.tables.records.CommendationEntryRecord;
import vn.dangvu.db.jooq.tables.records.LearningRegistrationRecord;
import vn.dangvu.db.jooq.tables.records.RegistrationItemRecord;

/// The demo's writes to the tables no feature owns yet (learning registrations, commendations): jOOQ-built
/// batches from typed records, one per table, here until the registration and commendation features take
/// their tables over (then the demo writes through their services, as it already does for members, units, leaders,
/// badges, committee terms, working years, themes, document numbers and ratings). Parent tables get explicit ids so their children can
/// refer to them without a round trip; [#restartIdentity] then moves each identity past the ids used.
final class DemoRepository {

    record Registration(long id, int year, long memberId, long unitId, long themeId, String studyItems, String pledge,
                        LocalDate registered, String status, String selfResult, String cellComment, String resultLevel) {
    }

    record RegistrationItem(long registrationId, int seq, String action, String measures, LocalDate deadline, String result) {
    }

    record CollectiveRegistration(int year, long unitId, String targetLevel, String content, String status) {
    }

    record Decision(long id, int year, String kind, long documentNumberId, String numberText, LocalDate date,
                    String issuerBody, String title, String basis, String signerAuthority, String signerTitle,
                    String signerName, long rewardPerCollective, long rewardPerIndividual, String status) {
    }

    record Entry(long decisionId, String recipientType, Long memberId, Long unitId, String recipientName, String awardForm,
                 String achievement, long cash, String registryNo, LocalDate awarded) {
    }

    private static final Field<?>[] REGISTRATION_COLS = {LEARNING_REGISTRATION.ID, LEARNING_REGISTRATION.WORK_YEAR,
        LEARNING_REGISTRATION.MEMBER_ID, LEARNING_REGISTRATION.UNIT_ID, LEARNING_REGISTRATION.THEME_ID,
        LEARNING_REGISTRATION.STUDY_ITEMS, LEARNING_REGISTRATION.PLEDGE_TEXT, LEARNING_REGISTRATION.REGISTERED_DATE,
        LEARNING_REGISTRATION.STATUS, LEARNING_REGISTRATION.YEAR_END_SELF_RESULT, LEARNING_REGISTRATION.CELL_COMMENT,
        LEARNING_REGISTRATION.RESULT_LEVEL};
    private static final Field<?>[] ITEM_COLS = {REGISTRATION_ITEM.REGISTRATION_ID, REGISTRATION_ITEM.SEQ,
        REGISTRATION_ITEM.ACTION_TEXT, REGISTRATION_ITEM.MEASURES, REGISTRATION_ITEM.DEADLINE, REGISTRATION_ITEM.RESULT};
    private static final Field<?>[] COLLECTIVE_COLS = {COLLECTIVE_REGISTRATION.WORK_YEAR, COLLECTIVE_REGISTRATION.UNIT_ID,
        COLLECTIVE_REGISTRATION.TARGET_LEVEL, COLLECTIVE_REGISTRATION.CONTENT, COLLECTIVE_REGISTRATION.STATUS};
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

    void insertRegistrations(DSLContext t, List<Registration> rows) {
        BatchRows.insert(t, t.insertInto(LEARNING_REGISTRATION, REGISTRATION_COLS).values(new Object[REGISTRATION_COLS.length]),
                rows.stream().map(x -> {
                    LearningRegistrationRecord r = new LearningRegistrationRecord();
                    r.setId(x.id());
                    r.setWorkYear(x.year());
                    r.setMemberId(x.memberId());
                    r.setUnitId(x.unitId());
                    r.setThemeId(x.themeId());
                    r.setStudyItems(x.studyItems());
                    r.setPledgeText(x.pledge());
                    r.setRegisteredDate(x.registered());
                    r.setStatus(x.status());
                    r.setYearEndSelfResult(x.selfResult());
                    r.setCellComment(x.cellComment());
                    r.setResultLevel(x.resultLevel());
                    return r;
                }).toList(), REGISTRATION_COLS);
    }

    void insertRegistrationItems(DSLContext t, List<RegistrationItem> rows) {
        BatchRows.insert(t, t.insertInto(REGISTRATION_ITEM, ITEM_COLS).values(new Object[ITEM_COLS.length]),
                rows.stream().map(x -> {
                    RegistrationItemRecord r = new RegistrationItemRecord();
                    r.setRegistrationId(x.registrationId());
                    r.setSeq(x.seq());
                    r.setActionText(x.action());
                    r.setMeasures(x.measures());
                    r.setDeadline(x.deadline());
                    r.setResult(x.result());
                    return r;
                }).toList(), ITEM_COLS);
    }

    void insertCollectiveRegistrations(DSLContext t, List<CollectiveRegistration> rows) {
        BatchRows.insert(t, t.insertInto(COLLECTIVE_REGISTRATION, COLLECTIVE_COLS).values(new Object[COLLECTIVE_COLS.length]),
                rows.stream().map(x -> {
                    CollectiveRegistrationRecord r = new CollectiveRegistrationRecord();
                    r.setWorkYear(x.year());
                    r.setUnitId(x.unitId());
                    r.setTargetLevel(x.targetLevel());
                    r.setContent(x.content());
                    r.setStatus(x.status());
                    return r;
                }).toList(), COLLECTIVE_COLS);
    }

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
    enum Ids { REGISTRATIONS, DOCUMENT_NUMBERS, DECISIONS, MEMBERS }

    private static TableField<?, Long> id(Ids ids) {
        return switch (ids) {
            case REGISTRATIONS -> LEARNING_REGISTRATION.ID;
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
