package vn.dangvu.years;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Configuration;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;

/// The working year (issue 10): open → reviewing → closed. A closed year is read-only everywhere: every feature that
/// writes data of a year calls [#requireWritable] inside its own transaction (screens, imports and the command line
/// alike), and only [#reopen] with a written reason changes that; the reason is kept in the audit trail.
public final class WorkingYearService {

    /// Years the app accepts (the Party's history starts 1930; far future years are typing mistakes).
    static final int FIRST_YEAR = 1930;
    static final int MAX_AHEAD = 2;
    static final int MAX_THEME = 1000;
    static final int MAX_REASON = 2000;

    private final Database db;
    private final WorkingYearRepository repo;
    private final AuditService audit;
    private final Clock clock;

    public WorkingYearService(Database db, WorkingYearRepository repo, AuditService audit, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.audit = audit;
        this.clock = clock;
    }

    /// Newest first.
    /// Writes the working years of a bulk load (the demo commune's history) as given, inside the caller's transaction
    /// when there is one; no audit rows.
    public void importYears(List<WorkingYear> years) {
        db.save(trx -> {
            years.forEach(y -> repo.insertImported(trx.dsl(), y));
            return null;
        });
    }

    /// Adds a study theme of a year (the demo's national themes); returns its id.
    public long addTheme(int year, String scope, String title, String sourceDoc, LocalDate studyDeadline) {
        return db.save(trx -> repo.insertTheme(trx.dsl(), year, scope, title, sourceDoc, studyDeadline));
    }

    public List<WorkingYear> list() {
        return db.read(trx -> repo.all(trx.dsl()));
    }

    /// The rating rule sets a year may use (code and name), the newest first.
    public List<RuleSetRef> ruleSets() {
        return db.read(trx -> repo.ruleSets(trx.dsl()));
    }

    public Optional<WorkingYear> find(int year) {
        return db.read(trx -> repo.find(trx.dsl(), year));
    }

    /// The year a new record should default to: the newest year not closed, else this calendar year.
    public int currentYear() {
        return list().stream().filter(WorkingYear::writable).mapToInt(WorkingYear::year).max()
                .orElse(LocalDate.now(clock).getYear());
    }

    /// Opens a new working year with the rule set in force for it and last year's term theme; refuses a year
    /// already opened, one outside the accepted range, or one with no rule set.
    public WorkingYear open(int year, Optional<String> yearTheme) throws AppException {
        checkYear(year);
        Optional<String> theme = cleanTheme(yearTheme);
        return db.change(trx -> {
            if (repo.find(trx.dsl(), year).isPresent()) {
                throw new AppException("year.error.exists", year);
            }
            String ruleSet = repo.ruleSetFor(trx.dsl(), year)
                    .orElseThrow(() -> new AppException("year.error.noRuleSet", year));
            Optional<String> termTheme = repo.find(trx.dsl(), year - 1).flatMap(WorkingYear::termTheme);
            repo.insert(trx.dsl(), year, ruleSet, termTheme, LocalDateTime.now(clock));
            repo.setYearTheme(trx.dsl(), year, theme);
            audit.record(AuditChange.of("YEAR_OPEN", "working_year", year, "Open working year " + year
                    + " with rule set " + ruleSet).values(null, YearState.OPEN.name()));
            return repo.find(trx.dsl(), year).orElseThrow();
        });
    }

    /// Sets the term theme and the year's theme (empty text clears one).
    public WorkingYear setThemes(int year, String termTheme, String yearTheme) throws AppException {
        Optional<String> term = cleanTheme(Optional.ofNullable(termTheme));
        Optional<String> theme = cleanTheme(Optional.ofNullable(yearTheme));
        return db.change(trx -> {
            WorkingYear before = writable(trx, year);
            repo.setTermTheme(trx.dsl(), year, term);
            repo.setYearTheme(trx.dsl(), year, theme);
            audit.record(AuditChange.of("YEAR_THEMES", "working_year", year, "Themes of " + year)
                    .values(before.termTheme().orElse("") + " | " + before.yearTheme().orElse(""),
                            term.orElse("") + " | " + theme.orElse("")));
            return repo.find(trx.dsl(), year).orElseThrow();
        });
    }

    /// Chooses another rule set for an open year (the user copied and adjusted one when the province changed it).
    public WorkingYear setRuleSet(int year, String code) throws AppException {
        return db.change(trx -> {
            WorkingYear before = writable(trx, year);
            if (!repo.ruleSetExists(trx.dsl(), code)) {
                throw new AppException("year.error.unknownRuleSet", code);
            }
            repo.setRuleSet(trx.dsl(), year, code);
            audit.record(AuditChange.of("YEAR_RULE_SET", "working_year", year, "Rule set of " + year)
                    .values(before.ruleSetCode(), code));
            return repo.find(trx.dsl(), year).orElseThrow();
        });
    }

    /// Open → reviewing: the year-end review has started (ratings, commendations, reports).
    public WorkingYear startReview(int year) throws AppException {
        return move(year, YearState.REVIEWING, "YEAR_REVIEW", Optional.empty());
    }

    /// Closes the year: from then on every change to its data is refused.
    public WorkingYear close(int year) throws AppException {
        return move(year, YearState.CLOSED, "YEAR_CLOSE", Optional.empty());
    }

    /// Reopens a closed year for corrections; the written reason is required and recorded.
    public WorkingYear reopen(int year, String reason) throws AppException {
        String why = Text.clean(reason);
        if (why.isEmpty()) {
            throw new AppException("year.error.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new AppException("year.error.reasonTooLong", MAX_REASON);
        }
        return move(year, YearState.REVIEWING, "YEAR_REOPEN", Optional.of(why));
    }

    /// Refuses a change to data of `year` unless the year is opened and not closed. Call it inside the transaction
    /// that writes (it joins it), so a year closed meanwhile cannot slip through.
    public void requireWritable(int year) throws AppException {
        db.change(trx -> writable(trx, year));
    }

    /// [#requireWritable] for the year a date falls in.
    public void requireWritable(LocalDate date) throws AppException {
        requireWritable(date.getYear());
    }

    private WorkingYear move(int year, YearState to, String action, Optional<String> reason) throws AppException {
        return db.change(trx -> {
            WorkingYear y = repo.find(trx.dsl(), year).orElseThrow(() -> new AppException("year.error.notOpened", year));
            boolean allowed = switch (to) {
                case REVIEWING -> y.state() == (reason.isPresent() ? YearState.CLOSED : YearState.OPEN);
                case CLOSED -> y.state() != YearState.CLOSED;
                case OPEN -> false;
            };
            if (!allowed) {
                throw new AppException("year.error.transition", year, I18n.t(y.state().i18nKey()), I18n.t(to.i18nKey()));
            }
            repo.setState(trx.dsl(), year, to, LocalDateTime.now(clock));
            AuditChange c = AuditChange.of(action, "working_year", year, action + " " + year)
                    .values(y.state().name(), to.name());
            audit.record(reason.map(c::because).orElse(c));
            return repo.find(trx.dsl(), year).orElseThrow();
        });
    }

    private WorkingYear writable(Configuration trx, int year) throws AppException {
        WorkingYear y = repo.find(trx.dsl(), year).orElseThrow(() -> new AppException("year.error.notOpened", year));
        if (!y.writable()) {
            throw new AppException("year.error.closed", year);
        }
        return y;
    }

    private void checkYear(int year) throws AppException {
        int last = LocalDate.now(clock).getYear() + MAX_AHEAD;
        if (year < FIRST_YEAR || year > last) {
            throw new AppException("year.error.outOfRange", year, FIRST_YEAR, last);
        }
    }

    private static Optional<String> cleanTheme(Optional<String> raw) throws AppException {
        String t = Text.clean(raw.orElse(""));
        if (t.length() > MAX_THEME) {
            throw new AppException("year.error.themeTooLong", MAX_THEME);
        }
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }
}
