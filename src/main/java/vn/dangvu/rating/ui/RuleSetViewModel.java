package vn.dangvu.rating.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import vn.dangvu.rating.AutoCondition;
import vn.dangvu.rating.ExemptionReason;
import vn.dangvu.rating.Level;
import vn.dangvu.rating.QuotaMode;
import vn.dangvu.rating.RatingRules;
import vn.dangvu.rating.RuleSet;
import vn.dangvu.rating.RuleSetService;
import vn.dangvu.ui.BackgroundTasks;

/// The rule sets tab of the rating section (issue 11): the built-in sets (Q132, Q124, Q366) and the copies; the
/// selected one's levels, score thresholds, HTXSNV quota and what going over it does, who is not rated and the
/// conditions applied by themselves. A built-in set and one a closed year used are shown read only; a copy is
/// adjusted and saved through [RuleSetService#update] (checked and recorded in the audit trail there), a new copy
/// made with [#copy], and the selected set chosen for the rating screen's year with [#useForYear].
public final class RuleSetViewModel {

    /// Chooses a rule set for a working year (the working-year service); the rating screen reloads after it.
    @FunctionalInterface
    public interface YearChoice {
        void use(int year, String code) throws AppException;
    }

    private final RuleSetService service;
    private final YearChoice choice;
    private final BackgroundTasks tasks;
    private final Runnable chosen;

    private final ObservableList<RuleSet> ruleSets = FXCollections.observableArrayList();
    private final ObjectProperty<RuleSet> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty fromYear = new SimpleStringProperty("");
    private final StringProperty toYear = new SimpleStringProperty("");
    private final Map<Level, BooleanProperty> levels = new EnumMap<>(Level.class);
    private final BooleanProperty usesScores = new SimpleBooleanProperty(false);
    private final StringProperty excellentFrom = new SimpleStringProperty("");
    private final StringProperty goodFrom = new SimpleStringProperty("");
    private final StringProperty completedFrom = new SimpleStringProperty("");
    private final BooleanProperty quota = new SimpleBooleanProperty(false);
    private final StringProperty quotaPercent = new SimpleStringProperty("");
    private final ObjectProperty<QuotaMode> quotaMode = new SimpleObjectProperty<>(QuotaMode.WARN_WITH_JUSTIFICATION);
    private final Map<ExemptionReason, BooleanProperty> exemptions = new EnumMap<>(ExemptionReason.class);
    private final StringProperty admissionMonths = new SimpleStringProperty("");
    private final Map<AutoCondition, BooleanProperty> conditions = new EnumMap<>(AutoCondition.class);
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty copyCode = new SimpleStringProperty("");
    private final StringProperty copyName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public RuleSetViewModel(RuleSetService service, YearChoice choice, BackgroundTasks tasks, Runnable chosen) {
        this.service = service;
        this.choice = choice;
        this.tasks = tasks;
        this.chosen = chosen;
        for (Level l : Level.values()) {
            levels.put(l, new SimpleBooleanProperty(false));
        }
        for (ExemptionReason r : ExemptionReason.values()) {
            exemptions.put(r, new SimpleBooleanProperty(false));
        }
        for (AutoCondition c : AutoCondition.values()) {
            conditions.put(c, new SimpleBooleanProperty(false));
        }
        selected.addListener((o, a, b) -> fill());
    }

    private Map<String, List<Integer>> locked = Map.of();

    private record Loaded(List<RuleSet> all, Map<String, List<Integer>> locked) {
    }

    /// Reads the rule sets, keeping the selection by its code (else the first).
    public void load() {
        load(Optional.ofNullable(selected.get()).map(RuleSet::code));
    }

    private void load(Optional<String> keep) {
        tasks.run("", p -> {
            List<RuleSet> all = service.all();
            Map<String, List<Integer>> closed = new HashMap<>();
            for (RuleSet rs : all) {
                closed.put(rs.code(), service.closedYearsUsing(rs.code()));
            }
            return new Loaded(all, closed);
        }, l -> {
            locked = l.locked();
            ruleSets.setAll(l.all());
            RuleSet pick = keep.flatMap(c -> l.all().stream().filter(r -> r.code().equals(c)).findFirst())
                    .orElse(l.all().isEmpty() ? null : l.all().getFirst());
            selected.set(null);
            selected.set(pick);
        }, this::failed);
    }

    private void fill() {
        RuleSet rs = selected.get();
        error.set("");
        if (rs == null) {
            editable.set(false);
            state.set("");
            return;
        }
        List<Integer> closed = locked.getOrDefault(rs.code(), List.of());
        editable.set(!rs.builtIn() && closed.isEmpty());
        state.set(rs.builtIn() ? I18n.t("rating.ruleSet.ui.builtIn")
                : !closed.isEmpty() ? I18n.t("rating.ruleSet.ui.locked", closed.getFirst())
                : I18n.t("rating.ruleSet.ui.copyOf", rs.copiedFrom().orElse("")));
        name.set(rs.name());
        fromYear.set(Integer.toString(rs.fromYear()));
        toYear.set(rs.toYear().map(String::valueOf).orElse(""));
        levels.forEach((l, p) -> p.set(rs.levels().contains(l)));
        usesScores.set(rs.scores().isPresent());
        excellentFrom.set(rs.scores().map(t -> RatingRules.text(t.excellent())).orElse(""));
        goodFrom.set(rs.scores().map(t -> RatingRules.text(t.good())).orElse(""));
        completedFrom.set(rs.scores().map(t -> RatingRules.text(t.completed())).orElse(""));
        quota.set(rs.quotaPercent().isPresent());
        quotaPercent.set(rs.quotaPercent().map(RatingRules::text).orElse(""));
        quotaMode.set(rs.quotaMode());
        exemptions.forEach((r, p) -> p.set(rs.exempts(r)));
        admissionMonths.set(Integer.toString(rs.admissionMinMonths()));
        conditions.forEach((c, p) -> p.set(rs.applies(c)));
        description.set(rs.description());
        copyCode.set("");
        copyName.set("");
    }

    /// Copies the selected rule set under the code and name typed; the copy is selected to be adjusted.
    public void copy() {
        RuleSet rs = selected.get();
        if (rs == null) {
            return;
        }
        String code = copyCode.get();
        String n = copyName.get();
        clear();
        tasks.run(I18n.t("rating.ruleSet.ui.copying"), p -> service.copy(rs.code(), code, n), c -> {
            message.set(I18n.t("rating.ruleSet.ui.copied", rs.name(), c.code()));
            load(Optional.of(c.code()));
        }, this::failed);
    }

    /// Saves the fields of the selected copy. A number that cannot be read is an error naming its field.
    public void save() {
        RuleSet rs = selected.get();
        if (rs == null || !editable.get()) {
            return;
        }
        clear();
        Optional<RuleSet> edited = edited(rs);
        if (edited.isEmpty()) {
            return;
        }
        tasks.run(I18n.t("rating.ruleSet.ui.saving"), p -> service.update(edited.get()), s -> {
            message.set(I18n.t("rating.ruleSet.ui.saved", s.name()));
            load(Optional.of(s.code()));
            chosen.run();
        }, this::failed);
    }

    /// Chooses the selected rule set for the rating screen's year.
    public void useForYear() {
        RuleSet rs = selected.get();
        Integer y = year.get();
        if (rs == null || y == null) {
            return;
        }
        clear();
        tasks.run(I18n.t("rating.ruleSet.ui.saving"), p -> {
            choice.use(y, rs.code());
            return y;
        }, x -> {
            message.set(I18n.t("rating.ruleSet.ui.used", rs.name(), x));
            chosen.run();
        }, this::failed);
    }

    private Optional<RuleSet> edited(RuleSet rs) {
        List<String> problems = new ArrayList<>();
        Optional<Integer> from = whole(fromYear.get(), "rating.ruleSet.field.fromYear", false, problems);
        Optional<Integer> to = whole(toYear.get(), "rating.ruleSet.field.toYear", true, problems);
        Optional<Integer> months = whole(admissionMonths.get(), "rating.ruleSet.field.admissionMonths", false, problems);
        Optional<RuleSet.Thresholds> scores = Optional.empty();
        if (usesScores.get()) {
            Optional<BigDecimal> e = number(excellentFrom.get(), "rating.ruleSet.field.excellentFrom", problems);
            Optional<BigDecimal> g = number(goodFrom.get(), "rating.ruleSet.field.goodFrom", problems);
            Optional<BigDecimal> c = number(completedFrom.get(), "rating.ruleSet.field.completedFrom", problems);
            if (e.isPresent() && g.isPresent() && c.isPresent()) {
                scores = Optional.of(new RuleSet.Thresholds(e.get(), g.get(), c.get()));
            }
        }
        Optional<BigDecimal> pct = Optional.empty();
        if (quota.get()) {
            pct = number(quotaPercent.get(), "rating.ruleSet.field.quotaPercent", problems);
        }
        if (!problems.isEmpty()) {
            error.set(String.join("\n", problems));
            return Optional.empty();
        }
        List<Level> ls = levels.entrySet().stream().filter(x -> x.getValue().get()).map(Map.Entry::getKey).toList();
        Set<ExemptionReason> ex = EnumSet.noneOf(ExemptionReason.class);
        exemptions.forEach((r, p) -> {
            if (p.get()) {
                ex.add(r);
            }
        });
        Set<AutoCondition> auto = EnumSet.noneOf(AutoCondition.class);
        conditions.forEach((c, p) -> {
            if (p.get()) {
                auto.add(c);
            }
        });
        return Optional.of(new RuleSet(rs.code(), name.get() == null ? "" : name.get(), from.orElseThrow(), to, rs.builtIn(),
                rs.copiedFrom(), ls, scores, pct, rs.quotaBasis(), quotaMode.get() == null ? QuotaMode.WARN_WITH_JUSTIFICATION
                : quotaMode.get(), ex, months.orElseThrow(), auto, description.get() == null ? "" : description.get().strip()));
    }

    private static Optional<Integer> whole(String typed, String field, boolean optional, List<String> problems) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty() && optional) {
            return Optional.empty();
        }
        if (!s.matches("\\d{1,4}")) {
            problems.add(I18n.t("rating.error.field", I18n.t(field), I18n.t("rating.ruleSet.error.whole", s)));
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(s));
    }

    private static Optional<BigDecimal> number(String typed, String field, List<String> problems) {
        RatingRules.ScoreReading r = RatingRules.readScore(typed == null ? "" : typed);
        if (!r.ok() || r.score().isEmpty()) {
            String why = r.errorKey().map(k -> I18n.t(k, typed)).orElseGet(() -> I18n.t("rating.ruleSet.error.empty"));
            problems.add(I18n.t("rating.error.field", I18n.t(field), why));
            return Optional.empty();
        }
        return r.score();
    }

    private void clear() {
        message.set("");
        error.set("");
    }

    private void failed(Throwable t) {
        error.set(AppException.in(t).map(AppException::userMessage)
                .orElseGet(() -> I18n.t("app.error.unexpected", String.valueOf(t.getMessage()))));
    }

    public ObservableList<RuleSet> ruleSets() {
        return ruleSets;
    }

    public ObjectProperty<RuleSet> selected() {
        return selected;
    }

    /// The rating screen's year, for [#useForYear].
    public ObjectProperty<Integer> year() {
        return year;
    }

    public ReadOnlyBooleanProperty editable() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty state() {
        return state.getReadOnlyProperty();
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty fromYear() {
        return fromYear;
    }

    public StringProperty toYear() {
        return toYear;
    }

    public BooleanProperty level(Level l) {
        return levels.get(l);
    }

    public BooleanProperty usesScores() {
        return usesScores;
    }

    public StringProperty excellentFrom() {
        return excellentFrom;
    }

    public StringProperty goodFrom() {
        return goodFrom;
    }

    public StringProperty completedFrom() {
        return completedFrom;
    }

    public BooleanProperty quota() {
        return quota;
    }

    public StringProperty quotaPercent() {
        return quotaPercent;
    }

    public ObjectProperty<QuotaMode> quotaMode() {
        return quotaMode;
    }

    public BooleanProperty exemption(ExemptionReason r) {
        return exemptions.get(r);
    }

    public StringProperty admissionMonths() {
        return admissionMonths;
    }

    public BooleanProperty condition(AutoCondition c) {
        return conditions.get(c);
    }

    public StringProperty description() {
        return description;
    }

    public StringProperty copyCode() {
        return copyCode;
    }

    public StringProperty copyName() {
        return copyName;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }
}
