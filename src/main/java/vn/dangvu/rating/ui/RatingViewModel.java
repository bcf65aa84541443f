package vn.dangvu.rating.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.rating.AttendanceFact;
import vn.dangvu.rating.Candidates;
import vn.dangvu.rating.DisciplineFact;
import vn.dangvu.rating.Evaluation;
import vn.dangvu.rating.Grade;
import vn.dangvu.rating.Level;
import vn.dangvu.rating.QuotaStatus;
import vn.dangvu.rating.QuotaTally;
import vn.dangvu.rating.RatingDocumentService;
import vn.dangvu.rating.RatingInput;
import vn.dangvu.rating.RatingRules;
import vn.dangvu.rating.RatingService;
import vn.dangvu.rating.RatingText;
import vn.dangvu.rating.RatingYear;
import vn.dangvu.rating.RegistrationFact;
import vn.dangvu.rating.Roster;
import vn.dangvu.rating.RosterMember;
import vn.dangvu.rating.RosterUnit;
import vn.dangvu.rating.Subject;
import vn.dangvu.rating.Summary;
import vn.dangvu.rating.SummaryLine;
import vn.dangvu.ui.BackgroundTasks;

/// The rating section (Đánh giá, xếp loại, issue 11): the year, the organisations and, cell by cell, the members
/// with their three steps and what is shown beside them (registration, meetings, disciplines, posts), those not
/// rated apart with the reason, the live HTXSNV counter of the grassroots organisation, saving through
/// [RatingService#save] (a justification asked for when the rule set wants one), the summary with the year before
/// and the flags, and the documents. Reads and writes go through [BackgroundTasks].
public final class RatingViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /// The years the section offers (the opened working years, newest first).
    @FunctionalInterface
    public interface Years {
        List<Integer> list() throws AppException;
    }

    /// A row of the members' or organisations' table, the texts as shown.
    public record Row(Subject subject, String name, int depth, String self, String proposal, String decision, String score,
                      String note, String registration, String attendance, String discipline) {
    }

    /// A line of the summary: its name and the counts and percentages per level.
    public record SummaryRow(String name, int depth, int members, int rated, int notRated, int excellent, String excellentPct,
                             int good, String goodPct, int completed, String completedPct, int notCompleted,
                             String notCompletedPct, String level) {
    }

    /// A cell to choose (members are rated cell by cell).
    public record CellChoice(long id, String name, int depth) {
        @Override
        public String toString() {
            return "    ".repeat(Math.max(0, depth - 1)) + name;
        }
    }

    private final RatingService rating;
    private final RatingDocumentService documents;
    private final Years yearList;
    private final BackgroundTasks tasks;
    private final Clock clock;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper yearInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper writable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper scores = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<CellChoice> cells = FXCollections.observableArrayList();
    private final ObjectProperty<CellChoice> cell = new SimpleObjectProperty<>();
    private final ObservableList<Row> members = FXCollections.observableArrayList();
    private final ObservableList<Row> notRated = FXCollections.observableArrayList();
    private final ObservableList<Row> organisations = FXCollections.observableArrayList();
    private final ObjectProperty<Subject> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper selectedName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Level> selfLevel = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> proposalLevel = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> decisionLevel = new SimpleObjectProperty<>();
    private final StringProperty selfScore = new SimpleStringProperty("");
    private final StringProperty proposalScore = new SimpleStringProperty("");
    private final StringProperty decisionScore = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper overQuota = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper quotaQuestion = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<SummaryRow> summary = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summaryNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private Roster roster;
    private QuotaTally tally;
    private Optional<RatingInput> pending = Optional.empty();
    private boolean filling;

    public RatingViewModel(RatingService rating, RatingDocumentService documents, Years yearList, BackgroundTasks tasks, Clock clock) {
        this.rating = rating;
        this.documents = documents;
        this.yearList = yearList;
        this.tasks = tasks;
        this.clock = clock;
        year.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                message.set("");
                error.set("");
                loadYear(Optional.empty());
            }
        });
        cell.addListener((o, a, b) -> showCell());
        selected.addListener((o, a, b) -> fill());
        decisionLevel.addListener((o, a, b) -> updateCounter());
    }

    /// Reads the years and opens the newest not closed (else the newest).
    public void load() {
        tasks.run("", p -> yearList.list(), list -> {
            years.setAll(list);
            if (!list.isEmpty()) {
                year.set(list.getFirst());
            }
        }, this::failed);
    }

    /// Reads the year again (its rule set was changed on the rule sets tab).
    public void reload() {
        message.set("");
        error.set("");
        loadYear(Optional.empty());
    }

    private void loadYear(Optional<Subject> keep) {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        busy.set(true);
        tasks.run(I18n.t("rating.ui.loading", y), p -> new Loaded(rating.roster(y), rating.summary(y), previous(y),
                rating.notCompletedTwice(y), rating.candidates(y)),
                l -> {
                    busy.set(false);
                    show(l, keep);
                }, e -> {
                    busy.set(false);
                    failed(e);
                });
    }

    /// The commune line of the year before, when that year was opened.
    private Optional<SummaryLine> previous(int y) {
        try {
            return Optional.of(rating.summary(y - 1).commune());
        } catch (AppException e) {
            return Optional.empty();
        }
    }

    private record Loaded(Roster roster, Summary summary, Optional<SummaryLine> before,
                          List<RatingService.Flag> flags, Candidates candidates) {
    }

    private void show(Loaded l, Optional<Subject> keep) {
        roster = l.roster();
        tally = QuotaTally.of(roster);
        RatingYear y = roster.year();
        writable.set(y.writable());
        scores.set(y.ruleSet().scores().isPresent());
        yearInfo.set(I18n.t(y.writable() ? "rating.ui.yearOpen" : "rating.ui.yearClosed", y.ruleSet().name(),
                DAY.format(y.ratingDate())) + y.unitDecisionNo().map(n -> " · " + I18n.t("rating.ui.decisionNo", n)).orElse(""));
        List<CellChoice> list = roster.organisations().stream()
                .filter(u -> roster.members().stream().anyMatch(m -> m.cellId() == u.unit().id()))
                .map(u -> new CellChoice(u.unit().id(), u.unit().name(), u.depth())).toList();
        CellChoice before = cell.get();
        cells.setAll(list);
        organisations.setAll(roster.organisations().stream().filter(u -> u.unit().parentId().isPresent()).map(this::row).toList());
        Optional<CellChoice> again = before == null ? Optional.empty() : list.stream().filter(c -> c.id() == before.id()).findFirst();
        if (again.isPresent() && again.get().equals(before)) {
            showCell();
        } else {
            cell.set(again.orElse(list.isEmpty() ? null : list.getFirst()));
        }
        showSummary(l);
        selected.set(null);
        keep.ifPresent(selected::set);
    }

    private void showCell() {
        CellChoice c = cell.get();
        if (roster == null || c == null) {
            members.clear();
            notRated.clear();
            return;
        }
        List<Row> rated = new ArrayList<>();
        List<Row> apart = new ArrayList<>();
        for (RosterMember m : roster.members()) {
            if (m.cellId() == c.id()) {
                (m.rated() ? rated : apart).add(row(m));
            }
        }
        members.setAll(rated);
        notRated.setAll(apart);
        updateCounter();
    }

    private Row row(RosterMember m) {
        Optional<Evaluation> e = m.stored();
        String note = m.exemption().map(r -> I18n.t("rating.doc.notRated", RatingText.exemption(r)))
                .orElseGet(() -> note(m.automatic().stream().map(a -> I18n.t(a.i18nKey())).toList(), e));
        return new Row(Subject.member(m.memberId()), m.fullName(), 0, grade(e.map(Evaluation::self)), grade(e.map(Evaluation::proposal)),
                RatingText.abbreviation(m.level()), RatingText.score(e.flatMap(x -> x.decision().score())), note,
                registration(m.registration()), attendance(m.attendance()), disciplines(m.disciplines()));
    }

    private Row row(RosterUnit u) {
        Optional<Evaluation> e = u.stored();
        List<String> auto = new ArrayList<>(u.automatic().stream().map(a -> I18n.t(a.i18nKey())).toList());
        if (u.excellentBarred() && auto.isEmpty()) {
            auto.add(I18n.t("rating.auto.COLLECTIVE_DISCIPLINE"));
        }
        String note = u.exemption().map(r -> I18n.t("rating.doc.notRated", RatingText.exemption(r))).orElseGet(() -> note(auto, e));
        return new Row(Subject.unit(u.unit().id()), u.unit().name(), u.depth(), grade(e.map(Evaluation::self)),
                grade(e.map(Evaluation::proposal)), RatingText.abbreviation(u.level()), RatingText.score(e.flatMap(x -> x.decision().score())),
                note, "", "", disciplines(u.disciplines()));
    }

    private static String note(List<String> automatic, Optional<Evaluation> e) {
        List<String> parts = new ArrayList<>(automatic);
        e.map(Evaluation::reason).filter(r -> !r.isBlank()).ifPresent(parts::add);
        return String.join("; ", parts);
    }

    private static String grade(Optional<Grade> g) {
        return g.map(x -> RatingText.abbreviation(x.level()) + x.score().map(s -> " (" + RatingRules.text(s) + ")").orElse(""))
                .orElse("");
    }

    /// "Đăng ký: 3 việc, xong 2, một phần 1"; "chưa có dữ liệu" until the registrations feature gives it.
    static String registration(Optional<RegistrationFact> r) {
        return r.map(x -> x.registered() ? I18n.t("rating.ui.registration", x.items(), x.done(), x.partly(), x.notDone())
                : I18n.t("rating.ui.notRegistered")).orElse(I18n.t("rating.ui.noData"));
    }

    /// "11/12 buổi, vắng có lý do 1"; "chưa có dữ liệu" until the meetings feature gives it.
    static String attendance(Optional<AttendanceFact> a) {
        return a.map(x -> I18n.t("rating.ui.attendance", x.present(), x.held(), x.absentExcused(), x.absentUnexcused()))
                .orElse(I18n.t("rating.ui.noData"));
    }

    private static String disciplines(List<DisciplineFact> d) {
        return d.stream().map(x -> I18n.t(x.formKey()) + " " + DAY.format(x.date()))
                .collect(Collectors.joining(", "));
    }

    private void fill() {
        Subject s = selected.get();
        filling = true;
        try {
            Optional<Evaluation> e = Optional.empty();
            String name = "";
            List<String> lines = new ArrayList<>();
            if (s != null && roster != null) {
                if (s.isMember()) {
                    Optional<RosterMember> m = roster.members().stream().filter(x -> x.memberId() == s.id()).findFirst();
                    if (m.isPresent()) {
                        e = m.get().stored();
                        name = m.get().fullName();
                        lines.add(I18n.t("rating.ui.beside.registration", registration(m.get().registration())));
                        lines.add(I18n.t("rating.ui.beside.attendance", attendance(m.get().attendance())));
                        lines.add(I18n.t("rating.ui.beside.discipline", m.get().disciplines().isEmpty() ? I18n.t("rating.ui.none")
                                : disciplines(m.get().disciplines())));
                        if (!m.get().posts().isEmpty()) {
                            lines.add(I18n.t("rating.ui.beside.posts", m.get().posts().stream()
                                    .map(p -> I18n.t(p.roleKey()) + " " + p.unitName()).collect(Collectors.joining(", "))));
                        }
                        m.get().automatic().forEach(a -> lines.add(I18n.t(a.i18nKey())));
                        m.get().exemption().ifPresent(r -> lines.add(I18n.t("rating.doc.notRated", RatingText.exemption(r))));
                    }
                } else {
                    Optional<RosterUnit> u = roster.organisations().stream().filter(x -> x.unit().id() == s.id()).findFirst();
                    if (u.isPresent()) {
                        e = u.get().stored();
                        name = u.get().unit().name();
                        lines.add(I18n.t("rating.ui.beside.discipline", u.get().disciplines().isEmpty() ? I18n.t("rating.ui.none")
                                : disciplines(u.get().disciplines())));
                        u.get().automatic().forEach(a -> lines.add(I18n.t(a.i18nKey())));
                        if (u.get().excellentBarred()) {
                            lines.add(I18n.t("rating.auto.COLLECTIVE_DISCIPLINE"));
                        }
                        u.get().exemption().ifPresent(r -> lines.add(I18n.t("rating.doc.notRated", RatingText.exemption(r))));
                    }
                }
            }
            selectedName.set(name);
            facts.set(String.join("\n", lines));
            selfLevel.set(e.flatMap(x -> x.self().level()).orElse(null));
            selfScore.set(e.flatMap(x -> x.self().score()).map(RatingRules::text).orElse(""));
            proposalLevel.set(e.flatMap(x -> x.proposal().level()).orElse(null));
            proposalScore.set(e.flatMap(x -> x.proposal().score()).map(RatingRules::text).orElse(""));
            decisionLevel.set(e.flatMap(x -> x.decision().level()).orElse(null));
            decisionScore.set(e.flatMap(x -> x.decision().score()).map(RatingRules::text).orElse(""));
            reason.set(e.map(Evaluation::reason).orElse(""));
            quotaQuestion.set("");
            error.set("");
        } finally {
            filling = false;
        }
        updateCounter();
    }

    /// The counter of the scope in view: the selected subject's (with the level chosen and not yet saved), else the
    /// chosen cell's grassroots organisation.
    private void updateCounter() {
        if (tally == null) {
            counter.set("");
            overQuota.set(false);
            return;
        }
        Subject s = selected.get();
        Subject.Kind kind = s == null || s.isMember() ? Subject.Kind.MEMBER : Subject.Kind.UNIT;
        long scope;
        Optional<Level> before = Optional.empty();
        Optional<Level> after = Optional.empty();
        if (s != null && s.isMember()) {
            Optional<RosterMember> m = member(s.id());
            scope = m.map(RosterMember::groupId).orElse(0L);
            before = m.flatMap(RosterMember::level);
            after = Optional.ofNullable(decisionLevel.get()).or(() -> m.flatMap(RosterMember::level).filter(x -> filling));
        } else if (s != null) {
            scope = QuotaTally.unitScope(roster);
            Optional<RosterUnit> u = roster.organisations().stream().filter(x -> x.unit().id() == s.id()).findFirst();
            before = u.flatMap(RosterUnit::level);
            after = Optional.ofNullable(decisionLevel.get());
        } else {
            CellChoice c = cell.get();
            scope = c == null ? 0 : roster.members().stream().filter(m -> m.cellId() == c.id()).mapToLong(RosterMember::groupId)
                    .findFirst().orElse(0);
        }
        if (scope == 0) {
            counter.set("");
            overQuota.set(false);
            return;
        }
        QuotaStatus q = s == null ? tally.status(kind, scope) : tally.preview(kind, scope, before, after);
        counter.set((q.name().isEmpty() ? "" : q.name() + ": ") + RatingText.counter(q));
        overQuota.set(q.over());
    }

    private Optional<RosterMember> member(long id) {
        return roster.members().stream().filter(x -> x.memberId() == id).findFirst();
    }

    /// Saves the selected subject's rating. Refusals are shown with their reason; over the quota, when the rule set
    /// asks for a justification, [#quotaQuestion] says so and [#saveWithJustification] saves with it.
    public void save() {
        Subject s = selected.get();
        Integer y = year.get();
        if (s == null || y == null) {
            return;
        }
        Optional<RatingInput> in = input(y, s);
        if (in.isEmpty()) {
            return;
        }
        send(in.get());
    }

    public void saveWithJustification(String text) {
        pending.ifPresent(p -> send(p.withJustification(text)));
    }

    public void cancelJustification() {
        pending = Optional.empty();
        quotaQuestion.set("");
    }

    private void send(RatingInput in) {
        error.set("");
        message.set("");
        quotaQuestion.set("");
        tasks.run(I18n.t("rating.ui.saving"), p -> rating.save(in), e -> {
            pending = Optional.empty();
            message.set(I18n.t("rating.ui.saved", selectedName.get()));
            loadYear(Optional.of(in.subject()));
        }, t -> {
            Optional<AppException> a = AppException.in(t);
            if (a.isPresent() && "rating.error.quotaJustify".equals(a.get().key())) {
                pending = Optional.of(in);
                quotaQuestion.set(a.get().userMessage());
            } else {
                failed(t);
            }
        });
    }

    /// The entered steps as an input; a score that is not a number is an error naming the field.
    private Optional<RatingInput> input(int y, Subject s) {
        List<String> problems = new ArrayList<>();
        Optional<Grade> self = grade(selfLevel.get(), selfScore.get(), "rating.field.SELF_SCORE", problems);
        Optional<Grade> proposal = grade(proposalLevel.get(), proposalScore.get(), "rating.field.PROPOSAL_SCORE", problems);
        Optional<Grade> decision = grade(decisionLevel.get(), decisionScore.get(), "rating.field.DECISION_SCORE", problems);
        if (!problems.isEmpty()) {
            error.set(String.join("\n", problems));
            return Optional.empty();
        }
        return Optional.of(new RatingInput(y, s, self.orElseThrow(), proposal.orElseThrow(), decision.orElseThrow(),
                reason.get() == null ? "" : reason.get()));
    }

    private static Optional<Grade> grade(Level level, String score, String field, List<String> problems) {
        RatingRules.ScoreReading r = RatingRules.readScore(score == null ? "" : score);
        if (!r.ok()) {
            problems.add(I18n.t("rating.error.field", I18n.t(field), I18n.t(r.errorKey().orElseThrow(), score)));
            return Optional.empty();
        }
        return Optional.of(new Grade(Optional.ofNullable(level), r.score()));
    }

    private void showSummary(Loaded l) {
        Summary s = l.summary();
        List<SummaryRow> rows = new ArrayList<>();
        for (SummaryLine c : s.cells()) {
            rows.add(summaryRow(c.name(), c.depth(), c, RatingText.abbreviation(c.unitLevel())));
        }
        rows.add(summaryRow(I18n.t("rating.doc.summary.total"), 0, s.commune(), ""));
        l.before().ifPresent(b -> rows.add(summaryRow(I18n.t("rating.ui.yearBefore", s.year() - 1), 0, b, "")));
        summary.setAll(rows);
        List<String> notes = new ArrayList<>();
        notes.add(I18n.t("rating.ui.candidates", l.candidates().members().size(), l.candidates().organisations().size()));
        if (l.flags().isEmpty()) {
            notes.add(I18n.t("rating.ui.flags.none"));
        } else {
            notes.add(I18n.t("rating.ui.flags", l.flags().size(), l.flags().stream().limit(20)
                    .map(f -> f.fullName() + " (" + f.cellName() + ")").collect(Collectors.joining(", "))));
        }
        summaryNote.set(String.join("\n", notes));
    }

    private static SummaryRow summaryRow(String name, int depth, SummaryLine l, String level) {
        int r = l.rated();
        return new SummaryRow(name, depth, l.members(), r, l.notRated() + l.pending(), l.levels().excellent(),
                SummaryLine.percent(l.levels().excellent(), r), l.levels().good(), SummaryLine.percent(l.levels().good(), r),
                l.levels().completed(), SummaryLine.percent(l.levels().completed(), r), l.levels().notCompleted(),
                SummaryLine.percent(l.levels().notCompleted(), r), level);
    }

    /// Writes the chosen cell's result list (PDF, DOCX or XLSX by the name).
    public void writeCellList(Path out) {
        CellChoice c = cell.get();
        Integer y = year.get();
        if (c == null || y == null) {
            return;
        }
        write(out, () -> documents.writeCellList(y, c.id(), out, LocalDate.now(clock)));
    }

    public void writeSummary(Path out) {
        Integer y = year.get();
        if (y != null) {
            write(out, () -> documents.writeSummary(y, out, LocalDate.now(clock)));
        }
    }

    /// Issues the decision on the organisations' ratings (its number from the register) dated today, then writes it.
    public void issueAndWriteDecision(Path out) {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        write(out, () -> {
            if (rating.year(y).unitDecisionNo().isEmpty()) {
                rating.issueUnitDecision(y, LocalDate.now(clock));
            }
            documents.writeDecision(y, out);
        });
        loadYear(Optional.ofNullable(selected.get()));
    }

    @FunctionalInterface
    private interface Writing {
        void run() throws AppException;
    }

    private void write(Path out, Writing w) {
        error.set("");
        tasks.run(I18n.t("rating.ui.writing", out.getFileName()), p -> {
            w.run();
            return out;
        }, p -> {
            written.set(p);
            message.set(I18n.t("rating.ui.written", p));
        }, this::failed);
    }

    private void failed(Throwable t) {
        error.set(AppException.in(t).map(AppException::userMessage)
                .orElseGet(() -> I18n.t("app.error.unexpected", String.valueOf(t.getMessage()))));
    }

    /// Levels of the rule set, for the choices.
    public List<Level> levels() {
        return roster == null ? List.of(Level.values()) : List.copyOf(roster.year().ruleSet().levels());
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public ReadOnlyStringProperty yearInfo() {
        return yearInfo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty writable() {
        return writable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty scores() {
        return scores.getReadOnlyProperty();
    }

    public ObservableList<CellChoice> cells() {
        return cells;
    }

    public ObjectProperty<CellChoice> cell() {
        return cell;
    }

    public ObservableList<Row> members() {
        return members;
    }

    public ObservableList<Row> notRated() {
        return notRated;
    }

    public ObservableList<Row> organisations() {
        return organisations;
    }

    public ObjectProperty<Subject> selected() {
        return selected;
    }

    public ReadOnlyStringProperty selectedName() {
        return selectedName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty facts() {
        return facts.getReadOnlyProperty();
    }

    public ObjectProperty<Level> selfLevel() {
        return selfLevel;
    }

    public ObjectProperty<Level> proposalLevel() {
        return proposalLevel;
    }

    public ObjectProperty<Level> decisionLevel() {
        return decisionLevel;
    }

    public StringProperty selfScore() {
        return selfScore;
    }

    public StringProperty proposalScore() {
        return proposalScore;
    }

    public StringProperty decisionScore() {
        return decisionScore;
    }

    public StringProperty reason() {
        return reason;
    }

    public ReadOnlyStringProperty counter() {
        return counter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overQuota() {
        return overQuota.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quotaQuestion() {
        return quotaQuestion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<SummaryRow> summary() {
        return summary;
    }

    public ReadOnlyStringProperty summaryNote() {
        return summaryNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> written() {
        return written.getReadOnlyProperty();
    }

    public BooleanProperty busy() {
        return busy;
    }

}
