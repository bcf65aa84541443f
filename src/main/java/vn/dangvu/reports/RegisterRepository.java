package vn.dangvu.reports;

import static vn.dangvu.db.jooq.Tables.BADGE_AWARD;
import static vn.dangvu.db.jooq.Tables.CODE_LIST_ITEM;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import vn.dangvu.db.jooq.tables.records.PartyMemberRecord;

/// Reads everything the member register (Mẫu 7-HSĐV) shows for the members who belong or belonged to a unit.
public final class RegisterRepository {

    /// A member's record fields the register prints.
    public record Member(String fullName, String gender, String homeTown, String generalEducation, String professionalLevel,
                         String foreignLanguage, String occupationBeforeAdmission, String occupation,
                         LocalDate admissionDecisionDate, LocalDate fullMembershipDate, String cardNumber,
                         String dossierNumber, boolean armyOrPolice, boolean retired, String note) {
    }

    /// One member with the code-list names resolved and the dated events the register has columns for.
    public record Entry(Member member, String ethnicity, String religion, String theory, List<String> badgeNumbers,
                        Map<String, LocalDate> eventDates, Map<String, String> eventNotes) {
    }

    public List<Entry> entries(DSLContext t, long unitId) {
        Map<String, String> names = new HashMap<>();
        t.selectFrom(CODE_LIST_ITEM).forEach(r -> names.put(r.getListKind() + ":" + r.getCode(), r.getName()));
        List<PartyMemberRecord> members = t.selectFrom(PARTY_MEMBER).where(PARTY_MEMBER.UNIT_ID.eq(unitId))
                .orderBy(PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.ID).fetch();
        List<Long> ids = members.stream().map(PartyMemberRecord::getId).toList();
        Map<Long, List<String>> badges = new HashMap<>();
        t.select(BADGE_AWARD.MEMBER_ID, BADGE_AWARD.MILESTONE_YEARS, BADGE_AWARD.BADGE_NUMBER).from(BADGE_AWARD)
                .where(BADGE_AWARD.MEMBER_ID.in(ids)).orderBy(BADGE_AWARD.MILESTONE_YEARS)
                .forEach(r -> badges.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(r.value2() + " năm" + (r.value3() == null ? "" : ": " + r.value3())));
        Map<Long, Map<String, LocalDate>> dates = new HashMap<>();
        Map<Long, Map<String, String>> notes = new HashMap<>();
        t.selectFrom(MEMBERSHIP_EVENT).where(MEMBERSHIP_EVENT.MEMBER_ID.in(ids)).orderBy(MEMBERSHIP_EVENT.EVENT_DATE)
                .forEach(e -> {
                    dates.computeIfAbsent(e.getMemberId(), k -> new HashMap<>()).put(e.getEventType(), e.getEventDate());
                    if (e.getNote() != null) {
                        notes.computeIfAbsent(e.getMemberId(), k -> new HashMap<>()).put(e.getEventType(), e.getNote());
                    }
                });
        List<Entry> out = new ArrayList<>();
        for (PartyMemberRecord m : members) {
            out.add(new Entry(member(m), names.getOrDefault("ETHNICITY:" + m.getEthnicityCode(), ""),
                    names.getOrDefault("RELIGION:" + m.getReligionCode(), ""),
                    names.getOrDefault("THEORY_LEVEL:" + m.getTheoryLevel(), ""), badges.getOrDefault(m.getId(), List.of()),
                    dates.getOrDefault(m.getId(), Map.of()), notes.getOrDefault(m.getId(), Map.of())));
        }
        return out;
    }

    private static Member member(PartyMemberRecord m) {
        return new Member(m.getFullName(), m.getGender(), m.getHomeTown(), m.getGeneralEducation(), m.getProfessionalLevel(),
                m.getForeignLanguage(), m.getOccupationBeforeAdmission(), m.getOccupation(), m.getAdmissionDecisionDate(),
                m.getFullMembershipDate(), m.getCardNumber(), m.getDossierNumber(), m.getIsArmyOrPolice(), m.getIsRetired(),
                m.getNote());
    }
}
