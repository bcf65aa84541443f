package vn.dangvu.rating;

import static vn.dangvu.db.jooq.Tables.DISCIPLINE;
import static vn.dangvu.db.jooq.Tables.EVALUATION;
import static vn.dangvu.db.jooq.Tables.EVALUATION_QUOTA;
import static vn.dangvu.db.jooq.Tables.LEADERSHIP_ASSIGNMENT;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;
import static vn.dangvu.db.jooq.Tables.RATING_YEAR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.dangvu.db.BatchRows;
import vn.dangvu.db.jooq.tables.records.EvaluationRecord;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.units.UnitRules;

/// The only writer of evaluation, evaluation_quota and rating_year; reads what the rating needs of members, their
/// events, disciplines and leadership posts (written by other features).
public final class RatingRepository {

    static final String PERIOD = "YEAR";

    /// A year's rating: the day it is held and the organisations' decision, when issued.
    public record YearRow(LocalDate ratingDate, Optional<Long> decisionId, Optional<LocalDate> decisionDate) {
    }

    /// Members rated in a cell at a level (no level: not yet decided), or not rated for a reason.
    public record Aggregate(long cellId, Optional<Level> level, Optional<ExemptionReason> exemption, int count) {
    }

    // ---- rating_year

    public Optional<YearRow> year(DSLContext t, int year) {
        return t.selectFrom(RATING_YEAR).where(RATING_YEAR.WORK_YEAR.eq(year)).fetchOptional(r -> new YearRow(r.getRatingDate(),
                Optional.ofNullable(r.getUnitDecisionId()), Optional.ofNullable(r.getUnitDecisionDate())));
    }

    public void setRatingDate(DSLContext t, int year, LocalDate date, LocalDateTime now) {
        if (t.fetchExists(RATING_YEAR, RATING_YEAR.WORK_YEAR.eq(year))) {
            t.update(RATING_YEAR).set(RATING_YEAR.RATING_DATE, date).set(RATING_YEAR.UPDATED_AT, now)
                    .where(RATING_YEAR.WORK_YEAR.eq(year)).execute();
        } else {
            t.insertInto(RATING_YEAR).set(RATING_YEAR.WORK_YEAR, year).set(RATING_YEAR.RATING_DATE, date)
                    .set(RATING_YEAR.UPDATED_AT, now).execute();
        }
    }

    /// The organisations' decision: on the year and on every organisation's decided evaluation.
    public void setUnitDecision(DSLContext t, int year, long documentId, String number, LocalDate date, LocalDateTime now) {
        t.update(RATING_YEAR).set(RATING_YEAR.UNIT_DECISION_ID, documentId).set(RATING_YEAR.UNIT_DECISION_DATE, date)
                .set(RATING_YEAR.UPDATED_AT, now).where(RATING_YEAR.WORK_YEAR.eq(year)).execute();
        t.update(EVALUATION).set(EVALUATION.DECISION_NUMBER_ID, documentId).set(EVALUATION.DECISION_NO, number)
                .set(EVALUATION.DECISION_DATE, date)
                .where(EVALUATION.WORK_YEAR.eq(year)).and(EVALUATION.SUBJECT_TYPE.eq(Subject.Kind.UNIT.name()))
                .and(EVALUATION.FINAL_LEVEL.isNotNull()).execute();
    }

    // ---- what other features wrote

    /// Members with their events after `after` (in date order), in Vietnamese name order; only those who may be in
    /// `cell` on a day after `after` when a cell is given (there now, or moved from or to it since), only `ids` when
    /// given.
    List<MemberFacts> members(DSLContext t, LocalDate after, Optional<Long> cell, Optional<Collection<Long>> ids) {
        Condition eventsWhere = MEMBERSHIP_EVENT.EVENT_DATE.gt(after);
        Condition memberWhere = ids.map(PARTY_MEMBER.ID::in).orElse(DSL.trueCondition());
        if (ids.isPresent()) {
            eventsWhere = eventsWhere.and(MEMBERSHIP_EVENT.MEMBER_ID.in(ids.get()));
        }
        if (cell.isPresent()) {
            long c = cell.get();
            Condition touches = MEMBERSHIP_EVENT.FROM_UNIT_ID.eq(c).or(MEMBERSHIP_EVENT.TO_UNIT_ID.eq(c));
            memberWhere = memberWhere.and(PARTY_MEMBER.UNIT_ID.eq(c).or(PARTY_MEMBER.ID.in(
                    DSL.select(MEMBERSHIP_EVENT.MEMBER_ID).from(MEMBERSHIP_EVENT).where(eventsWhere).and(touches))));
        }
        Map<Long, List<MemberFacts.Change>> later = new HashMap<>();
        t.select(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.STATUS_BEFORE,
                        MEMBERSHIP_EVENT.STATUS_AFTER, MEMBERSHIP_EVENT.FROM_UNIT_ID, MEMBERSHIP_EVENT.TO_UNIT_ID)
                .from(MEMBERSHIP_EVENT).where(eventsWhere)
                .orderBy(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID)
                .forEach(r -> later.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new MemberFacts.Change(r.value2(),
                        Optional.ofNullable(r.value3()).map(MemberStatus::valueOf), MemberStatus.valueOf(r.value4()),
                        Optional.ofNullable(r.value5()), Optional.ofNullable(r.value6()))));
        return t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.BIRTH_DATE, PARTY_MEMBER.CARD_NUMBER,
                        PARTY_MEMBER.UNIT_ID, PARTY_MEMBER.STATUS, PARTY_MEMBER.ADMISSION_DECISION_DATE)
                .from(PARTY_MEMBER).where(memberWhere).orderBy(PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.ID)
                .fetch(r -> new MemberFacts(r.value1(), r.value2(), Optional.ofNullable(r.value3()),
                        r.value4() == null ? "" : r.value4(), r.value5(), MemberStatus.valueOf(r.value6()),
                        Optional.ofNullable(r.value7()), later.getOrDefault(r.value1(), List.of())));
    }

    /// Disciplines decided in the year, of members and of organisations.
    List<DisciplineFact> disciplines(DSLContext t, int year) {
        return t.select(DISCIPLINE.MEMBER_ID, DISCIPLINE.UNIT_ID, DISCIPLINE.DISCIPLINE_FORM, DISCIPLINE.DECISION_DATE,
                        DISCIPLINE.DECISION_NO).from(DISCIPLINE)
                .where(DISCIPLINE.DECISION_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .orderBy(DISCIPLINE.DECISION_DATE, DISCIPLINE.ID)
                .fetch(r -> new DisciplineFact(Optional.ofNullable(r.value1()), Optional.ofNullable(r.value2()), r.value3(),
                        r.value4(), Optional.ofNullable(r.value5())));
    }

    /// Leadership posts held on `day`.
    List<LeaderFact> leaders(DSLContext t, LocalDate day) {
        return t.select(LEADERSHIP_ASSIGNMENT.MEMBER_ID, LEADERSHIP_ASSIGNMENT.UNIT_ID, PARTY_UNIT.NAME,
                        LEADERSHIP_ASSIGNMENT.LEADER_ROLE)
                .from(LEADERSHIP_ASSIGNMENT).join(PARTY_UNIT).on(PARTY_UNIT.ID.eq(LEADERSHIP_ASSIGNMENT.UNIT_ID))
                .where(LEADERSHIP_ASSIGNMENT.FROM_DATE.le(day))
                .and(LEADERSHIP_ASSIGNMENT.TO_DATE.isNull().or(LEADERSHIP_ASSIGNMENT.TO_DATE.ge(day)))
                .orderBy(LEADERSHIP_ASSIGNMENT.MEMBER_ID, LEADERSHIP_ASSIGNMENT.ID)
                .fetch(r -> new LeaderFact(r.value1(), r.value2(), r.value3(), roleKey(r.value4())));
    }

    private static String roleKey(String role) {
        try {
            return UnitRules.LeaderRole.valueOf(role).i18nKey();
        } catch (IllegalArgumentException e) {
            return UnitRules.LeaderRole.CELL_COMMITTEE_MEMBER.i18nKey();
        }
    }

    // ---- evaluation

    public List<Evaluation> evaluations(DSLContext t, int year, Subject.Kind kind) {
        return t.selectFrom(EVALUATION).where(EVALUATION.WORK_YEAR.eq(year)).and(EVALUATION.RATING_PERIOD.eq(PERIOD))
                .and(EVALUATION.SUBJECT_TYPE.eq(kind.name())).orderBy(EVALUATION.ID).fetch(RatingRepository::toEvaluation);
    }

    /// The members' evaluations of a year for the given members.
    public List<Evaluation> ofMembers(DSLContext t, int year, Collection<Long> memberIds) {
        return t.selectFrom(EVALUATION).where(EVALUATION.WORK_YEAR.eq(year)).and(EVALUATION.RATING_PERIOD.eq(PERIOD))
                .and(EVALUATION.MEMBER_ID.in(memberIds)).fetch(RatingRepository::toEvaluation);
    }

    /// Evaluations of members not rated, stored for a cell.
    public List<Evaluation> exemptIn(DSLContext t, int year, long cell) {
        return t.selectFrom(EVALUATION).where(EVALUATION.WORK_YEAR.eq(year)).and(EVALUATION.RATING_PERIOD.eq(PERIOD))
                .and(EVALUATION.SUBJECT_TYPE.eq(Subject.Kind.MEMBER.name())).and(EVALUATION.UNIT_ID_AT_RATING.eq(cell))
                .and(EVALUATION.EXEMPT.isTrue()).fetch(RatingRepository::toEvaluation);
    }

    public Optional<Evaluation> find(DSLContext t, int year, Subject s) {
        return t.selectFrom(EVALUATION).where(EVALUATION.WORK_YEAR.eq(year)).and(EVALUATION.RATING_PERIOD.eq(PERIOD))
                .and(s.isMember() ? EVALUATION.MEMBER_ID.eq(s.id()) : EVALUATION.UNIT_ID.eq(s.id()))
                .fetchOptional(RatingRepository::toEvaluation);
    }

    public long insert(DSLContext t, Evaluation e, LocalDateTime now) {
        EvaluationRecord r = t.newRecord(EVALUATION);
        r.setWorkYear(e.year());
        r.setRatingPeriod(PERIOD);
        r.setSubjectType(e.subject().kind().name());
        r.setMemberId(e.subject().isMember() ? e.subject().id() : null);
        r.setUnitId(e.subject().isMember() ? null : e.subject().id());
        r.setCreatedAt(now);
        fill(r, e, now);
        r.insert();
        return r.getId();
    }

    private static final Field<?>[] BULK_COLS = {EVALUATION.WORK_YEAR, EVALUATION.RATING_PERIOD, EVALUATION.SUBJECT_TYPE,
        EVALUATION.MEMBER_ID, EVALUATION.UNIT_ID, EVALUATION.UNIT_ID_AT_RATING, EVALUATION.RULE_SET_CODE, EVALUATION.EXEMPT,
        EVALUATION.EXEMPT_REASON, EVALUATION.SELF_LEVEL, EVALUATION.SELF_SCORE, EVALUATION.CELL_PROPOSAL_LEVEL,
        EVALUATION.CELL_PROPOSAL_SCORE, EVALUATION.FINAL_LEVEL, EVALUATION.FINAL_SCORE, EVALUATION.REASON,
        EVALUATION.AUTO_DOWNGRADE_REASONS, EVALUATION.QUOTA_OVERRIDE, EVALUATION.DECISION_DATE, EVALUATION.CREATED_AT};

    /// Inserts evaluations as given (a bulk load: the demo's history) as one JDBC batch, without `updated_at` (never
    /// changed since; the same seed gives the same rows); returns the rows sent.
    public int insertAll(DSLContext t, List<Evaluation> rows, LocalDateTime now) {
        return BatchRows.insert(t, t.insertInto(EVALUATION, BULK_COLS).values(new Object[BULK_COLS.length]), rows.stream().map(e -> {
            EvaluationRecord r = new EvaluationRecord();
            r.setWorkYear(e.year());
            r.setRatingPeriod(PERIOD);
            r.setSubjectType(e.subject().kind().name());
            r.setMemberId(e.subject().isMember() ? e.subject().id() : null);
            r.setUnitId(e.subject().isMember() ? null : e.subject().id());
            r.setCreatedAt(now);
            fill(r, e, now);
            r.setDecisionDate(e.decisionDate().orElse(null));
            return r;
        }).toList(), BULK_COLS);
    }

    public void update(DSLContext t, long id, Evaluation e, LocalDateTime now) {
        EvaluationRecord r = t.fetchSingle(EVALUATION, EVALUATION.ID.eq(id));
        fill(r, e, now);
        r.update();
    }

    public void delete(DSLContext t, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            t.deleteFrom(EVALUATION).where(EVALUATION.ID.in(ids)).execute();
        }
    }

    private static void fill(EvaluationRecord r, Evaluation e, LocalDateTime now) {
        r.setUnitIdAtRating(e.ratedIn());
        r.setRuleSetCode(e.ruleSetCode());
        r.setExempt(e.exemption().isPresent());
        r.setExemptReason(e.exemption().map(Enum::name).orElse(null));
        r.setSelfLevel(level(e.self()));
        r.setSelfScore(e.self().score().orElse(null));
        r.setCellProposalLevel(level(e.proposal()));
        r.setCellProposalScore(e.proposal().score().orElse(null));
        r.setFinalLevel(level(e.decision()));
        r.setFinalScore(e.decision().score().orElse(null));
        r.setReason(e.reason().isBlank() ? null : e.reason());
        r.setAutoDowngradeReasons(e.automatic().isEmpty() ? null : RuleSetRepository.codes(e.automatic()));
        r.setQuotaOverride(e.overQuota());
        r.setUpdatedAt(now);
    }

    private static String level(Grade g) {
        return g.level().map(Enum::name).orElse(null);
    }

    static Evaluation toEvaluation(EvaluationRecord r) {
        boolean member = Subject.Kind.MEMBER.name().equals(r.getSubjectType());
        Subject s = member ? Subject.member(r.getMemberId()) : Subject.unit(r.getUnitId());
        return new Evaluation(r.getId(), r.getWorkYear(), s, r.getUnitIdAtRating() == null ? 0 : r.getUnitIdAtRating(),
                r.getRuleSetCode(), Optional.ofNullable(r.getExemptReason()).flatMap(RatingRepository::exemption),
                grade(r.getSelfLevel(), r.getSelfScore()), grade(r.getCellProposalLevel(), r.getCellProposalScore()),
                grade(r.getFinalLevel(), r.getFinalScore()), r.getReason() == null ? "" : r.getReason(),
                RuleSetRepository.parse(r.getAutoDowngradeReasons(), AutoCondition.class), Boolean.TRUE.equals(r.getQuotaOverride()),
                Optional.ofNullable(r.getDecisionNo()), Optional.ofNullable(r.getDecisionDate()));
    }

    private static Grade grade(String level, BigDecimal score) {
        return new Grade(Optional.ofNullable(level).flatMap(RatingRepository::levelCode), Optional.ofNullable(score));
    }

    private static Optional<Level> levelCode(String s) {
        return RuleSetRepository.parse(s, Level.class).stream().findFirst();
    }

    private static Optional<ExemptionReason> exemption(String s) {
        return Optional.of(RuleSetRepository.parse(s, ExemptionReason.class).stream().findFirst()
                .orElse(ExemptionReason.EXEMPT_WORK_MEETINGS));
    }

    /// The decided levels in a quota scope: of members rated in the given cells, or of the given organisations.
    public LevelCounts counts(DSLContext t, int year, Subject.Kind kind, Collection<Long> scope) {
        LevelCounts c = LevelCounts.ZERO;
        for (Record r : t.select(EVALUATION.FINAL_LEVEL, DSL.count()).from(EVALUATION)
                .where(EVALUATION.WORK_YEAR.eq(year)).and(EVALUATION.RATING_PERIOD.eq(PERIOD))
                .and(EVALUATION.SUBJECT_TYPE.eq(kind.name()))
                .and(kind == Subject.Kind.MEMBER ? EVALUATION.UNIT_ID_AT_RATING.in(scope) : EVALUATION.UNIT_ID.in(scope))
                .and(EVALUATION.FINAL_LEVEL.isNotNull()).groupBy(EVALUATION.FINAL_LEVEL).fetch()) {
            c = c.add(levelCode(r.get(EVALUATION.FINAL_LEVEL)), r.get(1, Integer.class));
        }
        return c;
    }

    /// The members' evaluations of a year counted by cell, decided level and exemption: the commune summary's
    /// one query.
    public List<Aggregate> aggregate(DSLContext t, int year) {
        return t.select(EVALUATION.UNIT_ID_AT_RATING, EVALUATION.FINAL_LEVEL, EVALUATION.EXEMPT_REASON, DSL.count())
                .from(EVALUATION).where(EVALUATION.WORK_YEAR.eq(year)).and(EVALUATION.RATING_PERIOD.eq(PERIOD))
                .and(EVALUATION.SUBJECT_TYPE.eq(Subject.Kind.MEMBER.name()))
                .groupBy(EVALUATION.UNIT_ID_AT_RATING, EVALUATION.FINAL_LEVEL, EVALUATION.EXEMPT_REASON)
                .fetch(r -> new Aggregate(r.value1() == null ? 0 : r.value1(), levelCode(r.value2()),
                        r.value3() == null ? Optional.empty() : exemption(r.value3()), r.value4()));
    }

    // ---- evaluation_quota

    /// The justifications written for scopes over the quota, by scope unit.
    public Map<Long, String> justifications(DSLContext t, int year, Subject.Kind kind) {
        Map<Long, String> out = new HashMap<>();
        t.select(EVALUATION_QUOTA.SCOPE_UNIT_ID, EVALUATION_QUOTA.JUSTIFICATION).from(EVALUATION_QUOTA)
                .where(EVALUATION_QUOTA.WORK_YEAR.eq(year)).and(EVALUATION_QUOTA.SUBJECT_TYPE.eq(kind.name()))
                .and(EVALUATION_QUOTA.JUSTIFICATION.isNotNull())
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /// Records the quota of a scope as the rule set gave it, with the counts and the justification of going over.
    public void saveQuota(DSLContext t, int year, Subject.Kind kind, long scope, RuleSet rs, LevelCounts counts, int allowed,
                          String justification, LocalDateTime now) {
        Condition where = EVALUATION_QUOTA.WORK_YEAR.eq(year).and(EVALUATION_QUOTA.SUBJECT_TYPE.eq(kind.name()))
                .and(EVALUATION_QUOTA.SCOPE_UNIT_ID.eq(scope));
        Optional<Long> id = t.select(EVALUATION_QUOTA.ID).from(EVALUATION_QUOTA).where(where).fetchOptional(EVALUATION_QUOTA.ID);
        var r = id.isPresent() ? t.fetchSingle(EVALUATION_QUOTA, EVALUATION_QUOTA.ID.eq(id.get())) : t.newRecord(EVALUATION_QUOTA);
        r.setWorkYear(year);
        r.setSubjectType(kind.name());
        r.setScopeUnitId(scope);
        r.setRuleSetCode(rs.code());
        r.setExcellentQuotaPct(rs.quotaPercent().orElse(BigDecimal.ZERO));
        r.setQuotaBasis(rs.quotaBasis());
        r.setQuotaMode(rs.quotaMode().name());
        r.setExcellentCount(counts.excellent());
        r.setGoodCount(counts.good());
        r.setAllowedCount(allowed);
        r.setJustification(justification);
        r.setUpdatedAt(now);
        r.store();
    }

    // ---- history

    /// Members whose decided level was `level` in both years, with the cell of the later year.
    public List<Long> sameLevelBothYears(DSLContext t, int year, Level level) {
        var earlier = EVALUATION.as("earlier");
        return t.select(EVALUATION.MEMBER_ID).from(EVALUATION).join(earlier)
                .on(earlier.MEMBER_ID.eq(EVALUATION.MEMBER_ID).and(earlier.WORK_YEAR.eq(year - 1))
                        .and(earlier.RATING_PERIOD.eq(PERIOD)).and(earlier.FINAL_LEVEL.eq(level.name())))
                .where(EVALUATION.WORK_YEAR.eq(year)).and(EVALUATION.RATING_PERIOD.eq(PERIOD))
                .and(EVALUATION.FINAL_LEVEL.eq(level.name())).and(EVALUATION.SUBJECT_TYPE.eq(Subject.Kind.MEMBER.name()))
                .orderBy(EVALUATION.MEMBER_ID).fetch(EVALUATION.MEMBER_ID);
    }

    /// Decided levels of a subject kind in the years from `from` to `to`: subject id → year → level.
    public Map<Long, Map<Integer, Level>> levels(DSLContext t, int from, int to, Subject.Kind kind) {
        Map<Long, Map<Integer, Level>> out = new HashMap<>();
        var id = kind == Subject.Kind.MEMBER ? EVALUATION.MEMBER_ID : EVALUATION.UNIT_ID;
        t.select(id, EVALUATION.WORK_YEAR, EVALUATION.FINAL_LEVEL).from(EVALUATION)
                .where(EVALUATION.WORK_YEAR.between(from, to)).and(EVALUATION.RATING_PERIOD.eq(PERIOD))
                .and(EVALUATION.SUBJECT_TYPE.eq(kind.name())).and(EVALUATION.FINAL_LEVEL.isNotNull())
                .forEach(r -> levelCode(r.value3()).ifPresent(l -> out.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(r.value2(), l)));
        return out;
    }

    /// Names of members by id (those of the list).
    public Map<Long, String> memberNames(DSLContext t, Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME).from(PARTY_MEMBER).where(PARTY_MEMBER.ID.in(ids))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }
}
