package vn.dangvu.reports.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.members.BadgeRules.DisciplineForm;
import vn.dangvu.ui.BackgroundTasks;

/// How long a discipline holds a Party badge back (domain.md §5.2: by default 6 months after a warning, 12 after a
/// removal from post, Q24 §27 / HD 01-HD/TW 2021 §18), as rule-set data the user sees and edits: months per
/// discipline form, blank for "while the discipline stands". Each change goes through the badge service (audited).
public final class BadgeHoldsViewModel {

    /// What the dialog needs of the badge service.
    public interface Source {
        /// The rule set that applies to the rounds of `year`.
        Optional<String> ruleSetFor(int year) throws AppException;

        /// The holds of the rule set of `year`: months per form, null for "while the discipline stands".
        Map<DisciplineForm, Integer> holds(int year) throws AppException;

        void setHold(String ruleSet, DisciplineForm form, Integer months) throws AppException;
    }

    private record Loaded(Optional<String> ruleSet, Map<DisciplineForm, Integer> holds) {
    }

    private final Source source;
    private final BackgroundTasks tasks;
    private final int year;
    private final Map<DisciplineForm, StringProperty> months = new EnumMap<>(DisciplineForm.class);
    private final Map<DisciplineForm, Integer> stored = new EnumMap<>(DisciplineForm.class);
    private String ruleSet;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public BadgeHoldsViewModel(Source source, BackgroundTasks tasks, int year) {
        this.source = source;
        this.tasks = tasks;
        this.year = year;
        for (DisciplineForm f : DisciplineForm.values()) {
            months.put(f, new SimpleStringProperty(""));
        }
    }

    public void load() {
        tasks.run("", p -> new Loaded(source.ruleSetFor(year), source.holds(year)), this::show,
                e -> message.set(text(e)));
    }

    private void show(Loaded l) {
        ruleSet = l.ruleSet().orElse(null);
        heading.set(ruleSet == null ? I18n.t("badge.hold.noRuleSet") : I18n.t("badge.hold.ruleSet", ruleSet, year));
        stored.clear();
        stored.putAll(l.holds());
        for (DisciplineForm f : DisciplineForm.values()) {
            Integer m = l.holds().get(f);
            months.get(f).set(m == null ? "" : String.valueOf(m));
        }
    }

    /// The typed month count of a form (blank: while the discipline stands).
    public StringProperty months(DisciplineForm f) {
        return months.get(f);
    }

    /// Saves the forms whose month count changed. Every field is read first: a count that is not a whole number
    /// from 0 to 120 names its form and nothing is written.
    public void save() {
        if (ruleSet == null) {
            message.set(I18n.t("badge.hold.noRuleSet"));
            return;
        }
        Map<DisciplineForm, Integer> changed = new EnumMap<>(DisciplineForm.class);
        List<DisciplineForm> toBlank = new ArrayList<>();
        for (DisciplineForm f : DisciplineForm.values()) {
            String typed = months.get(f).get() == null ? "" : months.get(f).get().strip();
            Integer m;
            if (typed.isEmpty()) {
                m = null;
            } else {
                try {
                    m = Integer.valueOf(typed);
                } catch (NumberFormatException e) {
                    message.set(I18n.t("badge.hold.error.number", formName(f), typed));
                    return;
                }
                if (m < 0 || m > 120) {
                    message.set(I18n.t("badge.hold.error.number", formName(f), typed));
                    return;
                }
            }
            boolean same = stored.containsKey(f) && Objects.equals(stored.get(f), m);
            if (!same) {
                if (m == null) {
                    toBlank.add(f);
                } else {
                    changed.put(f, m);
                }
            }
        }
        if (changed.isEmpty() && toBlank.isEmpty()) {
            message.set(I18n.t("badge.hold.unchanged"));
            return;
        }
        String code = ruleSet;
        tasks.run("", p -> {
            for (Map.Entry<DisciplineForm, Integer> e : changed.entrySet()) {
                source.setHold(code, e.getKey(), e.getValue());
            }
            for (DisciplineForm f : toBlank) {
                source.setHold(code, f, null);
            }
            return new Loaded(source.ruleSetFor(year), source.holds(year));
        }, l -> {
            show(l);
            message.set(I18n.t("badge.hold.saved", changed.size() + toBlank.size()));
        }, e -> message.set(text(e)));
    }

    /// The discipline form in Vietnamese.
    public static String formName(DisciplineForm f) {
        return I18n.t(switch (f) {
            case REPRIMAND -> "badge.hold.form.REPRIMAND";
            case WARNING -> "badge.hold.form.WARNING";
            case DISMISSAL -> "badge.hold.form.DISMISSAL";
            case EXPULSION -> "badge.hold.form.EXPULSION";
        });
    }

    private static String text(Throwable e) {
        return e instanceof AppException a ? a.userMessage() : I18n.t("badge.hold.error.load");
    }

    public ReadOnlyStringProperty heading() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
