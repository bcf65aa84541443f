package vn.dangvu.docnumbers;

import static vn.dangvu.db.jooq.Tables.COMMITTEE_TERM;
import static vn.dangvu.db.jooq.Tables.DOCUMENT_NUMBER;
import static vn.dangvu.db.jooq.Tables.DOCUMENT_TYPE;
import static vn.dangvu.db.jooq.Tables.ORGANIZATION_SETTINGS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import vn.dangvu.db.BatchRows;
import vn.dangvu.db.jooq.tables.records.DocumentNumberRecord;

/// The only writer of document_number (the document register); reads terms, types and the issuer code.
public final class DocumentNumberRepository {

    /// The term a date falls in: the one whose years contain it, else the current term of the settings.
    public Optional<Long> termFor(DSLContext t, LocalDate date) {
        Optional<Long> byYear = t.select(COMMITTEE_TERM.ID).from(COMMITTEE_TERM)
                .where(COMMITTEE_TERM.START_YEAR.le(date.getYear())).and(COMMITTEE_TERM.END_YEAR.ge(date.getYear()))
                .orderBy(COMMITTEE_TERM.START_YEAR.desc()).limit(1).fetchOptional(COMMITTEE_TERM.ID);
        return byYear.or(() -> t.select(ORGANIZATION_SETTINGS.CURRENT_TERM_ID).from(ORGANIZATION_SETTINGS)
                .fetchOptional(ORGANIZATION_SETTINGS.CURRENT_TERM_ID).filter(id -> id != null));
    }

    public Optional<String> termLabel(DSLContext t, long termId) {
        return t.select(COMMITTEE_TERM.LABEL).from(COMMITTEE_TERM).where(COMMITTEE_TERM.ID.eq(termId))
                .fetchOptional(COMMITTEE_TERM.LABEL);
    }

    public String issuerCode(DSLContext t) {
        return t.select(ORGANIZATION_SETTINGS.ISSUER_CODE).from(ORGANIZATION_SETTINGS)
                .fetchOptional(ORGANIZATION_SETTINGS.ISSUER_CODE).orElse("ĐU");
    }

    public boolean typeExists(DSLContext t, String type) {
        return t.fetchExists(DOCUMENT_TYPE, DOCUMENT_TYPE.CODE.eq(type));
    }

    /// The highest sequence used (voided ones count: a voided number is not given again), 0 when none.
    public int maxSeq(DSLContext t, long termId, String issuer, String type) {
        Integer max = t.select(DSL.max(DOCUMENT_NUMBER.SEQ)).from(DOCUMENT_NUMBER)
                .where(DOCUMENT_NUMBER.TERM_ID.eq(termId)).and(DOCUMENT_NUMBER.ISSUER_CODE.eq(issuer))
                .and(DOCUMENT_NUMBER.DOC_TYPE.eq(type)).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    public long insert(DSLContext t, long termId, String type, String issuer, int seq, LocalDate date, String title,
                       LocalDateTime now) {
        return t.insertInto(DOCUMENT_NUMBER)
                .set(DOCUMENT_NUMBER.TERM_ID, termId)
                .set(DOCUMENT_NUMBER.DOC_TYPE, type)
                .set(DOCUMENT_NUMBER.ISSUER_CODE, issuer)
                .set(DOCUMENT_NUMBER.SEQ, seq)
                .set(DOCUMENT_NUMBER.NUMBER_TEXT, DocumentNumber.format(seq, type, issuer))
                .set(DOCUMENT_NUMBER.ISSUED_DATE, date)
                .set(DOCUMENT_NUMBER.TITLE, title)
                .set(DOCUMENT_NUMBER.CREATED_AT, now)
                .returningResult(DOCUMENT_NUMBER.ID).fetchOne(DOCUMENT_NUMBER.ID);
    }

    private static final Field<?>[] BULK = {DOCUMENT_NUMBER.ID, DOCUMENT_NUMBER.TERM_ID, DOCUMENT_NUMBER.DOC_TYPE,
        DOCUMENT_NUMBER.ISSUER_CODE, DOCUMENT_NUMBER.SEQ, DOCUMENT_NUMBER.NUMBER_TEXT, DOCUMENT_NUMBER.ISSUED_DATE,
        DOCUMENT_NUMBER.TITLE};

    /// Inserts numbers of a bulk load with their ids (their documents refer to them) as one batch, then moves the
    /// identity past the highest id.
    public int insertAll(DSLContext t, List<DocumentNumber> numbers) {
        int n = BatchRows.insert(t, t.insertInto(DOCUMENT_NUMBER, BULK).values(new Object[BULK.length]),
                numbers.stream().map(d -> {
                    DocumentNumberRecord r = new DocumentNumberRecord();
                    r.setId(d.id());
                    r.setTermId(d.termId());
                    r.setDocType(d.type());
                    r.setIssuerCode(d.issuer());
                    r.setSeq(d.seq());
                    r.setNumberText(d.text());
                    r.setIssuedDate(d.date());
                    r.setTitle(d.title().orElse(null));
                    return r;
                }).toList(), BULK);
        long next = t.select(DSL.coalesce(DSL.max(DOCUMENT_NUMBER.ID), 0L)).from(DOCUMENT_NUMBER).fetchOne(0, Long.class) + 1;
        t.query("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", DOCUMENT_NUMBER, DSL.name(DOCUMENT_NUMBER.ID.getName()),
                DSL.inline(next)).execute();
        return n;
    }

    public void markVoided(DSLContext t, long id, String reason) {
        t.update(DOCUMENT_NUMBER).set(DOCUMENT_NUMBER.VOIDED, true).set(DOCUMENT_NUMBER.VOID_REASON, reason)
                .where(DOCUMENT_NUMBER.ID.eq(id)).execute();
    }

    public Optional<DocumentNumber> find(DSLContext t, long id) {
        return t.selectFrom(DOCUMENT_NUMBER).where(DOCUMENT_NUMBER.ID.eq(id)).fetchOptional(DocumentNumberRepository::map);
    }

    /// By its text ("15-QĐ/ĐU", case and spacing as typed are the caller's to clean) within a term.
    public Optional<DocumentNumber> findByText(DSLContext t, long termId, String text) {
        return t.selectFrom(DOCUMENT_NUMBER).where(DOCUMENT_NUMBER.TERM_ID.eq(termId))
                .and(DOCUMENT_NUMBER.NUMBER_TEXT.eq(text)).fetchOptional(DocumentNumberRepository::map);
    }

    public List<DocumentNumber> list(DSLContext t, long termId, Optional<String> type) {
        return t.selectFrom(DOCUMENT_NUMBER).where(DOCUMENT_NUMBER.TERM_ID.eq(termId))
                .and(type.map(DOCUMENT_NUMBER.DOC_TYPE::eq).orElse(DSL.noCondition()))
                .orderBy(DOCUMENT_NUMBER.DOC_TYPE, DOCUMENT_NUMBER.SEQ).fetch(DocumentNumberRepository::map);
    }

    private static DocumentNumber map(DocumentNumberRecord r) {
        return new DocumentNumber(r.getId(), r.getTermId(), r.getDocType(), r.getIssuerCode(), r.getSeq(),
                r.getNumberText(), r.getIssuedDate(), Optional.ofNullable(r.getTitle()), r.getVoided(),
                Optional.ofNullable(r.getVoidReason()));
    }
}
