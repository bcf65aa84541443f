package vn.dangvu.members;

import static vn.dangvu.db.jooq.Tables.CODE_LIST_ITEM;
import static vn.dangvu.db.jooq.Tables.DISCIPLINE;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_INTERRUPTION;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import vn.dangvu.common.PersonName;
import vn.dangvu.common.Text;
import vn.dangvu.db.BatchRows;
import vn.dangvu.db.jooq.tables.records.MembershipEventRecord;
import vn.dangvu.db.jooq.tables.records.MembershipInterruptionRecord;
import vn.dangvu.db.jooq.tables.records.PartyMemberRecord;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;

/// SQL for members. The list is read whole in the order of the ICU person key and searched in memory
/// ([MemberIndex]): "huong" finds Hương, Hường, Hưởng but not "phường".
public final class MemberRepository {

    /// A list row and the date its party age counts from (the first admission for a readmitted member).
    record Listed(MemberRow row, LocalDate partyAgeStart) {
    }

    /// What the state machine needs to know of a member (MemberRules.Facts) plus the dates and cell events touch.
    record State(MemberStatus status, LocalDate fullMembershipDate, boolean readmitted, Long unitId) {
    }

    /// A unit a member may be placed in by an event: `root` is the commune committee itself (not a cell).
    record Placement(long id, String name, boolean root, boolean dissolved) {
    }

    private static final Field<LocalDate> AGE_START =
            DSL.coalesce(PARTY_MEMBER.FIRST_ADMISSION_DATE, PARTY_MEMBER.ADMISSION_DECISION_DATE).as("age_start");

    /// Inserts a member from the form with the status its first events give it.
    public long insert(DSLContext t, MemberDetails d, MemberStatus status) {
        PartyMemberRecord r = t.newRecord(PARTY_MEMBER);
        fill(r, d);
        r.setStatus(status.name());
        r.store();
        return r.getId();
    }

    /// The columns a bulk load writes (explicit ids: the events refer to them without a round trip).
    private static final Field<?>[] BULK_MEMBER = {PARTY_MEMBER.ID, PARTY_MEMBER.UNIT_ID, PARTY_MEMBER.FAMILY_NAME,
        PARTY_MEMBER.MIDDLE_NAME, PARTY_MEMBER.GIVEN_NAME, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.FULL_NAME_FOLD,
        PARTY_MEMBER.GIVEN_NAME_FOLD, PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.GENDER, PARTY_MEMBER.BIRTH_DATE,
        PARTY_MEMBER.BIRTH_DATE_PRECISION, PARTY_MEMBER.HOME_TOWN, PARTY_MEMBER.PERMANENT_ADDRESS, PARTY_MEMBER.CCCD_NUMBER,
        PARTY_MEMBER.PHONE, PARTY_MEMBER.ETHNICITY_CODE, PARTY_MEMBER.RELIGION_CODE, PARTY_MEMBER.OCCUPATION,
        PARTY_MEMBER.IS_RETIRED, PARTY_MEMBER.IS_ARMY_OR_POLICE, PARTY_MEMBER.ADMISSION_DECISION_DATE,
        PARTY_MEMBER.ADMISSION_DECISION_NO, PARTY_MEMBER.ADMISSION_DECISION_ISSUER, PARTY_MEMBER.ADMISSION_CEREMONY_DATE,
        PARTY_MEMBER.ADMISSION_UNIT_NAME, PARTY_MEMBER.FULL_MEMBERSHIP_DATE, PARTY_MEMBER.FULL_MEMBERSHIP_DECISION_NO,
        PARTY_MEMBER.CARD_NUMBER, PARTY_MEMBER.CARD_ISSUE_DATE, PARTY_MEMBER.STATUS, PARTY_MEMBER.GENERAL_EDUCATION,
        PARTY_MEMBER.THEORY_LEVEL, PARTY_MEMBER.NOTE};
    private static final Field<?>[] BULK_EVENT = {MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_TYPE,
        MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.DECISION_NO, MEMBERSHIP_EVENT.DECISION_DATE, MEMBERSHIP_EVENT.ISSUER,
        MEMBERSHIP_EVENT.FROM_UNIT_ID, MEMBERSHIP_EVENT.TO_UNIT_ID, MEMBERSHIP_EVENT.EXTERNAL_UNIT_NAME,
        MEMBERSHIP_EVENT.EXPECTED_RETURN_DATE, MEMBERSHIP_EVENT.STATUS_BEFORE, MEMBERSHIP_EVENT.STATUS_AFTER,
        MEMBERSHIP_EVENT.NOTE};
    private static final Field<?>[] BULK_GAP = {MEMBERSHIP_INTERRUPTION.MEMBER_ID, MEMBERSHIP_INTERRUPTION.FROM_DATE,
        MEMBERSHIP_INTERRUPTION.TO_DATE, MEMBERSHIP_INTERRUPTION.REASON, MEMBERSHIP_INTERRUPTION.NOTE};

    /// Reserves `n` member ids and returns the first: the identity moves past them at once (H2 restarts an identity
    /// outside the transaction, so a member saved meanwhile gets an id after the range, and a rolled-back bulk load
    /// leaves only a gap in the ids).
    long reserveIds(DSLContext t, int n) {
        long first = t.select(DSL.coalesce(DSL.max(PARTY_MEMBER.ID), 0L)).from(PARTY_MEMBER).fetchOne(0, Long.class) + 1;
        t.query("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", PARTY_MEMBER,
                DSL.name(PARTY_MEMBER.ID.getName()), DSL.inline(first + n)).execute();
        return first;
    }

    /// A bulk-loaded member with its id and the status the rules gave it.
    record NewRow(long id, BulkMember member, MemberStatus status) {
    }

    /// An event of a bulk load with the statuses the rules gave it.
    record EventRow(long memberId, BulkEvent event, MemberStatus before, MemberStatus after) {
    }

    /// A period deducted from party age of a bulk-loaded member.
    record GapRow(long memberId, BulkMember.Gap gap) {
    }

    private static PartyMemberRecord memberRecord(NewRow row) {
        BulkMember m = row.member();
        MemberNames n = m.names();
        PartyMemberRecord r = new PartyMemberRecord();
        r.setId(row.id());
        r.setUnitId(m.unitId());
        r.setFamilyName(n.name().family());
        r.setMiddleName(n.name().middle());
        r.setGivenName(n.name().given());
        r.setFullName(n.fullName());
        r.setFullNameFold(n.fullNameFold());
        r.setGivenNameFold(n.givenNameFold());
        r.setSortKey(n.sortKey());
        r.setGender(m.gender().name());
        r.setBirthDate(m.birthDate());
        r.setBirthDatePrecision(m.birthDatePrecision() == null ? BulkMember.DAY : m.birthDatePrecision());
        r.setHomeTown(m.homeTown());
        r.setPermanentAddress(m.permanentAddress());
        r.setCccdNumber(m.cccdNumber());
        r.setPhone(m.phone());
        r.setEthnicityCode(m.ethnicityCode());
        r.setReligionCode(m.religionCode());
        r.setOccupation(m.occupation());
        r.setIsRetired(m.retired());
        r.setIsArmyOrPolice(m.armyOrPolice());
        r.setAdmissionDecisionDate(m.admissionDecisionDate());
        r.setAdmissionDecisionNo(m.admissionDecisionNo());
        r.setAdmissionDecisionIssuer(m.admissionDecisionIssuer());
        r.setAdmissionCeremonyDate(m.admissionCeremonyDate());
        r.setAdmissionUnitName(m.admissionUnitName());
        r.setFullMembershipDate(m.fullMembershipDate());
        r.setFullMembershipDecisionNo(m.fullMembershipDecisionNo());
        r.setCardNumber(m.cardNumber());
        r.setCardIssueDate(m.cardIssueDate());
        r.setStatus(row.status().name());
        r.setGeneralEducation(m.generalEducation());
        r.setTheoryLevel(m.theoryLevel());
        r.setNote(m.note());
        return r;
    }

    /// Inserts bulk-loaded members (ids from [#reserveIds]) in one jOOQ batch.
    void insertMembers(DSLContext t, List<NewRow> rows) {
        BatchRows.insert(t, t.insertInto(PARTY_MEMBER, BULK_MEMBER).values(new Object[BULK_MEMBER.length]),
                rows.stream().map(MemberRepository::memberRecord).toList(), BULK_MEMBER);
    }

    private static MembershipEventRecord eventRecord(EventRow row) {
        BulkEvent e = row.event();
        MemberStatus before = row.before();
        MembershipEventRecord r = new MembershipEventRecord();
        r.setMemberId(row.memberId());
        r.setEventType(e.type().name());
        r.setEventDate(e.date());
        r.setDecisionNo(e.decisionNo());
        r.setDecisionDate(e.decisionDate());
        r.setIssuer(e.issuer());
        r.setFromUnitId(e.fromUnitId());
        r.setToUnitId(e.toUnitId());
        r.setExternalUnitName(e.externalUnitName());
        r.setExpectedReturnDate(e.expectedReturnDate());
        r.setStatusBefore(before == null ? null : before.name());
        r.setStatusAfter(row.after().name());
        r.setNote(e.note());
        return r;
    }

    /// Inserts events of a bulk load in one jOOQ batch.
    void insertEvents(DSLContext t, List<EventRow> rows) {
        BatchRows.insert(t, t.insertInto(MEMBERSHIP_EVENT, BULK_EVENT).values(new Object[BULK_EVENT.length]),
                rows.stream().map(MemberRepository::eventRecord).toList(), BULK_EVENT);
    }

    private static MembershipInterruptionRecord gapRecord(GapRow row) {
        MembershipInterruptionRecord r = new MembershipInterruptionRecord();
        r.setMemberId(row.memberId());
        r.setFromDate(row.gap().from());
        r.setToDate(row.gap().to());
        r.setReason(row.gap().reason());
        r.setNote(row.gap().note());
        return r;
    }

    /// Inserts periods deducted from party age of a bulk load in one jOOQ batch.
    void insertGaps(DSLContext t, List<GapRow> rows) {
        BatchRows.insert(t, t.insertInto(MEMBERSHIP_INTERRUPTION, BULK_GAP).values(new Object[BULK_GAP.length]),
                rows.stream().map(MemberRepository::gapRecord).toList(), BULK_GAP);
    }

    /// Writes what a bulk load gives over members already on file, in one jOOQ batch: the cell, birth and admission
    /// dates and `status` always; the other values only where given (null keeps the stored one).
    void updateMembers(DSLContext t, List<BulkUpdate> rows, List<MemberStatus> statuses, LocalDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        var update = t.update(PARTY_MEMBER)
                .set(PARTY_MEMBER.UNIT_ID, (Long) null)
                .set(PARTY_MEMBER.BIRTH_DATE, (LocalDate) null)
                .set(PARTY_MEMBER.BIRTH_DATE_PRECISION, (String) null)
                .set(PARTY_MEMBER.ADMISSION_DECISION_DATE, (LocalDate) null)
                .set(PARTY_MEMBER.STATUS, (String) null)
                .set(PARTY_MEMBER.FULL_MEMBERSHIP_DATE, keep(PARTY_MEMBER.FULL_MEMBERSHIP_DATE))
                .set(PARTY_MEMBER.CARD_NUMBER, keep(PARTY_MEMBER.CARD_NUMBER))
                .set(PARTY_MEMBER.CCCD_NUMBER, keep(PARTY_MEMBER.CCCD_NUMBER))
                .set(PARTY_MEMBER.ETHNICITY_CODE, keep(PARTY_MEMBER.ETHNICITY_CODE))
                .set(PARTY_MEMBER.RELIGION_CODE, keep(PARTY_MEMBER.RELIGION_CODE))
                .set(PARTY_MEMBER.HOME_TOWN, keep(PARTY_MEMBER.HOME_TOWN))
                .set(PARTY_MEMBER.PERMANENT_ADDRESS, keep(PARTY_MEMBER.PERMANENT_ADDRESS))
                .set(PARTY_MEMBER.OCCUPATION, keep(PARTY_MEMBER.OCCUPATION))
                .set(PARTY_MEMBER.PHONE, keep(PARTY_MEMBER.PHONE))
                .set(PARTY_MEMBER.NOTE, keep(PARTY_MEMBER.NOTE))
                .set(PARTY_MEMBER.ROW_VERSION, PARTY_MEMBER.ROW_VERSION.plus(DSL.inline(1)))
                .set(PARTY_MEMBER.UPDATED_AT, (LocalDateTime) null)
                .where(PARTY_MEMBER.ID.eq((Long) null));
        Object[][] values = new Object[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            BulkUpdate u = rows.get(i);
            values[i] = new Object[] {u.unitId(), u.birthDate(), u.birthDatePrecision(), u.admissionDecisionDate(),
                statuses.get(i).name(), u.fullMembershipDate(), u.cardNumber(), u.cccdNumber(), u.ethnicityCode(),
                u.religionCode(), u.homeTown(), u.permanentAddress(), u.occupation(), u.phone(), u.note(), now, u.id()};
        }
        BatchRows.execute(t, update, 17, rows, (u, i, v) -> System.arraycopy(values[i], 0, v, 0, v.length));
    }

    /// `COALESCE(?, column)`: the bound value, or the stored one when it is null.
    private static <T> Field<T> keep(Field<T> column) {
        return DSL.coalesce(DSL.val((T) null, column), column);
    }

    /// The state of each of these members (locked for the transaction), by id.
    Map<Long, State> states(DSLContext t, Collection<Long> ids) {
        Map<Long, State> out = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            t.select(PARTY_MEMBER.ID, PARTY_MEMBER.STATUS, PARTY_MEMBER.FULL_MEMBERSHIP_DATE, PARTY_MEMBER.READMITTED,
                            PARTY_MEMBER.UNIT_ID)
                    .from(PARTY_MEMBER).where(PARTY_MEMBER.ID.in(all.subList(from, Math.min(all.size(), from + 1000)))).forUpdate()
                    .forEach(r -> out.put(r.value1(), new State(MemberStatus.valueOf(r.value2()), r.value3(), r.value4(), r.value5())));
        }
        return out;
    }

    /// Writes the form fields of an existing member; the status and readmission fields are left alone.
    public boolean update(DSLContext t, MemberDetails d, LocalDateTime now) {
        PartyMemberRecord r = t.selectFrom(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(d.id())).forUpdate().fetchOne();
        if (r == null) {
            return false;
        }
        fill(r, d);
        r.setRowVersion(r.getRowVersion() + 1);
        r.setUpdatedAt(now);
        r.store();
        return true;
    }

    private static PersonName name(MemberDetails d) {
        return new PersonName(Text.clean(d.familyName()), Text.clean(d.middleName()), Text.clean(d.givenName()));
    }

    private static void fill(PartyMemberRecord r, MemberDetails d) {
        MemberNames n = MemberNames.of(name(d));
        r.setUnitId(d.unitId());
        r.setFamilyName(n.name().family());
        r.setMiddleName(n.name().middle());
        r.setGivenName(n.name().given());
        r.setFullName(n.fullName());
        r.setFullNameFold(n.fullNameFold());
        r.setGivenNameFold(n.givenNameFold());
        r.setSortKey(n.sortKey());
        r.setGender(d.gender().name());
        if (!Objects.equals(r.getBirthDate(), d.birthDate()) || r.getBirthDatePrecision() == null) {
            // a date typed in the form is a full date; an unchanged one keeps what was known (an imported "1965")
            r.setBirthDate(d.birthDate());
            r.setBirthDatePrecision(BulkMember.DAY);
        }
        r.setPlaceOfBirth(Text.cleanOrNull(d.placeOfBirth()));
        r.setHomeTown(Text.cleanOrNull(d.homeTown()));
        r.setPermanentAddress(Text.cleanOrNull(d.permanentAddress()));
        r.setTemporaryAddress(Text.cleanOrNull(d.temporaryAddress()));
        r.setCccdNumber(Text.cleanOrNull(d.cccdNumber()));
        r.setPhone(Text.cleanOrNull(d.phone()));
        r.setEthnicityCode(d.ethnicityCode());
        r.setReligionCode(d.religionCode());
        r.setAdmissionDecisionDate(d.admissionDecisionDate());
        r.setAdmissionDecisionNo(Text.cleanOrNull(d.admissionDecisionNo()));
        r.setAdmissionCeremonyDate(d.admissionCeremonyDate());
        r.setFullMembershipDate(d.fullMembershipDate());
        r.setCardNumber(Text.cleanOrNull(d.cardNumber()));
        r.setDossierNumber(Text.cleanOrNull(d.dossierNumber()));
        r.setGeneralEducation(d.generalEducation());
        r.setProfessionalLevel(d.professionalLevel());
        r.setTheoryLevel(d.theoryLevel());
        r.setOccupation(Text.cleanOrNull(d.occupation()));
        r.setNote(Text.cleanOrNull(d.note()));
    }


    /// The birth_date_precision of a member: "DAY", "MONTH" or "YEAR"; "DAY" when not stored or no such member.
    String birthPrecision(DSLContext t, long id) {
        String p = t.select(PARTY_MEMBER.BIRTH_DATE_PRECISION).from(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(id))
                .fetchOne(PARTY_MEMBER.BIRTH_DATE_PRECISION);
        return p == null ? BulkMember.DAY : p;
    }

    public Optional<MemberDetails> find(DSLContext t, long id) {
        return t.selectFrom(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(id)).fetchOptional().map(r -> new MemberDetails(
                r.getId(), r.getFamilyName(), r.getMiddleName(), r.getGivenName(), Gender.valueOf(r.getGender()),
                r.getBirthDate(), r.getPlaceOfBirth(), r.getHomeTown(), r.getPermanentAddress(), r.getTemporaryAddress(),
                r.getCccdNumber(), r.getPhone(), r.getEthnicityCode(), r.getReligionCode(), r.getUnitId(),
                r.getAdmissionDecisionDate(), r.getAdmissionDecisionNo(), r.getAdmissionCeremonyDate(),
                r.getFullMembershipDate(), r.getCardNumber(), r.getDossierNumber(), r.getGeneralEducation(),
                r.getProfessionalLevel(), r.getTheoryLevel(), r.getOccupation(), r.getNote(),
                MemberStatus.valueOf(r.getStatus()), r.getFirstAdmissionDate(), r.getReadmitted()));
    }

    /// Whether another member already holds this card number.
    /// The members whose party card number or CCCD number is `number` (spaces ignored).
    public List<Long> byCardOrCccd(DSLContext t, String number) {
        return t.select(PARTY_MEMBER.ID).from(PARTY_MEMBER)
                .where(DSL.replace(PARTY_MEMBER.CARD_NUMBER, " ", "").eq(number).or(DSL.replace(PARTY_MEMBER.CCCD_NUMBER, " ", "").eq(number)))
                .orderBy(PARTY_MEMBER.ID).fetch(PARTY_MEMBER.ID);
    }

    public boolean cardTaken(DSLContext t, String card, Long exceptId) {
        Condition c = PARTY_MEMBER.CARD_NUMBER.eq(card);
        if (exceptId != null) {
            c = c.and(PARTY_MEMBER.ID.ne(exceptId));
        }
        return t.fetchExists(PARTY_MEMBER, c);
    }

    public List<CodeItem> codes(DSLContext t, String kind) {
        return t.select(CODE_LIST_ITEM.CODE, CODE_LIST_ITEM.NAME).from(CODE_LIST_ITEM)
                .where(CODE_LIST_ITEM.LIST_KIND.eq(kind).and(CODE_LIST_ITEM.ACTIVE.isTrue()))
                .orderBy(CODE_LIST_ITEM.SORT_ORDER, CODE_LIST_ITEM.ID)
                .fetch(r -> new CodeItem(r.value1(), r.value2()));
    }

    Optional<State> state(DSLContext t, long id) {
        return t.select(PARTY_MEMBER.STATUS, PARTY_MEMBER.FULL_MEMBERSHIP_DATE, PARTY_MEMBER.READMITTED, PARTY_MEMBER.UNIT_ID)
                .from(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(id)).forUpdate()
                .fetchOptional(r -> new State(MemberStatus.valueOf(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    Optional<Placement> placement(DSLContext t, long unitId) {
        return t.select(PARTY_UNIT.ID, PARTY_UNIT.NAME, PARTY_UNIT.PARENT_ID, PARTY_UNIT.DISSOLVED_DATE).from(PARTY_UNIT)
                .where(PARTY_UNIT.ID.eq(unitId))
                .fetchOptional(r -> new Placement(r.value1(), r.value2(), r.value3() == null, r.value4() != null));
    }

    /// The member's events in date order (cancelled ones included, marked), with the names of the cells a move or
    /// transfer went from and to.
    public List<MemberEvent> events(DSLContext t, long memberId) {
        var from = PARTY_UNIT.as("from_unit");
        var to = PARTY_UNIT.as("to_unit");
        return t.select(MEMBERSHIP_EVENT.fields()).select(from.NAME, to.NAME).from(MEMBERSHIP_EVENT)
                .leftJoin(from).on(from.ID.eq(MEMBERSHIP_EVENT.FROM_UNIT_ID))
                .leftJoin(to).on(to.ID.eq(MEMBERSHIP_EVENT.TO_UNIT_ID))
                .where(MEMBERSHIP_EVENT.MEMBER_ID.eq(memberId))
                .orderBy(MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID)
                .fetch(r -> event(r.into(MEMBERSHIP_EVENT), r.get(from.NAME), r.get(to.NAME)));
    }

    private static MemberEvent event(MembershipEventRecord e, String fromName, String toName) {
        EventType type = EventType.valueOf(e.getEventType());
        return new MemberEvent(e.getId(), type, e.getEventDate(), e.getDecisionNo(), e.getNote(),
                e.getStatusBefore() == null ? null : MemberStatus.valueOf(e.getStatusBefore()),
                MemberStatus.valueOf(e.getStatusAfter()),
                new TransferDetails(e.getFromUnitId(), e.getToUnitId(), e.getExternalUnitName(),
                        e.getExpectedReturnDate(),
                        EventRules.details(type).contains(EventRules.Field.LETTER_DATE) ? e.getDecisionDate() : null),
                fromName, toName,
                new MemberEvent.Extra(new ReadmissionDetails(e.getConsentNo(), e.getConsentDate(), e.getRecordClearedDate()),
                        e.getCommitteeDecisionNo(), e.getCommitteeDecisionDate(), e.getCancelledAt(), e.getCancelReason()));
    }

    /// An event row as the lifecycle service needs it to cancel it or decide on it. `decisionDate` is the referral
    /// letter's date for a transfer in.
    record StoredEvent(long id, long memberId, EventType type, LocalDate date, LocalDate decisionDate,
                       MemberStatus statusBefore, MemberStatus statusAfter, Long fromUnitId, Long toUnitId, String note,
                       String committeeDecisionNo, boolean cancelled) {
    }

    private static StoredEvent stored(MembershipEventRecord r) {
        return new StoredEvent(r.getId(), r.getMemberId(), EventType.valueOf(r.getEventType()), r.getEventDate(),
                r.getDecisionDate(), r.getStatusBefore() == null ? null : MemberStatus.valueOf(r.getStatusBefore()),
                MemberStatus.valueOf(r.getStatusAfter()), r.getFromUnitId(), r.getToUnitId(), r.getNote(),
                r.getCommitteeDecisionNo(), r.getCancelledAt() != null);
    }

    /// The member's events not cancelled, newest recorded first (the order a correction undoes them).
    List<StoredEvent> activeEventsNewestFirst(DSLContext t, long memberId) {
        return t.selectFrom(MEMBERSHIP_EVENT).where(MEMBERSHIP_EVENT.MEMBER_ID.eq(memberId))
                .and(MEMBERSHIP_EVENT.CANCELLED_AT.isNull()).orderBy(MEMBERSHIP_EVENT.ID.desc()).fetch(MemberRepository::stored);
    }

    Optional<StoredEvent> eventRow(DSLContext t, long eventId) {
        return t.selectFrom(MEMBERSHIP_EVENT).where(MEMBERSHIP_EVENT.ID.eq(eventId)).fetchOptional().map(MemberRepository::stored);
    }

    /// One event row; returns its id. `fromUnit`/`toUnit` are the member's cell before and after (either may be
    /// null); the decision date is the referral letter's date when given, else the event date when a decision number
    /// is. A readmission keeps the member's admission fields as they were, so that cancelling it can put them back.
    public long insertEvent(DSLContext t, NewEvent e, Long fromUnit, Long toUnit, MemberStatus before, MemberStatus after) {
        TransferDetails d = e.transfer();
        ReadmissionDetails rd = e.readmission();
        String decision = Text.cleanOrNull(e.decisionNo());
        MembershipEventRecord r = t.newRecord(MEMBERSHIP_EVENT);
        r.setMemberId(e.memberId());
        r.setEventType(e.type().name());
        r.setEventDate(e.date());
        r.setDecisionNo(decision);
        r.setDecisionDate(d.letterDate() != null ? d.letterDate() : decision == null ? null : e.date());
        r.setFromUnitId(fromUnit);
        r.setToUnitId(toUnit);
        r.setExternalUnitName(Text.cleanOrNull(d.externalUnitName()));
        r.setExpectedReturnDate(d.expectedReturnDate());
        r.setStatusBefore(before == null ? null : before.name());
        r.setStatusAfter(after.name());
        r.setNote(Text.cleanOrNull(e.note()));
        r.setConsentNo(Text.cleanOrNull(rd.consentNo()));
        r.setConsentDate(rd.consentDate());
        r.setRecordClearedDate(rd.recordClearedDate());
        if (e.type() == EventType.READMISSION) {
            t.select(PARTY_MEMBER.ADMISSION_DECISION_DATE, PARTY_MEMBER.ADMISSION_DECISION_NO, PARTY_MEMBER.ADMISSION_CEREMONY_DATE,
                            PARTY_MEMBER.FULL_MEMBERSHIP_DATE, PARTY_MEMBER.FULL_MEMBERSHIP_DECISION_NO, PARTY_MEMBER.FIRST_ADMISSION_DATE)
                    .from(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(e.memberId())).fetchOptional().ifPresent(m -> {
                        r.setPrevAdmissionDate(m.value1());
                        r.setPrevAdmissionNo(m.value2());
                        r.setPrevCeremonyDate(m.value3());
                        r.setPrevFullDate(m.value4());
                        r.setPrevFullNo(m.value5());
                        r.setPrevFirstAdmissionDate(m.value6());
                    });
        }
        r.store();
        return r.getId();
    }

    /// Marks an event cancelled as wrongly recorded (it stays in the history).
    void cancelEvent(DSLContext t, long eventId, LocalDateTime at, String reason) {
        t.update(MEMBERSHIP_EVENT).set(MEMBERSHIP_EVENT.CANCELLED_AT, at).set(MEMBERSHIP_EVENT.CANCEL_REASON, reason)
                .where(MEMBERSHIP_EVENT.ID.eq(eventId)).execute();
    }

    /// Records the committee's decision on a late transfer letter on the arrival event.
    void setCommitteeDecision(DSLContext t, long eventId, String decisionNo, LocalDate decisionDate) {
        t.update(MEMBERSHIP_EVENT).set(MEMBERSHIP_EVENT.COMMITTEE_DECISION_NO, decisionNo)
                .set(MEMBERSHIP_EVENT.COMMITTEE_DECISION_DATE, decisionDate)
                .where(MEMBERSHIP_EVENT.ID.eq(eventId)).execute();
    }

    /// Puts back the admission fields a readmission replaced (its event's snapshot), and the readmitted flag.
    void undoReadmission(DSLContext t, long memberId, long eventId) {
        MembershipEventRecord e = t.selectFrom(MEMBERSHIP_EVENT).where(MEMBERSHIP_EVENT.ID.eq(eventId)).fetchSingle();
        boolean snapshot = e.getPrevAdmissionDate() != null;
        t.update(PARTY_MEMBER)
                .set(PARTY_MEMBER.ADMISSION_DECISION_DATE, snapshot ? DSL.val(e.getPrevAdmissionDate())
                        : DSL.coalesce(PARTY_MEMBER.FIRST_ADMISSION_DATE, PARTY_MEMBER.ADMISSION_DECISION_DATE))
                .set(PARTY_MEMBER.ADMISSION_DECISION_NO, e.getPrevAdmissionNo())
                .set(PARTY_MEMBER.ADMISSION_CEREMONY_DATE, e.getPrevCeremonyDate())
                .set(PARTY_MEMBER.FULL_MEMBERSHIP_DATE, e.getPrevFullDate())
                .set(PARTY_MEMBER.FULL_MEMBERSHIP_DECISION_NO, e.getPrevFullNo())
                .set(PARTY_MEMBER.FIRST_ADMISSION_DATE, e.getPrevFirstAdmissionDate())
                .set(PARTY_MEMBER.READMITTED, false)
                .where(PARTY_MEMBER.ID.eq(memberId)).execute();
    }

    /// Moves the members on the roll of one unit to another (a merge of cells), one dated UNIT_MERGE event per member;
    /// returns their ids.
    public List<Long> moveAllOnRoll(DSLContext t, long from, long to, LocalDate date, Optional<String> decision, String note,
                             LocalDateTime now) {
        List<Record3<Long, String, Long>> moved = t.select(PARTY_MEMBER.ID, PARTY_MEMBER.STATUS, PARTY_MEMBER.UNIT_ID)
                .from(PARTY_MEMBER).where(PARTY_MEMBER.UNIT_ID.eq(from)).and(PARTY_MEMBER.STATUS.in(MemberStatus.ON_ROLL_NAMES))
                .orderBy(PARTY_MEMBER.ID).fetch();
        var insert = t.insertInto(MEMBERSHIP_EVENT, MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_TYPE,
                MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.DECISION_NO, MEMBERSHIP_EVENT.FROM_UNIT_ID,
                MEMBERSHIP_EVENT.TO_UNIT_ID, MEMBERSHIP_EVENT.STATUS_BEFORE, MEMBERSHIP_EVENT.STATUS_AFTER,
                MEMBERSHIP_EVENT.NOTE);
        for (Record3<Long, String, Long> m : moved) {
            insert = insert.values(m.value1(), EventType.UNIT_MERGE.name(), date, decision.map(Text::cleanOrNull).orElse(null), from, to,
                    m.value2(), m.value2(), note);
        }
        if (!moved.isEmpty()) {
            insert.execute();
            t.update(PARTY_MEMBER).set(PARTY_MEMBER.UNIT_ID, to)
                    .set(PARTY_MEMBER.ROW_VERSION, PARTY_MEMBER.ROW_VERSION.plus(1))
                    .set(PARTY_MEMBER.UPDATED_AT, now)
                    .where(PARTY_MEMBER.ID.in(moved.stream().map(Record3::value1).toList())).execute();
        }
        return moved.stream().map(Record3::value1).toList();
    }

    public void setUnit(DSLContext t, long id, long unitId) {
        t.update(PARTY_MEMBER).set(PARTY_MEMBER.UNIT_ID, unitId)
                .set(PARTY_MEMBER.ROW_VERSION, PARTY_MEMBER.ROW_VERSION.plus(1))
                .set(PARTY_MEMBER.UPDATED_AT, DSL.currentLocalDateTime())
                .where(PARTY_MEMBER.ID.eq(id)).execute();
    }

    public void setStatus(DSLContext t, long id, MemberStatus s) {
        t.update(PARTY_MEMBER).set(PARTY_MEMBER.STATUS, s.name())
                .set(PARTY_MEMBER.ROW_VERSION, PARTY_MEMBER.ROW_VERSION.plus(1))
                .set(PARTY_MEMBER.UPDATED_AT, DSL.currentLocalDateTime())
                .where(PARTY_MEMBER.ID.eq(id)).execute();
    }

    public void setFullMembership(DSLContext t, long id, LocalDate date, String decisionNo) {
        t.update(PARTY_MEMBER).set(PARTY_MEMBER.FULL_MEMBERSHIP_DATE, date)
                .set(PARTY_MEMBER.FULL_MEMBERSHIP_DECISION_NO, Text.cleanOrNull(decisionNo))
                .where(PARTY_MEMBER.ID.eq(id)).execute();
    }

    /// Readmission: the first admission date is kept for party age, the new decision starts a new probation.
    public void readmit(DSLContext t, long id, LocalDate date, String decisionNo) {
        t.update(PARTY_MEMBER)
                .set(PARTY_MEMBER.FIRST_ADMISSION_DATE,
                        DSL.coalesce(PARTY_MEMBER.FIRST_ADMISSION_DATE, PARTY_MEMBER.ADMISSION_DECISION_DATE))
                .set(PARTY_MEMBER.ADMISSION_DECISION_DATE, date)
                .set(PARTY_MEMBER.ADMISSION_DECISION_NO, Text.cleanOrNull(decisionNo))
                .set(PARTY_MEMBER.ADMISSION_CEREMONY_DATE, (LocalDate) null)
                .set(PARTY_MEMBER.FULL_MEMBERSHIP_DATE, (LocalDate) null)
                .set(PARTY_MEMBER.FULL_MEMBERSHIP_DECISION_NO, (String) null)
                .set(PARTY_MEMBER.READMITTED, true)
                .where(PARTY_MEMBER.ID.eq(id)).execute();
    }

    public void openInterruption(DSLContext t, long memberId, LocalDate from, EventType reason, String note, long eventId) {
        t.insertInto(MEMBERSHIP_INTERRUPTION)
                .set(MEMBERSHIP_INTERRUPTION.MEMBER_ID, memberId)
                .set(MEMBERSHIP_INTERRUPTION.FROM_DATE, from)
                .set(MEMBERSHIP_INTERRUPTION.REASON, reason.name())
                .set(MEMBERSHIP_INTERRUPTION.NOTE, Text.cleanOrNull(note))
                .set(MEMBERSHIP_INTERRUPTION.OPENED_BY_EVENT_ID, eventId)
                .execute();
    }

    /// A gap in party age the committee decided after a late transfer letter, linked to the arrival event.
    void insertDecidedGap(DSLContext t, long memberId, long eventId, PartyAge.Interruption gap, String reason,
                          String decisionNo, LocalDate decisionDate) {
        t.insertInto(MEMBERSHIP_INTERRUPTION)
                .set(MEMBERSHIP_INTERRUPTION.MEMBER_ID, memberId)
                .set(MEMBERSHIP_INTERRUPTION.FROM_DATE, gap.from())
                .set(MEMBERSHIP_INTERRUPTION.TO_DATE, gap.to().orElse(null))
                .set(MEMBERSHIP_INTERRUPTION.REASON, reason)
                .set(MEMBERSHIP_INTERRUPTION.OPENED_BY_EVENT_ID, eventId)
                .set(MEMBERSHIP_INTERRUPTION.DECISION_NO, decisionNo)
                .set(MEMBERSHIP_INTERRUPTION.DECISION_DATE, decisionDate)
                .execute();
    }

    /// Removes the periods an event opened (for events recorded before links were kept: the open period of the
    /// event's type starting on its date). Returns how many.
    int deleteInterruptionsOpenedBy(DSLContext t, long memberId, long eventId, EventType type, LocalDate date) {
        int n = t.deleteFrom(MEMBERSHIP_INTERRUPTION).where(MEMBERSHIP_INTERRUPTION.OPENED_BY_EVENT_ID.eq(eventId)).execute();
        if (n == 0) {
            n = t.deleteFrom(MEMBERSHIP_INTERRUPTION).where(MEMBERSHIP_INTERRUPTION.MEMBER_ID.eq(memberId))
                    .and(MEMBERSHIP_INTERRUPTION.OPENED_BY_EVENT_ID.isNull()).and(MEMBERSHIP_INTERRUPTION.REASON.eq(type.name()))
                    .and(MEMBERSHIP_INTERRUPTION.FROM_DATE.eq(date)).and(MEMBERSHIP_INTERRUPTION.TO_DATE.isNull()).execute();
        }
        return n;
    }

    /// Opens again the periods an event closed (older rows: the ones ended the day before it, without a link).
    int reopenInterruptionsClosedBy(DSLContext t, long memberId, long eventId, LocalDate date) {
        int n = t.update(MEMBERSHIP_INTERRUPTION).setNull(MEMBERSHIP_INTERRUPTION.TO_DATE)
                .setNull(MEMBERSHIP_INTERRUPTION.CLOSED_BY_EVENT_ID)
                .where(MEMBERSHIP_INTERRUPTION.CLOSED_BY_EVENT_ID.eq(eventId)).execute();
        if (n == 0) {
            n = t.update(MEMBERSHIP_INTERRUPTION).setNull(MEMBERSHIP_INTERRUPTION.TO_DATE)
                    .where(MEMBERSHIP_INTERRUPTION.MEMBER_ID.eq(memberId)).and(MEMBERSHIP_INTERRUPTION.CLOSED_BY_EVENT_ID.isNull())
                    .and(MEMBERSHIP_INTERRUPTION.REASON.in(EventType.REMOVAL.name(), EventType.EXPULSION.name(),
                            EventType.RESIGNATION.name(), EventType.PROBATION_FAILED.name()))
                    .and(MEMBERSHIP_INTERRUPTION.TO_DATE.eq(DSL.greatest(MEMBERSHIP_INTERRUPTION.FROM_DATE, DSL.val(date.minusDays(1)))))
                    .execute();
        }
        return n;
    }

    /// The discipline decisions of an expulsion a restoration annuls (Q117-QĐ/TW 2023): the member's expulsions.
    int annulExpulsions(DSLContext t, long memberId, long eventId) {
        return t.update(DISCIPLINE).set(DISCIPLINE.ANNULLED_BY_EVENT_ID, eventId)
                .where(DISCIPLINE.MEMBER_ID.eq(memberId)).and(DISCIPLINE.DISCIPLINE_FORM.eq("EXPULSION"))
                .and(DISCIPLINE.ANNULLED_BY_EVENT_ID.isNull()).execute();
    }

    int restoreAnnulled(DSLContext t, long eventId) {
        return t.update(DISCIPLINE).setNull(DISCIPLINE.ANNULLED_BY_EVENT_ID)
                .where(DISCIPLINE.ANNULLED_BY_EVENT_ID.eq(eventId)).execute();
    }

    /// A period deducted from party age; `reason` is the event type that opened it, or TRANSFER_GAP.
    public void insertInterruption(DSLContext t, long memberId, PartyAge.Interruption gap, String reason, String note) {
        t.insertInto(MEMBERSHIP_INTERRUPTION)
                .set(MEMBERSHIP_INTERRUPTION.MEMBER_ID, memberId)
                .set(MEMBERSHIP_INTERRUPTION.FROM_DATE, gap.from())
                .set(MEMBERSHIP_INTERRUPTION.TO_DATE, gap.to().orElse(null))
                .set(MEMBERSHIP_INTERRUPTION.REASON, reason)
                .set(MEMBERSHIP_INTERRUPTION.NOTE, Text.cleanOrNull(note))
                .execute();
    }

    /// Closes the open interruptions of a member on the day before `until` (the readmission day counts again).
    public int closeInterruptions(DSLContext t, long memberId, LocalDate until, long eventId) {
        return t.update(MEMBERSHIP_INTERRUPTION)
                .set(MEMBERSHIP_INTERRUPTION.CLOSED_BY_EVENT_ID, eventId)
                .set(MEMBERSHIP_INTERRUPTION.TO_DATE, DSL.greatest(MEMBERSHIP_INTERRUPTION.FROM_DATE,
                        DSL.val(until.minusDays(1))))
                .where(MEMBERSHIP_INTERRUPTION.MEMBER_ID.eq(memberId).and(MEMBERSHIP_INTERRUPTION.TO_DATE.isNull()))
                .execute();
    }

    public List<PartyAge.Interruption> interruptions(DSLContext t, long memberId) {
        return t.select(MEMBERSHIP_INTERRUPTION.FROM_DATE, MEMBERSHIP_INTERRUPTION.TO_DATE)
                .from(MEMBERSHIP_INTERRUPTION).where(MEMBERSHIP_INTERRUPTION.MEMBER_ID.eq(memberId))
                .orderBy(MEMBERSHIP_INTERRUPTION.FROM_DATE)
                .fetch(r -> new PartyAge.Interruption(r.value1(), Optional.ofNullable(r.value2())));
    }

    Map<Long, List<PartyAge.Interruption>> allInterruptions(DSLContext t) {
        Map<Long, List<PartyAge.Interruption>> out = new HashMap<>();
        t.select(MEMBERSHIP_INTERRUPTION.MEMBER_ID, MEMBERSHIP_INTERRUPTION.FROM_DATE, MEMBERSHIP_INTERRUPTION.TO_DATE)
                .from(MEMBERSHIP_INTERRUPTION)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new PartyAge.Interruption(r.value2(), Optional.ofNullable(r.value3()))));
        return out;
    }


    /// The list rows with the party-age start date: every member in Vietnamese order (`onlyId` null), or one member.
    /// Read straight from the JDBC result set: mapping 100,000 jOOQ records cost more than the query itself.
    /// Code names are looked up in Java: two joins on code_list_item made the 100k query slower.
    List<Listed> listed(DSLContext t, Long onlyId) {
        Map<String, String> eth = names(t, CodeItem.ETHNICITY);
        Map<String, String> theory = names(t, CodeItem.THEORY_LEVEL);
        var query = t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.FAMILY_NAME, PARTY_MEMBER.MIDDLE_NAME,
                        PARTY_MEMBER.GIVEN_NAME, PARTY_MEMBER.GENDER, PARTY_MEMBER.BIRTH_DATE, PARTY_MEMBER.UNIT_ID,
                        PARTY_UNIT.NAME, PARTY_MEMBER.STATUS, PARTY_MEMBER.CARD_NUMBER,
                        PARTY_MEMBER.ADMISSION_DECISION_DATE, PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.ETHNICITY_CODE,
                        PARTY_MEMBER.THEORY_LEVEL, PARTY_MEMBER.FULL_MEMBERSHIP_DATE, AGE_START, PARTY_MEMBER.BIRTH_DATE_PRECISION)
                .from(PARTY_MEMBER)
                .leftJoin(PARTY_UNIT).on(PARTY_UNIT.ID.eq(PARTY_MEMBER.UNIT_ID))
                .where(onlyId == null ? DSL.noCondition() : PARTY_MEMBER.ID.eq(onlyId))
                .orderBy(PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.ID);
        List<Listed> out = new ArrayList<>();
        try (ResultSet rs = query.fetchResultSet()) {
            while (rs.next()) {
                long unitId = rs.getLong(8);
                Long unit = rs.wasNull() ? null : unitId;
                String ethCode = rs.getString(14);
                String theoryCode = rs.getString(15);
                MemberRow row = new MemberRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Gender.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class), unit,
                        rs.getString(9), MemberStatus.valueOf(rs.getString(10)), rs.getString(11),
                        rs.getObject(12, LocalDate.class), rs.getString(13), ethCode, eth.get(ethCode), theoryCode,
                        theory.get(theoryCode), rs.getObject(16, LocalDate.class), null, rs.getString(18));
                out.add(new Listed(row, rs.getObject(17, LocalDate.class)));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading the member list failed", e);
        }
        return out;
    }

    /// The date of death of the members who died (their DEATH event still in force): party age stops there
    /// (domain.md §5.1). Every such member (`onlyId` null), or one.
    Map<Long, LocalDate> deathDates(DSLContext t, Long onlyId) {
        Map<Long, LocalDate> out = new HashMap<>();
        t.select(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_DATE).from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.EVENT_TYPE.eq(EventType.DEATH.name())).and(MEMBERSHIP_EVENT.CANCELLED_AT.isNull())
                .and(onlyId == null ? DSL.noCondition() : MEMBERSHIP_EVENT.MEMBER_ID.eq(onlyId))
                .forEach(r -> out.merge(r.value1(), r.value2(), (a, b) -> a.isBefore(b) ? a : b));
        return out;
    }

    /// Distinct folded words of a search text, longest first.
    public static List<String> searchTokens(String search) {
        List<String> tokens = new ArrayList<>();
        for (String token : Text.fold(Text.clean(search)).split(" ")) {
            if (!token.isEmpty() && !tokens.contains(token)) {
                tokens.add(token);
            }
        }
        tokens.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return tokens;
    }

    public int count(DSLContext t) {
        return t.fetchCount(PARTY_MEMBER);
    }

    private Map<String, String> names(DSLContext t, String kind) {
        Map<String, String> m = new HashMap<>();
        t.select(CODE_LIST_ITEM.CODE, CODE_LIST_ITEM.NAME).from(CODE_LIST_ITEM).where(CODE_LIST_ITEM.LIST_KIND.eq(kind))
                .forEach(r -> m.put(r.value1(), r.value2()));
        return m;
    }
}
