package vn.dangvu.commendation;

import static vn.dangvu.db.jooq.Tables.CERTIFICATE_PRINT_LOG;
import static vn.dangvu.db.jooq.Tables.COMMENDATION_DECISION;
import static vn.dangvu.db.jooq.Tables.COMMENDATION_ENTRY;
import static vn.dangvu.db.jooq.Tables.COMMENDATION_RATE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

import vn.dangvu.db.BatchRows;
import vn.dangvu.db.jooq.tables.records.CommendationDecisionRecord;
import vn.dangvu.db.jooq.tables.records.CommendationEntryRecord;

/// The one writer of commendation_decision, commendation_entry and commendation_rate (typed jOOQ; bulk loads as
/// batches).
public final class CommendationRepository {

    static final String ISSUED = "ISSUED";
    static final String VOIDED = "VOIDED";

    /// An entry to write: the name and description as on the decision date.
    record NewEntry(RecipientKind kind, Long memberId, Long unitId, String name, String detail, AwardForm form,
                    String achievement, long cash, String registryNo, String exceptionReason, LocalDate awarded) {
    }

    private static final Field<?>[] DECISION_COLS = {COMMENDATION_DECISION.ID, COMMENDATION_DECISION.WORK_YEAR,
        COMMENDATION_DECISION.DECISION_KIND, COMMENDATION_DECISION.DOCUMENT_NUMBER_ID, COMMENDATION_DECISION.NUMBER_TEXT,
        COMMENDATION_DECISION.DECISION_DATE, COMMENDATION_DECISION.ISSUER_BODY, COMMENDATION_DECISION.TITLE,
        COMMENDATION_DECISION.BASIS_TEXT, COMMENDATION_DECISION.SIGNER_AUTHORITY, COMMENDATION_DECISION.SIGNER_TITLE,
        COMMENDATION_DECISION.SIGNER_NAME, COMMENDATION_DECISION.REWARD_PER_COLLECTIVE,
        COMMENDATION_DECISION.REWARD_PER_INDIVIDUAL, COMMENDATION_DECISION.STATUS, COMMENDATION_DECISION.AWARD_FORM};
    private static final Field<?>[] ENTRY_COLS = {COMMENDATION_ENTRY.DECISION_ID, COMMENDATION_ENTRY.RECIPIENT_TYPE,
        COMMENDATION_ENTRY.MEMBER_ID, COMMENDATION_ENTRY.UNIT_ID, COMMENDATION_ENTRY.RECIPIENT_NAME,
        COMMENDATION_ENTRY.RECIPIENT_DETAIL, COMMENDATION_ENTRY.AWARD_FORM, COMMENDATION_ENTRY.ACHIEVEMENT_TEXT,
        COMMENDATION_ENTRY.CASH_AMOUNT, COMMENDATION_ENTRY.REGISTRY_NO, COMMENDATION_ENTRY.EXCEPTION_REASON,
        COMMENDATION_ENTRY.AWARDED_DATE};

    long insertDecision(DSLContext t, DecisionInput d, long numberId, String numberText, CashRate rate, LocalDateTime now) {
        return t.insertInto(COMMENDATION_DECISION)
                .set(COMMENDATION_DECISION.WORK_YEAR, d.year())
                .set(COMMENDATION_DECISION.DECISION_KIND, d.kind().name())
                .set(COMMENDATION_DECISION.DOCUMENT_NUMBER_ID, numberId)
                .set(COMMENDATION_DECISION.NUMBER_TEXT, numberText)
                .set(COMMENDATION_DECISION.DECISION_DATE, d.date())
                .set(COMMENDATION_DECISION.ISSUER_BODY, d.signing().issuerBody())
                .set(COMMENDATION_DECISION.TITLE, d.title())
                .set(COMMENDATION_DECISION.BASIS_TEXT, d.basis().isEmpty() ? null : d.basis())
                .set(COMMENDATION_DECISION.SIGNER_AUTHORITY, d.signing().authority())
                .set(COMMENDATION_DECISION.SIGNER_TITLE, d.signing().title())
                .set(COMMENDATION_DECISION.SIGNER_NAME, d.signerName())
                .set(COMMENDATION_DECISION.REWARD_PER_COLLECTIVE, d.form().paid() ? rate.amount(RecipientKind.UNIT) : 0L)
                .set(COMMENDATION_DECISION.REWARD_PER_INDIVIDUAL, d.form().paid() ? rate.amount(RecipientKind.MEMBER) : 0L)
                .set(COMMENDATION_DECISION.STATUS, ISSUED)
                .set(COMMENDATION_DECISION.AWARD_FORM, d.form().name())
                .set(COMMENDATION_DECISION.REASON_TEXT, d.reason().isEmpty() ? null : d.reason())
                .set(COMMENDATION_DECISION.BASE_SALARY, rate.baseSalary())
                .set(COMMENDATION_DECISION.MULTIPLE_INDIVIDUAL, rate.individual())
                .set(COMMENDATION_DECISION.MULTIPLE_COLLECTIVE, rate.collective())
                .set(COMMENDATION_DECISION.CREATED_AT, now)
                .set(COMMENDATION_DECISION.UPDATED_AT, now)
                .returningResult(COMMENDATION_DECISION.ID).fetchOne().value1();
    }

    /// The entries of a decision, one batch.
    void insertEntries(DSLContext t, long decisionId, List<NewEntry> rows) {
        BatchRows.insert(t, t.insertInto(COMMENDATION_ENTRY, ENTRY_COLS).values(new Object[ENTRY_COLS.length]),
                rows.stream().map(x -> entryRecord(decisionId, x)).toList(), ENTRY_COLS);
    }

    private static CommendationEntryRecord entryRecord(Long decisionId, NewEntry x) {
        CommendationEntryRecord r = new CommendationEntryRecord();
        r.setDecisionId(decisionId);
        r.setRecipientType(x.kind().name());
        r.setMemberId(x.memberId());
        r.setUnitId(x.unitId());
        r.setRecipientName(x.name());
        r.setRecipientDetail(x.detail() == null || x.detail().isEmpty() ? null : x.detail());
        r.setAwardForm(x.form().name());
        r.setAchievementText(x.achievement());
        r.setCashAmount(x.cash());
        r.setRegistryNo(x.registryNo());
        r.setExceptionReason(x.exceptionReason() == null || x.exceptionReason().isEmpty() ? null : x.exceptionReason());
        r.setAwardedDate(x.awarded());
        return r;
    }

    /// An award from outside the committee, in the member's history (no decision of this committee).
    long insertExternal(DSLContext t, ExternalAward a, String name) {
        return t.insertInto(COMMENDATION_ENTRY)
                .set(COMMENDATION_ENTRY.RECIPIENT_TYPE, RecipientKind.MEMBER.name())
                .set(COMMENDATION_ENTRY.MEMBER_ID, a.memberId())
                .set(COMMENDATION_ENTRY.RECIPIENT_NAME, name)
                .set(COMMENDATION_ENTRY.AWARD_FORM, a.form())
                .set(COMMENDATION_ENTRY.ACHIEVEMENT_TEXT, a.achievement().isEmpty() ? null : a.achievement())
                .set(COMMENDATION_ENTRY.REGISTRY_NO, a.decisionNo().isEmpty() ? null : a.decisionNo())
                .set(COMMENDATION_ENTRY.EXTERNAL_ISSUER, a.issuer())
                .set(COMMENDATION_ENTRY.AWARDED_DATE, a.date())
                .returningResult(COMMENDATION_ENTRY.ID).fetchOne().value1();
    }

    void setVoided(DSLContext t, long id, String reason, LocalDateTime now) {
        t.update(COMMENDATION_DECISION).set(COMMENDATION_DECISION.STATUS, VOIDED)
                .set(COMMENDATION_DECISION.VOID_REASON, reason).set(COMMENDATION_DECISION.UPDATED_AT, now)
                .where(COMMENDATION_DECISION.ID.eq(id)).execute();
    }

    CashRate rate(DSLContext t) {
        return t.selectFrom(COMMENDATION_RATE).where(COMMENDATION_RATE.ID.eq(1)).fetchOptional()
                .map(r -> new CashRate(r.getBaseSalary(), r.getMultipleIndividual(), r.getMultipleCollective()))
                .orElseThrow();
    }

    void setRate(DSLContext t, CashRate rate, LocalDateTime now) {
        t.update(COMMENDATION_RATE).set(COMMENDATION_RATE.BASE_SALARY, rate.baseSalary())
                .set(COMMENDATION_RATE.MULTIPLE_INDIVIDUAL, rate.individual())
                .set(COMMENDATION_RATE.MULTIPLE_COLLECTIVE, rate.collective())
                .set(COMMENDATION_RATE.UPDATED_AT, now).where(COMMENDATION_RATE.ID.eq(1)).execute();
    }

    /// The decisions of a year, newest first, with their entry counts.
    List<Decision> decisions(DSLContext t, int year) {
        return decisionQuery(t).where(COMMENDATION_DECISION.WORK_YEAR.eq(year))
                .orderBy(COMMENDATION_DECISION.DECISION_DATE.desc(), COMMENDATION_DECISION.ID.desc())
                .fetch(CommendationRepository::decision);
    }

    Optional<Decision> decision(DSLContext t, long id) {
        return decisionQuery(t).where(COMMENDATION_DECISION.ID.eq(id)).fetchOptional(CommendationRepository::decision);
    }

    /// The decisions with a number text (any term), newest first.
    List<Decision> byNumber(DSLContext t, String numberText) {
        return decisionQuery(t).where(COMMENDATION_DECISION.NUMBER_TEXT.eq(numberText))
                .orderBy(COMMENDATION_DECISION.DECISION_DATE.desc()).fetch(CommendationRepository::decision);
    }

    private static final Field<Integer> ENTRIES = DSL.field(DSL.selectCount().from(COMMENDATION_ENTRY)
            .where(COMMENDATION_ENTRY.DECISION_ID.eq(COMMENDATION_DECISION.ID))).as("entries");

    private static SelectJoinStep<Record> decisionQuery(DSLContext t) {
        return t.select(COMMENDATION_DECISION.fields()).select(ENTRIES).from(COMMENDATION_DECISION);
    }

    private static Decision decision(Record r) {
        CommendationDecisionRecord d = r.into(COMMENDATION_DECISION);
        String authority = nz(d.getSignerAuthority());
        String title = nz(d.getSignerTitle());
        return new Decision(d.getId(), d.getWorkYear() == null ? d.getDecisionDate().getYear() : d.getWorkYear(),
                DecisionKind.valueOf(d.getDecisionKind()), Optional.ofNullable(d.getDocumentNumberId()), nz(d.getNumberText()),
                d.getDecisionDate(), Signing.of(authority, title), authority, title, nz(d.getSignerName()),
                AwardForm.valueOf(d.getAwardForm()), d.getTitle(), nz(d.getReasonText()), nz(d.getBasisText()),
                zero(d.getRewardPerIndividual()), zero(d.getRewardPerCollective()),
                VOIDED.equals(d.getStatus()) ? Decision.Status.VOIDED : Decision.Status.ISSUED,
                Optional.ofNullable(d.getVoidReason()), r.get(ENTRIES));
    }

    private static final Field<Integer> PRINTS = DSL.field(DSL.selectCount().from(CERTIFICATE_PRINT_LOG)
            .where(CERTIFICATE_PRINT_LOG.ENTRY_ID.eq(COMMENDATION_ENTRY.ID))).as("prints");

    /// The entries of a decision: organisations and collectives first, then members, each in the order entered.
    List<Entry> entries(DSLContext t, long decisionId) {
        return t.select(COMMENDATION_ENTRY.fields()).select(PRINTS).from(COMMENDATION_ENTRY)
                .where(COMMENDATION_ENTRY.DECISION_ID.eq(decisionId))
                .orderBy(DSL.when(COMMENDATION_ENTRY.RECIPIENT_TYPE.eq(RecipientKind.MEMBER.name()), 1).otherwise(0),
                        COMMENDATION_ENTRY.ID)
                .fetch(r -> {
                    CommendationEntryRecord e = r.into(COMMENDATION_ENTRY);
                    return new Entry(e.getId(), e.getDecisionId(), RecipientKind.valueOf(e.getRecipientType()),
                            Optional.ofNullable(e.getMemberId()), Optional.ofNullable(e.getUnitId()), e.getRecipientName(),
                            nz(e.getRecipientDetail()), AwardForm.valueOf(e.getAwardForm()), nz(e.getAchievementText()),
                            zero(e.getCashAmount()), nz(e.getRegistryNo()), nz(e.getExceptionReason()), r.get(PRINTS));
                });
    }

    /// The entries of the issued decisions of a year, by decision date and number, then as [#entries] orders them.
    List<ListedEntry> list(DSLContext t, int year) {
        return t.select(COMMENDATION_DECISION.NUMBER_TEXT, COMMENDATION_DECISION.DECISION_DATE, COMMENDATION_ENTRY.AWARD_FORM,
                        COMMENDATION_ENTRY.RECIPIENT_NAME, COMMENDATION_ENTRY.RECIPIENT_TYPE)
                .from(COMMENDATION_ENTRY).join(COMMENDATION_DECISION).on(COMMENDATION_DECISION.ID.eq(COMMENDATION_ENTRY.DECISION_ID))
                .where(COMMENDATION_DECISION.WORK_YEAR.eq(year), COMMENDATION_DECISION.STATUS.eq(ISSUED))
                .orderBy(COMMENDATION_DECISION.DECISION_DATE, COMMENDATION_DECISION.ID,
                        DSL.when(COMMENDATION_ENTRY.RECIPIENT_TYPE.eq(RecipientKind.MEMBER.name()), 1).otherwise(0),
                        COMMENDATION_ENTRY.ID)
                .fetch(r -> new ListedEntry(nz(r.value1()), r.value2(), AwardForm.valueOf(r.value3()), r.value4(),
                        RecipientKind.valueOf(r.value5())));
    }

    /// The decisions of a bulk load with their ids as given, one batch.
    void importDecisions(DSLContext t, List<ImportedDecision> rows) {
        BatchRows.insert(t, t.insertInto(COMMENDATION_DECISION, DECISION_COLS).values(new Object[DECISION_COLS.length]),
                rows.stream().map(x -> {
                    CommendationDecisionRecord r = new CommendationDecisionRecord();
                    r.setId(x.id());
                    r.setWorkYear(x.year());
                    r.setDecisionKind(x.kind().name());
                    r.setDocumentNumberId(x.documentNumberId());
                    r.setNumberText(x.numberText());
                    r.setDecisionDate(x.date());
                    r.setIssuerBody(x.signing().issuerBody());
                    r.setTitle(x.title());
                    r.setBasisText(x.basis());
                    r.setSignerAuthority(x.signing().authority());
                    r.setSignerTitle(x.signing().title());
                    r.setSignerName(x.signerName());
                    r.setRewardPerCollective(x.cashCollective());
                    r.setRewardPerIndividual(x.cashIndividual());
                    r.setStatus(ISSUED);
                    r.setAwardForm(AwardForm.GIAY_KHEN.name());
                    return r;
                }).toList(), DECISION_COLS);
    }

    /// The entries of a bulk load, one batch.
    void importEntries(DSLContext t, List<ImportedEntry> rows) {
        BatchRows.insert(t, t.insertInto(COMMENDATION_ENTRY, ENTRY_COLS).values(new Object[ENTRY_COLS.length]),
                rows.stream().map(x -> entryRecord(x.decisionId(), new NewEntry(x.kind(), x.memberId(), x.unitId(), x.name(),
                        x.detail(), AwardForm.GIAY_KHEN, x.achievement(), x.cash(), x.registryNo(), null, x.awarded()))).toList(),
                ENTRY_COLS);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static long zero(Long v) {
        return v == null ? 0 : v;
    }
}
