package vn.dangvu.reports;

import static vn.dangvu.db.jooq.Tables.CODE_LIST_ITEM;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import vn.dangvu.db.jooq.tables.records.PartyMemberRecord;
import vn.dangvu.db.jooq.tables.records.PartyUnitRecord;

/// Reads one member's record fields for the Phiếu đảng viên, with code names and the unit chain resolved.
public final class MemberSheetRepository {

    /// The record fields the sheet prints (code-list values already as names).
    public record Data(String fullName, String gender, String nameInUse, String alias, LocalDate birthDate,
                       String birthPrecision, String placeOfBirth, String homeTown, String permanentAddress,
                       String temporaryAddress, String ethnicity, String religion, String familyBackground, String occupation,
                       LocalDate admissionCeremony, LocalDate admissionDecision, String admissionUnit, String sponsor1,
                       String sponsor2, LocalDate fullMembership, String cardNumber, String dossierNumber,
                       LocalDate recruitmentDate, String recruitmentAgency, LocalDate youthUnionDate, LocalDate enlistmentDate,
                       LocalDate dischargeDate, String generalEducation, String professionalLevel, String academicTitle,
                       String theory, String foreignLanguage, String itLevel, String health, String warInvalidClass,
                       boolean martyrFamily, boolean meritoriousFamily, String cccd, String status,
                       Optional<LocalDate> exemptionStart, List<UnitLine> units) {
    }

    /// A unit on the way from the member's cell up to (not including) the commune root: kind and name.
    public record UnitLine(String kind, String name) {
    }

    public Optional<Data> load(DSLContext t, long memberId) {
        PartyMemberRecord m = t.selectFrom(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(memberId)).fetchOne();
        if (m == null) {
            return Optional.empty();
        }
        Optional<LocalDate> exemption = t.select(MEMBERSHIP_EVENT.EVENT_DATE).from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.MEMBER_ID.eq(memberId), MEMBERSHIP_EVENT.EVENT_TYPE.eq("EXEMPTION_START"))
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
                m.getTemporaryAddress(), code(t, "ETHNICITY", m.getEthnicityCode()), code(t, "RELIGION", m.getReligionCode()),
                m.getFamilyBackground(), m.getOccupation(), m.getAdmissionCeremonyDate(), m.getAdmissionDecisionDate(),
                m.getAdmissionUnitName(), m.getSponsor1(), m.getSponsor2(), m.getFullMembershipDate(), m.getCardNumber(),
                m.getDossierNumber(), m.getRecruitmentDate(), m.getRecruitmentAgency(), m.getYouthUnionDate(),
                m.getEnlistmentDate(), m.getDischargeDate(), m.getGeneralEducation(), m.getProfessionalLevel(),
                m.getAcademicTitle(), code(t, "THEORY_LEVEL", m.getTheoryLevel()), m.getForeignLanguage(), m.getItLevel(),
                m.getHealth(), m.getWarInvalidClass(), m.getMartyrFamily(), m.getMeritoriousFamily(), m.getCccdNumber(),
                m.getStatus(), exemption, units));
    }

    private static String code(DSLContext t, String kind, String code) {
        if (code == null) {
            return null;
        }
        return t.select(CODE_LIST_ITEM.NAME).from(CODE_LIST_ITEM)
                .where(CODE_LIST_ITEM.LIST_KIND.eq(kind), CODE_LIST_ITEM.CODE.eq(code))
                .fetchOptional(CODE_LIST_ITEM.NAME).orElse(code);
    }
}
