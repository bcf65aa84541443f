package vn.dangvu.years;

import static vn.dangvu.db.jooq.Tables.ANNUAL_THEME;
import static vn.dangvu.db.jooq.Tables.RULE_SET;
import static vn.dangvu.db.jooq.Tables.WORKING_YEAR;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;

/// The only writer of working_year and annual_theme.
public final class WorkingYearRepository {

    /// The theme of the year as the province set it (one row of scope PROVINCE per year).
    static final String PROVINCE = "PROVINCE";

    public List<WorkingYear> all(DSLContext t) {
        return t.select(WORKING_YEAR.asterisk(), ANNUAL_THEME.TITLE).from(WORKING_YEAR)
                .leftJoin(ANNUAL_THEME).on(ANNUAL_THEME.WORK_YEAR.eq(WORKING_YEAR.WORK_YEAR)
                        .and(ANNUAL_THEME.SCOPE.eq(PROVINCE)))
                .orderBy(WORKING_YEAR.WORK_YEAR.desc()).fetch(WorkingYearRepository::toYear);
    }

    public Optional<WorkingYear> find(DSLContext t, int year) {
        return t.select(WORKING_YEAR.asterisk(), ANNUAL_THEME.TITLE).from(WORKING_YEAR)
                .leftJoin(ANNUAL_THEME).on(ANNUAL_THEME.WORK_YEAR.eq(WORKING_YEAR.WORK_YEAR)
                        .and(ANNUAL_THEME.SCOPE.eq(PROVINCE)))
                .where(WORKING_YEAR.WORK_YEAR.eq(year)).fetchOptional(WorkingYearRepository::toYear);
    }

    public void insert(DSLContext t, int year, String ruleSet, Optional<String> termTheme, LocalDateTime now) {
        t.insertInto(WORKING_YEAR)
                .set(WORKING_YEAR.WORK_YEAR, year)
                .set(WORKING_YEAR.RULE_SET_CODE, ruleSet)
                .set(WORKING_YEAR.STATUS, YearState.OPEN.name())
                .set(WORKING_YEAR.TERM_THEME, termTheme.orElse(null))
                .set(WORKING_YEAR.OPENED_AT, now)
                .execute();
    }

    /// A working year of a bulk load (the demo commune's history) with its state and the day it was closed.
    public void insertImported(DSLContext t, WorkingYear y) {
        t.insertInto(WORKING_YEAR)
                .set(WORKING_YEAR.WORK_YEAR, y.year())
                .set(WORKING_YEAR.RULE_SET_CODE, y.ruleSetCode())
                .set(WORKING_YEAR.STATUS, y.state().name())
                .set(WORKING_YEAR.TERM_THEME, y.termTheme().orElse(null))
                .set(WORKING_YEAR.LOCKED_AT, y.closedAt().orElse(null))
                .execute();
        y.yearTheme().ifPresent(title -> setYearTheme(t, y.year(), Optional.of(title)));
    }

    /// A study theme of a year (scope NATIONAL, PROVINCE…); returns its id.
    public long insertTheme(DSLContext t, int year, String scope, String title, String sourceDoc, LocalDate studyDeadline) {
        return t.insertInto(ANNUAL_THEME).set(ANNUAL_THEME.WORK_YEAR, year).set(ANNUAL_THEME.SCOPE, scope)
                .set(ANNUAL_THEME.TITLE, title).set(ANNUAL_THEME.SOURCE_DOC, sourceDoc)
                .set(ANNUAL_THEME.STUDY_DEADLINE, studyDeadline)
                .returningResult(ANNUAL_THEME.ID).fetchOne(ANNUAL_THEME.ID);
    }

    public void setState(DSLContext t, int year, YearState state, LocalDateTime now) {
        t.update(WORKING_YEAR).set(WORKING_YEAR.STATUS, state.name())
                .set(WORKING_YEAR.LOCKED_AT, state == YearState.CLOSED ? now : null)
                .where(WORKING_YEAR.WORK_YEAR.eq(year)).execute();
    }

    public void setTermTheme(DSLContext t, int year, Optional<String> theme) {
        t.update(WORKING_YEAR).set(WORKING_YEAR.TERM_THEME, theme.orElse(null))
                .where(WORKING_YEAR.WORK_YEAR.eq(year)).execute();
    }

    public void setRuleSet(DSLContext t, int year, String code) {
        t.update(WORKING_YEAR).set(WORKING_YEAR.RULE_SET_CODE, code).where(WORKING_YEAR.WORK_YEAR.eq(year)).execute();
    }

    /// Sets (or clears) the year's theme: the one PROVINCE row of the year.
    public void setYearTheme(DSLContext t, int year, Optional<String> title) {
        Optional<Long> id = t.select(ANNUAL_THEME.ID).from(ANNUAL_THEME)
                .where(ANNUAL_THEME.WORK_YEAR.eq(year)).and(ANNUAL_THEME.SCOPE.eq(PROVINCE))
                .orderBy(ANNUAL_THEME.ID).limit(1).fetchOptional(ANNUAL_THEME.ID);
        if (title.isEmpty()) {
            id.ifPresent(i -> t.update(ANNUAL_THEME).set(ANNUAL_THEME.TITLE, "").where(ANNUAL_THEME.ID.eq(i)).execute());
        } else if (id.isPresent()) {
            t.update(ANNUAL_THEME).set(ANNUAL_THEME.TITLE, title.get()).where(ANNUAL_THEME.ID.eq(id.get())).execute();
        } else {
            t.insertInto(ANNUAL_THEME).set(ANNUAL_THEME.WORK_YEAR, year).set(ANNUAL_THEME.SCOPE, PROVINCE)
                    .set(ANNUAL_THEME.TITLE, title.get()).execute();
        }
    }

    /// The rule set in force for a year: the one whose years contain it, the newest first.
    public Optional<String> ruleSetFor(DSLContext t, int year) {
        return t.select(RULE_SET.CODE).from(RULE_SET)
                .where(RULE_SET.EFFECTIVE_FROM_YEAR.le(year))
                .and(RULE_SET.EFFECTIVE_TO_YEAR.isNull().or(RULE_SET.EFFECTIVE_TO_YEAR.ge(year)))
                .orderBy(RULE_SET.EFFECTIVE_FROM_YEAR.desc()).limit(1).fetchOptional(RULE_SET.CODE);
    }

    public List<RuleSetRef> ruleSets(DSLContext t) {
        return t.select(RULE_SET.CODE, RULE_SET.NAME).from(RULE_SET).orderBy(RULE_SET.EFFECTIVE_FROM_YEAR.desc(), RULE_SET.CODE)
                .fetch(r -> new RuleSetRef(r.value1(), r.value2()));
    }

    public boolean ruleSetExists(DSLContext t, String code) {
        return t.fetchExists(RULE_SET, RULE_SET.CODE.eq(code));
    }

    private static WorkingYear toYear(Record r) {
        String theme = r.get(ANNUAL_THEME.TITLE);
        return new WorkingYear(r.get(WORKING_YEAR.WORK_YEAR), YearState.valueOf(r.get(WORKING_YEAR.STATUS)),
                r.get(WORKING_YEAR.RULE_SET_CODE), Optional.ofNullable(r.get(WORKING_YEAR.TERM_THEME)),
                theme == null || theme.isBlank() ? Optional.empty() : Optional.of(theme),
                Optional.ofNullable(r.get(WORKING_YEAR.LOCKED_AT)));
    }
}
