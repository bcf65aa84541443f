package vn.dangvu.audit.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.audit.AuditActions;
import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.ui.BackgroundTasks;

/// The audit trail screen (issue 9): filters (period, kind of change, who, text, one entity), the matching entries
/// newest first, the selected entry in full, and the operator name recorded with every change of this session.
/// The same model in [#forEntity] mode is the history of one member or one decision. Nothing here changes the trail.
public final class AuditViewModel {

    /// At most this many entries are shown; the count line says when there are more.
    public static final int LIMIT = 1000;
    static final long DEBOUNCE_MS = 300;

    /// What the screen needs of the trail and of the features whose entities it names.
    public interface Source {
        List<AuditEntry> find(AuditQuery q) throws AppException;

        /// Every action code found in the trail.
        List<String> actionCodes() throws AppException;

        /// Names of these entities of one type (members, units…) for the "Đối tượng" column; ids left out are shown
        /// by number.
        Map<Long, String> names(String entityType, Set<Long> ids) throws AppException;
    }

    /// The operator name: what is recorded now, and setting a new one (kept for the session and remembered).
    public interface Operator {
        String get();

        void set(String name);
    }

    /// One choice of the kind-of-change filter: every kind, a group of kinds, or one kind.
    public record Kind(String label, Set<String> actions, boolean group) {
        @Override
        public String toString() {
            return label;
        }
    }

    private record Entity(String type, long id, String label) {
    }

    private record Found(List<AuditEntry> entries, Map<String, Map<Long, String>> names) {
    }

    private final Source source;
    private final BackgroundTasks tasks;
    private final Optional<Operator> operatorStore;
    private final Optional<Entity> fixed;
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    final StringProperty who = new SimpleStringProperty("");
    final StringProperty text = new SimpleStringProperty("");
    final StringProperty operator = new SimpleStringProperty("");
    private final ObservableList<Kind> kinds = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    final ObjectProperty<AuditRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper filterMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper operatorLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper entityLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper entityFiltered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canShowEntity = new ReadOnlyBooleanWrapper(false);
    private final Map<Boolean, String> dateProblems = new HashMap<>();
    private Optional<Entity> entity = Optional.empty();
    private BackgroundTasks.Cancellable pending = () -> { };
    private int generation;
    private boolean resetting;

    /// The whole trail with filters; `operator` is the session's operator name.
    public AuditViewModel(Source source, BackgroundTasks tasks, Operator operator) {
        this(source, tasks, Optional.of(operator), Optional.empty());
    }

    private AuditViewModel(Source source, BackgroundTasks tasks, Optional<Operator> operatorStore, Optional<Entity> fixed) {
        this.source = source;
        this.tasks = tasks;
        this.operatorStore = operatorStore;
        this.fixed = fixed;
        this.entity = fixed;
        Kind every = new Kind(I18n.t("audit.kind.all"), Set.of(), false);
        kinds.add(every);
        kind.set(every);
        for (var p : List.of(from, to, kind)) {
            p.addListener((o, a, b) -> changed());
        }
        who.addListener((o, a, b) -> changed());
        text.addListener((o, a, b) -> changed());
        selected.addListener((o, a, b) -> {
            detail.set(b == null ? "" : AuditLines.detail(b));
            canShowEntity.set(fixed.isEmpty() && b != null && b.entry().entityId().isPresent());
        });
        operatorStore.ifPresent(s -> {
            operator.set(s.get());
            showOperator(s.get());
        });
    }

    /// The history of one entity (a member, a decision): every entry about it, newest first; `label` names it.
    public static AuditViewModel forEntity(Source source, BackgroundTasks tasks, String entityType, long entityId,
                                           String label) {
        AuditViewModel vm = new AuditViewModel(source, tasks, Optional.empty(),
                Optional.of(new Entity(entityType, entityId, label)));
        vm.entityLine.set(label);
        vm.entityFiltered.set(true);
        return vm;
    }

    /// Reads the kinds of change found in the trail, then the entries.
    public void load() {
        if (fixed.isEmpty()) {
            tasks.run("", p -> source.actionCodes(), this::showKinds, e -> filterMessage.set(message(e)));
        }
        apply();
    }

    /// Runs the query now with the filters as they are (a refused date stops it and says why).
    public void apply() {
        pending.cancel();
        Optional<String> problem = dateProblem();
        filterMessage.set(problem.orElse(""));
        if (problem.isPresent()) {
            return;
        }
        AuditQuery q = query();
        int mine = ++generation;
        tasks.run("", p -> {
            List<AuditEntry> found = source.find(q);
            Map<String, Set<Long>> ids = new TreeMap<>();
            for (AuditEntry e : found) {
                if (e.entityType().isPresent() && e.entityId().isPresent()) {
                    ids.computeIfAbsent(e.entityType().get(), k -> new HashSet<>()).add(e.entityId().get());
                }
            }
            Map<String, Map<Long, String>> names = new HashMap<>();
            for (var t : ids.entrySet()) {
                names.put(t.getKey(), source.names(t.getKey(), t.getValue()));
            }
            return new Found(found, names);
        }, f -> {
            if (mine == generation) {
                show(f);
            }
        }, e -> {
            if (mine == generation) {
                rows.clear();
                filterMessage.set(message(e));
            }
        });
    }

    /// Clears every filter (the entity's too, except in history mode) and shows the newest entries.
    public void clearFilters() {
        resetting = true;
        try {
            from.set(null);
            to.set(null);
            dateProblems.clear();
            kind.set(kinds.getFirst());
            who.set("");
            text.set("");
            entity = fixed;
            entityFiltered.set(fixed.isPresent());
            entityLine.set(fixed.map(Entity::label).orElse(""));
        } finally {
            resetting = false;
        }
        apply();
    }

    /// Shows the whole history of the selected entry's entity (one member, one unit…).
    public void showSelectedEntity() {
        AuditRow r = selected.get();
        if (r == null || r.entry().entityType().isEmpty() || r.entry().entityId().isEmpty() || fixed.isPresent()) {
            return;
        }
        entity = Optional.of(new Entity(r.entry().entityType().get(), r.entry().entityId().get(), r.object()));
        entityLine.set(r.object());
        entityFiltered.set(true);
        apply();
    }

    /// Back to every entity (the other filters stay).
    public void clearEntity() {
        if (fixed.isEmpty()) {
            entity = Optional.empty();
            entityLine.set("");
            entityFiltered.set(false);
            apply();
        }
    }

    /// The view reports what a date field's text reads as; a refused date stops the query with its message.
    public void typedDate(boolean isFrom, Dates.Reading reading) {
        String label = I18n.t(isFrom ? "audit.filter.from" : "audit.filter.to");
        if (reading.ok()) {
            dateProblems.remove(isFrom);
        } else {
            dateProblems.put(isFrom, reading.message(label));
        }
        changed();
    }

    /// Records the operator name typed (blank: none) for every change from now on.
    public void saveOperator() {
        operatorStore.ifPresent(s -> {
            String name = Text.clean(operator.get());
            s.set(name);
            operator.set(name);
            showOperator(name);
        });
    }

    private void showOperator(String name) {
        operatorLine.set(name.isEmpty() ? I18n.t("audit.operator.none") : I18n.t("audit.operator.set", name));
    }

    private void changed() {
        if (resetting) {
            return;
        }
        pending.cancel();
        pending = tasks.schedule(DEBOUNCE_MS, this::apply);
    }

    private Optional<String> dateProblem() {
        Optional<String> typed = Optional.ofNullable(dateProblems.getOrDefault(true, dateProblems.get(false)));
        if (typed.isPresent()) {
            return typed;
        }
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            return Optional.of(I18n.t("audit.filter.error.toBeforeFrom", from.get()));
        }
        return Optional.empty();
    }

    AuditQuery query() {
        AuditQuery q = AuditQuery.all(LIMIT + 1)
                .period(Optional.ofNullable(from.get()), Optional.ofNullable(to.get()))
                .actions(kind.get() == null ? Set.of() : kind.get().actions())
                .who(Optional.of(Text.clean(who.get())).filter(s -> !s.isEmpty()))
                .text(Optional.of(Text.clean(text.get())).filter(s -> !s.isEmpty()));
        return entity.map(e -> q.entity(e.type(), e.id())).orElse(q);
    }

    private void show(Found f) {
        List<AuditRow> out = new ArrayList<>(Math.min(f.entries().size(), LIMIT));
        for (AuditEntry e : f.entries().subList(0, Math.min(f.entries().size(), LIMIT))) {
            out.add(AuditLines.row(e, e.entityType().map(t -> f.names().getOrDefault(t, Map.of())).orElse(Map.of())));
        }
        rows.setAll(out);
        boolean more = f.entries().size() > LIMIT;
        countLine.set(more ? I18n.t("audit.count.more", LIMIT) : I18n.t("audit.count", out.size()));
        if (!rows.contains(selected.get())) {
            selected.set(null);
        }
    }

    /// "Every kind", then per group "all of the group" and its kinds (those found in the trail), by name.
    private void showKinds(List<String> codes) {
        Map<AuditActions.Group, List<String>> byGroup = new TreeMap<>(codes.stream()
                .collect(Collectors.groupingBy(AuditActions::group)));
        Kind current = kind.get();
        List<Kind> out = new ArrayList<>(List.of(kinds.getFirst()));
        for (var g : byGroup.entrySet()) {
            out.add(new Kind(I18n.t("audit.kind.group", AuditLines.group(g.getKey())), new LinkedHashSet<>(g.getValue()), true));
            g.getValue().stream().map(c -> new Kind(AuditLines.action(c), Set.of(c), false))
                    .sorted(Comparator.comparing(Kind::label)).forEach(out::add);
        }
        resetting = true;
        try {
            kinds.setAll(out);
            kind.set(out.stream().filter(k -> k.actions().equals(current.actions())).findFirst().orElse(out.getFirst()));
        } finally {
            resetting = false;
        }
    }

    private static String message(Throwable e) {
        return AppException.in(e).map(AppException::userMessage).orElse(I18n.t("audit.error.load"));
    }

    public ObservableList<Kind> kinds() {
        return kinds;
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty detail() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countLine() {
        return countLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filterMessage() {
        return filterMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty operatorLine() {
        return operatorLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty entityLine() {
        return entityLine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty entityFiltered() {
        return entityFiltered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canShowEntity() {
        return canShowEntity.getReadOnlyProperty();
    }

    /// True in the history of one entity (no filters beyond the entity, no operator field).
    public boolean history() {
        return fixed.isPresent();
    }
}
