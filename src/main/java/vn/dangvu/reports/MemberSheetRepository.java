package vn.dangvu.reports;

import static vn.dangvu.db.jooq.Tables.BADGE_AWARD;
import static vn.dangvu.db.jooq.Tables.COMMENDATION_DECISION;
import static vn.dangvu.db.jooq.Tables.COMMENDATION_ENTRY;
import static vn.dangvu.db.jooq.Tables.DISCIPLINE;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_INTERRUPTION;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import vn.dangvu.db.jooq.tables.records.PartyMemberRecord;
import vn.dangvu.db.jooq.tables.records.PartyUnitRecord;

/// Reads one member's record fields for the Phiếu đảng viên, with code names and the unit chain resolved.
public final class MemberSheetRepository {

    /// The record fields the sheet prints; code-list values as the stored codes (names: [CodeNames]); the member's
    /// events in date order with the names of the cells a move went from and to; `unitId` is the cell now.
    public record Data(String fullName, String gender, String nameInUse, String alias, LocalDate birthDate,
                       String birthPrecision, String placeOfBirth, String homeTown, String permanentAddress,
                       String temporaryAddress, String ethnicityCode, String religionCode, String familyBackground,
                       String occupation, LocalDate admissionCeremony, LocalDate admissionDecision, String admissionUnit,
                       String sponsor1, String sponsor2, LocalDate fullMembership, String cardNumber, String dossierNumber,
                       LocalDate recruitmentDate, String recruitmentAgency, LocalDate youthUnionDate, LocalDate enlistmentDate,
                       LocalDate dischargeDate, String generalEducationCode, String professionalCode, String academicTitle,
                       String theoryCode, String foreignLanguage, String itLevel, String health, String warInvalidClass,
                       boolean martyrFamily, boolean meritoriousFamily, String cccd, String status,
                       Optional<LocalDate> exemptionStart, List<UnitLine> units, Long unitId,
                       List<RegisterRules.Event> events) {
    }

    /// A unit on the way from the member's cell up to (not including) the commune root: kind and name.
    public record UnitLine(String kind, String name) {
    }

    /// A commendation of the member: the form code (GIAY_KHEN…), the achievement, the decision number and date,
    /// and the issuer when it came from outside the commune.
    public record Commendation(String form, String achievement, String decisionNo, LocalDate date, String externalIssuer) {
    }

    public record Badge(int milestoneYears, LocalDate awarded, String decisionNo, boolean posthumous) {
    }

    public record Discipline(String form, LocalDate decisionDate, String decisionNo, String issuer) {
    }

    /// A lifecycle event (REMOVAL, EXPULSION, RESIGNATION, PROBATION_FAILED, READMISSION) or an interruption
    /// (`type` = its reason, e.g. TRANSFER_GAP, with `to` as its end); sorted by date.
    public record HistoryLine(String type, LocalDate date, Optional<LocalDate> to, String decisionNo) {
    }

    /// What items 23, 24, 26 and 27 of the sheet print.
    public record History(List<Commendation> commendations, List<Badge> badges, List<Discipline> disciplines,
                          Optional<LocalDate> firstAdmission, List<HistoryLine> lines) {
    }

    /// Event types and interruption reasons item 27 (Đặc điểm lịch sử) reports.
    static final List<String> HISTORY_EVENTS = List.of("PROBATION_FAILED", "REMOVAL", "EXPULSION", "RESIGNATION",
            "READMISSION");
    static final List<String> HISTORY_GAPS = List.of("TRANSFER_GAP", "LOSS_OF_CONTACT");

    public History history(DSLContext t, long memberId) {
        List<Commendation> commendations = t.select(COMMENDATION_ENTRY.AWARD_FORM, COMMENDATION_ENTRY.ACHIEVEMENT_TEXT,
                        DSL.coalesce(COMMENDATION_DECISION.NUMBER_TEXT, COMMENDATION_ENTRY.REGISTRY_NO),
                        DSL.coalesce(COMMENDATION_DECISION.DECISION_DATE, COMMENDATION_ENTRY.AWARDED_DATE),
                        COMMENDATION_ENTRY.EXTERNAL_ISSUER)
                .from(COMMENDATION_ENTRY).leftJoin(COMMENDATION_DECISION)
                .on(COMMENDATION_DECISION.ID.eq(COMMENDATION_ENTRY.DECISION_ID))
                .where(COMMENDATION_ENTRY.MEMBER_ID.eq(memberId),
                        COMMENDATION_ENTRY.DECISION_ID.isNull().or(COMMENDATION_DECISION.STATUS.eq("ISSUED")))
                .orderBy(DSL.coalesce(COMMENDATION_DECISION.DECISION_DATE, COMMENDATION_ENTRY.AWARDED_DATE).asc().nullsLast(),
                        COMMENDATION_ENTRY.ID)
                .fetch(r -> new Commendation(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        List<Badge> badges = t.select(BADGE_AWARD.MILESTONE_YEARS,
                        DSL.coalesce(BADGE_AWARD.AWARDED_DATE, BADGE_AWARD.ROUND_DATE, BADGE_AWARD.DECISION_DATE),
                        BADGE_AWARD.DECISION_NO, BADGE_AWARD.POSTHUMOUS)
                .from(BADGE_AWARD).where(BADGE_AWARD.MEMBER_ID.eq(memberId)).orderBy(BADGE_AWARD.MILESTONE_YEARS)
                .fetch(r -> new Badge(r.value1(), r.value2(), r.value3(), r.value4()));
        List<Discipline> disciplines = t.select(DISCIPLINE.DISCIPLINE_FORM, DISCIPLINE.DECISION_DATE,
                        DISCIPLINE.DECISION_NO, DISCIPLINE.ISSUER)
                .from(DISCIPLINE).where(DISCIPLINE.MEMBER_ID.eq(memberId))
                .orderBy(DISCIPLINE.DECISION_DATE, DISCIPLINE.ID)
                .fetch(r -> new Discipline(r.value1(), r.value2(), r.value3(), r.value4()));
        List<HistoryLine> lines = new ArrayList<>(t.select(MEMBERSHIP_EVENT.EVENT_TYPE, MEMBERSHIP_EVENT.EVENT_DATE,
                        MEMBERSHIP_EVENT.DECISION_NO)
                .from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.MEMBER_ID.eq(memberId), MEMBERSHIP_EVENT.EVENT_TYPE.in(HISTORY_EVENTS),
                        MEMBERSHIP_EVENT.CANCELLED_AT.isNull())
                .orderBy(MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID)
                .fetch(r -> new HistoryLine(r.value1(), r.value2(), Optional.empty(), r.value3())));
        lines.addAll(t.select(MEMBERSHIP_INTERRUPTION.REASON, MEMBERSHIP_INTERRUPTION.FROM_DATE,
                        MEMBERSHIP_INTERRUPTION.TO_DATE)
                .from(MEMBERSHIP_INTERRUPTION)
                .where(MEMBERSHIP_INTERRUPTION.MEMBER_ID.eq(memberId), MEMBERSHIP_INTERRUPTION.REASON.in(HISTORY_GAPS))
                .fetch(r -> new HistoryLine(r.value1(), r.value2(), Optional.ofNullable(r.value3()), null)));
        lines.sort(Comparator.comparing(HistoryLine::date));
        Optional<LocalDate> first = t.select(PARTY_MEMBER.FIRST_ADMISSION_DATE).from(PARTY_MEMBER)
                .where(PARTY_MEMBER.ID.eq(memberId)).fetchOptional(PARTY_MEMBER.FIRST_ADMISSION_DATE);
        return new History(commendations, badges, disciplines, first, lines);
    }

    public Optional<Data> load(DSLContext t, long memberId) {
        PartyMemberRecord m = t.selectFrom(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(memberId)).fetchOne();
        if (m == null) {
            return Optional.empty();
        }
        Optional<LocalDate> exemption = t.select(MEMBERSHIP_EVENT.EVENT_DATE).from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.MEMBER_ID.eq(memberId), MEMBERSHIP_EVENT.EVENT_TYPE.eq("EXEMPTION_START"),
                        MEMBERSHIP_EVENT.CANCELLED_AT.isNull())
                .orderBy(MEMBERSHIP_EVENT.EVENT_DATE.desc()).limit(1).fetchOptional(MEMBERSHIP_EVENT.EVENT_DATE);
        List<UnitLine> units = new ArrayList<>();
        Long unitId = m.getUnitId();
        for (int guard = 0; unitId != null && guard < 10; guard++) {
            PartyUnitRecord u = t.selectFrom(PARTY_UNIT).where(PARTY_UNIT.ID.eq(unitId)).fetchOne();
            if (u == null || u.getParentId() == null) {
                break;
            }
            units.addFirst(new UnitLine(u.getKind(), u.getName()));
            unitId = u.getParentId();
        }
        return Optional.of(new Data(m.getFullName(), m.getGender(), m.getNameInUse(), m.getAliasName(), m.getBirthDate(),
                m.getBirthDatePrecision(), m.getPlaceOfBirth(), m.getHomeTown(), m.getPermanentAddress(),
                m.getTemporaryAddress(), m.getEthnicityCode(), m.getReligionCode(),
                m.getFamilyBackground(), m.getOccupation(), m.getAdmissionCeremonyDate(), m.getAdmissionDecisionDate(),
                m.getAdmissionUnitName(), m.getSponsor1(), m.getSponsor2(), m.getFullMembershipDate(), m.getCardNumber(),
                m.getDossierNumber(), m.getRecruitmentDate(), m.getRecruitmentAgency(), m.getYouthUnionDate(),
                m.getEnlistmentDate(), m.getDischargeDate(), m.getGeneralEducation(), m.getProfessionalLevel(),
                m.getAcademicTitle(), m.getTheoryLevel(), m.getForeignLanguage(), m.getItLevel(),
                m.getHealth(), m.getWarInvalidClass(), m.getMartyrFamily(), m.getMeritoriousFamily(), m.getCccdNumber(),
                m.getStatus(), exemption, units, m.getUnitId(), events(t, memberId)));
    }

    private static List<RegisterRules.Event> events(DSLContext t, long memberId) {
        var from = PARTY_UNIT.as("from_unit");
        var to = PARTY_UNIT.as("to_unit");
        return t.select(MEMBERSHIP_EVENT.EVENT_TYPE, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.FROM_UNIT_ID,
                        MEMBERSHIP_EVENT.TO_UNIT_ID, from.NAME, to.NAME, MEMBERSHIP_EVENT.EXTERNAL_UNIT_NAME, MEMBERSHIP_EVENT.NOTE)
                .from(MEMBERSHIP_EVENT)
                .leftJoin(from).on(from.ID.eq(MEMBERSHIP_EVENT.FROM_UNIT_ID))
                .leftJoin(to).on(to.ID.eq(MEMBERSHIP_EVENT.TO_UNIT_ID))
                .where(MEMBERSHIP_EVENT.MEMBER_ID.eq(memberId)).and(MEMBERSHIP_EVENT.CANCELLED_AT.isNull())
                .orderBy(MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID)
                .fetch(r -> new RegisterRules.Event(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }
}
