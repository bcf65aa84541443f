package vn.dangvu.members;

import static vn.dangvu.db.jooq.Tables.BADGE_AWARD;
import static vn.dangvu.db.jooq.Tables.BADGE_DISCIPLINE_HOLD;
import static vn.dangvu.db.jooq.Tables.BADGE_HISTORY_UNKNOWN;
import static vn.dangvu.db.jooq.Tables.DISCIPLINE;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_INTERRUPTION;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;
import static vn.dangvu.db.jooq.Tables.RULE_SET;
import static vn.dangvu.db.jooq.Tables.WORKING_YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;

import vn.dangvu.db.BatchRows;
import vn.dangvu.db.jooq.tables.records.BadgeAwardRecord;
import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;

/// Reads what the badge rule needs for every member who could be due; the only writer of badge_award and
/// badge_history_unknown.
public final class BadgeRepository {

    private static final Field<?>[] AWARD = {BADGE_AWARD.MEMBER_ID, BADGE_AWARD.MILESTONE_YEARS, BADGE_AWARD.ROUND_DATE,
        BADGE_AWARD.DECISION_NO, BADGE_AWARD.DECISION_DATE, BADGE_AWARD.ISSUER, BADGE_AWARD.BADGE_NUMBER,
        BADGE_AWARD.AWARDED_DATE, BADGE_AWARD.EARLY, BADGE_AWARD.POSTHUMOUS, BADGE_AWARD.CEREMONY_PLACE, BADGE_AWARD.CASH_AMOUNT};

    /// Inserts presented badges in one jOOQ batch; returns how many.
    public int insertAwards(DSLContext t, List<BadgeAward> awards) {
        return BatchRows.insert(t, t.insertInto(BADGE_AWARD, AWARD).values(new Object[AWARD.length]),
                awards.stream().map(a -> {
                    BadgeAwardRecord r = new BadgeAwardRecord();
                    r.setMemberId(a.memberId());
                    r.setMilestoneYears(a.milestoneYears());
                    r.setRoundDate(a.roundDate());
                    r.setDecisionNo(a.decisionNo());
                    r.setDecisionDate(a.decisionDate());
                    r.setIssuer(a.issuer());
                    r.setBadgeNumber(a.badgeNumber());
                    r.setAwardedDate(a.awardedDate());
                    r.setEarly(a.early());
                    r.setPosthumous(a.posthumous());
                    r.setCeremonyPlace(a.ceremonyPlace());
                    r.setCashAmount(a.cashAmount());
                    return r;
                }).toList(), AWARD);
    }

    /// Marks members whose badges already awarded are not known (imported from a list without badge columns).
    public int insertUnknown(DSLContext t, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return 0;
        }
        var insert = t.insertInto(BADGE_HISTORY_UNKNOWN, BADGE_HISTORY_UNKNOWN.MEMBER_ID).values((Long) null);
        return BatchRows.insert(t, insert, memberIds.stream().map(id -> {
            var r = t.newRecord(BADGE_HISTORY_UNKNOWN);
            r.setMemberId(id);
            return r;
        }).toList(), new Field<?>[] {BADGE_HISTORY_UNKNOWN.MEMBER_ID});
    }

    /// Their badge history is known now.
    public int deleteUnknown(DSLContext t, Collection<Long> memberIds) {
        return memberIds.isEmpty() ? 0 : t.deleteFrom(BADGE_HISTORY_UNKNOWN).where(BADGE_HISTORY_UNKNOWN.MEMBER_ID.in(memberIds)).execute();
    }

    public Set<Long> unknown(DSLContext t) {
        return new HashSet<>(t.select(BADGE_HISTORY_UNKNOWN.MEMBER_ID).from(BADGE_HISTORY_UNKNOWN).fetch(BADGE_HISTORY_UNKNOWN.MEMBER_ID));
    }

    /// The milestones already awarded to these members.
    public Map<Long, Set<Integer>> awarded(DSLContext t, Collection<Long> memberIds) {
        Map<Long, Set<Integer>> out = new HashMap<>();
        if (memberIds.isEmpty()) {
            return out;
        }
        t.select(BADGE_AWARD.MEMBER_ID, BADGE_AWARD.MILESTONE_YEARS).from(BADGE_AWARD).where(BADGE_AWARD.MEMBER_ID.in(memberIds))
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return out;
    }

    /// A member as the badge list shows it, with the rule's input.
    public record Loaded(BadgeRules.Candidate candidate, String fullName, LocalDate birthDate, String unitName,
                         Optional<LocalDate> fullMembershipDate, String sortKey) {
    }

    public List<Loaded> candidates(DSLContext t) {
        Map<Long, List<PartyAge.Interruption>> gaps = new HashMap<>();
        t.selectFrom(MEMBERSHIP_INTERRUPTION).forEach(r -> gaps.computeIfAbsent(r.getMemberId(), k -> new ArrayList<>())
                .add(new PartyAge.Interruption(r.getFromDate(), Optional.ofNullable(r.getToDate()))));
        Map<Long, Set<Integer>> awarded = new HashMap<>();
        t.select(BADGE_AWARD.MEMBER_ID, BADGE_AWARD.MILESTONE_YEARS).from(BADGE_AWARD)
                .forEach(r -> awarded.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        Map<Long, List<BadgeRules.Discipline>> disciplines = new HashMap<>();
        t.select(DISCIPLINE.MEMBER_ID, DISCIPLINE.DISCIPLINE_FORM, DISCIPLINE.DECISION_DATE).from(DISCIPLINE)
                .where(DISCIPLINE.MEMBER_ID.isNotNull()).and(DISCIPLINE.ANNULLED_BY_EVENT_ID.isNull())
                .forEach(r -> form(r.value2()).ifPresent(f -> disciplines.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new BadgeRules.Discipline(f, r.value3()))));
        Map<Long, LocalDate> deaths = new HashMap<>();
        t.select(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_DATE).from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.EVENT_TYPE.eq(EventType.DEATH.name())).and(MEMBERSHIP_EVENT.CANCELLED_AT.isNull())
                .forEach(r -> deaths.put(r.value1(), r.value2()));
        List<Loaded> out = new ArrayList<>();
        t.select(PARTY_MEMBER.ID, PARTY_MEMBER.STATUS, PARTY_MEMBER.ADMISSION_DECISION_DATE, PARTY_MEMBER.FIRST_ADMISSION_DATE,
                        PARTY_MEMBER.SERIOUSLY_ILL, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.BIRTH_DATE, PARTY_UNIT.NAME,
                        PARTY_MEMBER.FULL_MEMBERSHIP_DATE, PARTY_MEMBER.SORT_KEY)
                .from(PARTY_MEMBER).leftJoin(PARTY_UNIT).on(PARTY_UNIT.ID.eq(PARTY_MEMBER.UNIT_ID))
                .where(PARTY_MEMBER.STATUS.in(MemberStatus.OFFICIAL.name(), MemberStatus.EXEMPT_WORK_MEETINGS.name(),
                        MemberStatus.TEMPORARILY_AWAY.name(), MemberStatus.DECEASED.name()))
                .and(PARTY_MEMBER.ADMISSION_DECISION_DATE.isNotNull())
                .forEach(r -> {
                    long id = r.value1();
                    LocalDate admitted = r.value4() != null ? r.value4() : r.value3();
                    BadgeRules.Candidate c = new BadgeRules.Candidate(id, MemberStatus.valueOf(r.value2()), admitted,
                            gaps.getOrDefault(id, List.of()), awarded.getOrDefault(id, Set.of()), Boolean.TRUE.equals(r.value5()),
                            Optional.ofNullable(deaths.get(id)), disciplines.getOrDefault(id, List.of()));
                    out.add(new Loaded(c, r.value6(), r.value7(), r.value8(), Optional.ofNullable(r.value9()), r.value10()));
                });
        return out;
    }

    /// The rule set whose badge holds apply in `year`: the working year's own, else the one in force that year, else
    /// the newest.
    public Optional<String> ruleSetFor(DSLContext t, int year) {
        return t.select(WORKING_YEAR.RULE_SET_CODE).from(WORKING_YEAR).where(WORKING_YEAR.WORK_YEAR.eq(year))
                .fetchOptional(WORKING_YEAR.RULE_SET_CODE)
                .or(() -> t.select(RULE_SET.CODE).from(RULE_SET).where(RULE_SET.EFFECTIVE_FROM_YEAR.le(year))
                        .and(RULE_SET.EFFECTIVE_TO_YEAR.isNull().or(RULE_SET.EFFECTIVE_TO_YEAR.ge(year)))
                        .orderBy(RULE_SET.EFFECTIVE_FROM_YEAR.desc()).limit(1).fetchOptional(RULE_SET.CODE))
                .or(() -> t.select(RULE_SET.CODE).from(RULE_SET).orderBy(RULE_SET.EFFECTIVE_FROM_YEAR.desc()).limit(1)
                        .fetchOptional(RULE_SET.CODE));
    }

    /// The discipline hold periods of a rule set (badge_discipline_hold): a null month count holds while the
    /// discipline stands.
    public Map<BadgeRules.DisciplineForm, Integer> holds(DSLContext t, String ruleSet) {
        Map<BadgeRules.DisciplineForm, Integer> out = new EnumMap<>(BadgeRules.DisciplineForm.class);
        t.select(BADGE_DISCIPLINE_HOLD.DISCIPLINE_FORM, BADGE_DISCIPLINE_HOLD.HOLD_MONTHS).from(BADGE_DISCIPLINE_HOLD)
                .where(BADGE_DISCIPLINE_HOLD.RULE_SET_CODE.eq(ruleSet))
                .forEach(r -> form(r.value1()).ifPresent(f -> out.put(f, r.value2())));
        return out;
    }

    /// Sets (or adds) the hold of one discipline form in a rule set; null months: while the discipline stands.
    public void setHold(DSLContext t, String ruleSet, BadgeRules.DisciplineForm form, Integer months, String source) {
        int n = t.update(BADGE_DISCIPLINE_HOLD).set(BADGE_DISCIPLINE_HOLD.HOLD_MONTHS, months)
                .set(BADGE_DISCIPLINE_HOLD.SOURCE, source)
                .where(BADGE_DISCIPLINE_HOLD.RULE_SET_CODE.eq(ruleSet)).and(BADGE_DISCIPLINE_HOLD.DISCIPLINE_FORM.eq(form.name()))
                .execute();
        if (n == 0) {
            t.insertInto(BADGE_DISCIPLINE_HOLD).set(BADGE_DISCIPLINE_HOLD.RULE_SET_CODE, ruleSet)
                    .set(BADGE_DISCIPLINE_HOLD.DISCIPLINE_FORM, form.name()).set(BADGE_DISCIPLINE_HOLD.HOLD_MONTHS, months)
                    .set(BADGE_DISCIPLINE_HOLD.SOURCE, source).execute();
        }
    }

    public boolean ruleSetExists(DSLContext t, String code) {
        return t.fetchExists(RULE_SET, RULE_SET.CODE.eq(code));
    }

    private static Optional<BadgeRules.DisciplineForm> form(String s) {
        try {
            return Optional.of(BadgeRules.DisciplineForm.valueOf(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
