package vn.dangvu.reports;

import static vn.dangvu.db.jooq.Tables.BADGE_AWARD;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import vn.dangvu.db.jooq.tables.records.MembershipEventRecord;
import vn.dangvu.db.jooq.tables.records.PartyMemberRecord;

/// Reads everything the member register (Mẫu 7-HSĐV) of a cell shows: the members who belong to it now and those
/// who moved in or out of it (a move between cells, a merge, a transfer), with their dated events and the code
/// lists' names instead of the stored codes.
public final class RegisterRepository {

    private final CodeNameRepository codes = new CodeNameRepository();

    /// A member's record fields the register prints, code-list values as names; `unitId` is the cell now.
    public record Member(long id, String fullName, String nameInUse, String alias, LocalDate birthDate,
                         String birthPrecision, String gender, String homeTown, String ethnicity, String religion,
                         String generalEducation, String theory, String professionalLevel, String foreignLanguage,
                         String occupationBeforeAdmission, String occupation, LocalDate admissionDecisionDate,
                         LocalDate fullMembershipDate, String cardNumber, String dossierNumber, boolean armyOrPolice,
                         boolean retired, Long unitId, String note) {
    }

    /// One member with the badge numbers and every event in date order ([RegisterRules.Event]).
    public record Entry(Member member, List<String> badgeNumbers, List<RegisterRules.Event> events) {
    }

    /// The members of `unitId` now or at any time (moved in or out), in name order.
    public List<Entry> entries(DSLContext t, long unitId) {
        CodeNames names = codes.load(t);
        var movedHere = t.select(MEMBERSHIP_EVENT.MEMBER_ID).from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.FROM_UNIT_ID.eq(unitId).or(MEMBERSHIP_EVENT.TO_UNIT_ID.eq(unitId)))
                .and(MEMBERSHIP_EVENT.CANCELLED_AT.isNull());
        List<PartyMemberRecord> members = t.selectFrom(PARTY_MEMBER)
                .where(PARTY_MEMBER.UNIT_ID.eq(unitId).or(PARTY_MEMBER.ID.in(movedHere)))
                .orderBy(PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.ID).fetch();
        List<Long> ids = members.stream().map(PartyMemberRecord::getId).toList();
        Map<Long, List<String>> badges = new HashMap<>();
        t.select(BADGE_AWARD.MEMBER_ID, BADGE_AWARD.MILESTONE_YEARS, BADGE_AWARD.BADGE_NUMBER).from(BADGE_AWARD)
                .where(BADGE_AWARD.MEMBER_ID.in(ids)).orderBy(BADGE_AWARD.MILESTONE_YEARS)
                .forEach(r -> badges.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(RegisterRules.badge(r.value2(), r.value3())));
        Map<Long, String> unitNames = new HashMap<>();
        t.select(PARTY_UNIT.ID, PARTY_UNIT.NAME).from(PARTY_UNIT).forEach(r -> unitNames.put(r.value1(), r.value2()));
        Map<Long, List<RegisterRules.Event>> events = new HashMap<>();
        t.selectFrom(MEMBERSHIP_EVENT).where(MEMBERSHIP_EVENT.MEMBER_ID.in(ids)).and(MEMBERSHIP_EVENT.CANCELLED_AT.isNull())
                .orderBy(MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID)
                .forEach(e -> events.computeIfAbsent(e.getMemberId(), k -> new ArrayList<>()).add(event(e, unitNames)));
        List<Entry> out = new ArrayList<>();
        for (PartyMemberRecord m : members) {
            out.add(new Entry(member(m, names), badges.getOrDefault(m.getId(), List.of()),
                    events.getOrDefault(m.getId(), List.of())));
        }
        return out;
    }

    private static RegisterRules.Event event(MembershipEventRecord e, Map<Long, String> unitNames) {
        return new RegisterRules.Event(e.getEventType(), e.getEventDate(), e.getFromUnitId(), e.getToUnitId(),
                unitNames.get(e.getFromUnitId()), unitNames.get(e.getToUnitId()), e.getExternalUnitName(), e.getNote());
    }

    private static Member member(PartyMemberRecord m, CodeNames n) {
        return new Member(m.getId(), m.getFullName(), m.getNameInUse(), m.getAliasName(), m.getBirthDate(),
                m.getBirthDatePrecision(), m.getGender(), m.getHomeTown(), n.name(CodeNames.ETHNICITY, m.getEthnicityCode()),
                n.name(CodeNames.RELIGION, m.getReligionCode()), n.name(CodeNames.GENERAL_EDUCATION, m.getGeneralEducation()),
                n.name(CodeNames.THEORY_LEVEL, m.getTheoryLevel()),
                n.name(CodeNames.PROFESSIONAL_LEVEL, m.getProfessionalLevel()), m.getForeignLanguage(),
                m.getOccupationBeforeAdmission(), m.getOccupation(), m.getAdmissionDecisionDate(), m.getFullMembershipDate(),
                m.getCardNumber(), m.getDossierNumber(), m.getIsArmyOrPolice(), m.getIsRetired(), m.getUnitId(), m.getNote());
    }
}
