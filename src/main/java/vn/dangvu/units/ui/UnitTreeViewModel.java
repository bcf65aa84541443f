package vn.dangvu.units.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.party.CellType;
import vn.dangvu.party.UnitKind;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.units.LeaderAssignment;
import vn.dangvu.units.NewLeader;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitDetails;
import vn.dangvu.units.UnitMemberRef;
import vn.dangvu.units.UnitRules;
import vn.dangvu.units.UnitService;
import vn.dangvu.units.UnitUpdate;

/// The unit tree screen: tree with warning badges, the warnings list, the selected unit's details and
/// leadership, and the commands (create, save/rename, move, merge, dissolve, leadership edits).
/// Commands report a refusal through onError (the dialog shows it and stays open) and reload on success.
public final class UnitTreeViewModel {

    /// One node of the tree; warnings already translated.
    public record UnitNode(PartyUnit unit, String label, List<String> warnings, List<UnitNode> children) {
    }

    /// One line of the warnings list.
    public record WarningRow(long unitId, String unitName, String text) {
    }

    private record Loaded(List<PartyUnit> units, List<UnitRules.Warning> warnings) {
    }

    private record Selected(UnitDetails details, List<LeaderAssignment> leaders) {
    }

    private final UnitService service;
    private final BackgroundTasks tasks;
    private final Runnable membersChanged;
    private final Clock clock;
    private final ObservableList<UnitNode> roots = FXCollections.observableArrayList();
    private final ObservableList<WarningRow> warnings = FXCollections.observableArrayList();
    private final ObservableList<LeaderAssignment> leaders = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UnitDetails> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final BooleanProperty showDissolved = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canCreate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canMove = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canMerge = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canDissolve = new ReadOnlyBooleanWrapper();
    private List<PartyUnit> units = List.of();
    private Map<Long, List<String>> warningsByUnit = Map.of();

    /// membersChanged: called after members moved to another unit (the member list cache must be refreshed).
    public UnitTreeViewModel(UnitService service, BackgroundTasks tasks, Runnable membersChanged, Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.membersChanged = membersChanged;
        this.clock = clock;
        showDissolved.addListener((o, a, b) -> rebuild());
        selected.addListener((o, a, d) -> {
            boolean active = d != null && d.unit().active();
            canEdit.set(active);
            canCreate.set(active && !childKinds().isEmpty());
            canMove.set(active && d.unit().parentId().isPresent());
            canMerge.set(active && d.unit().kind().isCell());
            canDissolve.set(active && d.unit().parentId().isPresent());
        });
    }

    public void load() {
        tasks.run("", p -> new Loaded(service.all(), service.warnings(today())), l -> {
            units = l.units();
            Map<Long, List<String>> byUnit = new LinkedHashMap<>();
            List<WarningRow> rows = new ArrayList<>();
            for (UnitRules.Warning w : l.warnings()) {
                String text = I18n.t(w.key(), w.args().toArray());
                byUnit.computeIfAbsent(w.unitId(), k -> new ArrayList<>()).add(text);
                rows.add(new WarningRow(w.unitId(), w.unitName(), text));
            }
            warningsByUnit = byUnit;
            warnings.setAll(rows);
            error.set("");
            rebuild();
            if (selected.get() != null) {
                select(selected.get().unit().id());
            }
        }, e -> error.set(message(e, "units.tree.error")));
    }

    /// Shows one unit's details and leadership; null clears the panel.
    public void select(Long unitId) {
        if (unitId == null) {
            selected.set(null);
            leaders.clear();
            return;
        }
        tasks.run("", p -> new Selected(service.details(unitId).orElseThrow(() -> new AppException("unit.error.notFound")),
                service.leaders(unitId)), s -> {
                    selected.set(s.details());
                    leaders.setAll(s.leaders());
                }, e -> error.set(message(e, "units.tree.error")));
    }

    private void rebuild() {
        roots.setAll(tree(units, warningsByUnit, showDissolved.get()));
    }

    /// Builds the forest from parent ids in the service's order; units whose parent is missing become roots.
    static List<UnitNode> tree(List<PartyUnit> units, Map<Long, List<String>> warnings, boolean withDissolved) {
        Map<Long, PartyUnit> byId = new HashMap<>();
        Map<Long, List<PartyUnit>> children = new HashMap<>();
        List<PartyUnit> top = new ArrayList<>();
        for (PartyUnit u : units) {
            if (withDissolved || u.active()) {
                byId.put(u.id(), u);
            }
        }
        for (PartyUnit u : units) {
            if (!byId.containsKey(u.id())) {
                continue;
            }
            if (u.parentId().isPresent() && byId.containsKey(u.parentId().get())) {
                children.computeIfAbsent(u.parentId().get(), k -> new ArrayList<>()).add(u);
            } else {
                top.add(u);
            }
        }
        List<UnitNode> result = new ArrayList<>();
        for (PartyUnit u : top) {
            result.add(node(u, children, warnings, 0));
        }
        return result;
    }

    private static UnitNode node(PartyUnit u, Map<Long, List<PartyUnit>> children, Map<Long, List<String>> warnings, int depth) {
        List<UnitNode> kids = new ArrayList<>();
        // depth guard: a parent cycle in bad data must not hang the window
        if (depth < 20) {
            for (PartyUnit c : children.getOrDefault(u.id(), List.of())) {
                kids.add(node(c, children, warnings, depth + 1));
            }
        }
        String label = u.name() + (u.active() ? "" : " " + I18n.t("units.tree.dissolved"));
        return new UnitNode(u, label, warnings.getOrDefault(u.id(), List.of()), kids);
    }

    /// Kinds that may be created under the selected unit.
    public List<UnitKind> childKinds() {
        UnitDetails d = selected.get();
        List<UnitKind> out = new ArrayList<>();
        for (UnitKind k : UnitKind.values()) {
            if (d != null && d.unit().active() && UnitRules.allowedUnder(k, Optional.of(d.unit().kind()))) {
                out.add(k);
            }
        }
        return out;
    }

    /// Active units the selected one may move under: kind allowed, not itself or below itself, not its parent.
    public List<PartyUnit> moveTargets() {
        UnitDetails d = selected.get();
        if (d == null || d.unit().parentId().isEmpty()) {
            return List.of();
        }
        Map<Long, Long> parentOf = new HashMap<>();
        units.forEach(u -> u.parentId().ifPresent(p -> parentOf.put(u.id(), p)));
        PartyUnit me = d.unit();
        return units.stream().filter(PartyUnit::active)
                .filter(u -> UnitRules.allowedUnder(me.kind(), Optional.of(u.kind())))
                .filter(u -> !me.parentId().equals(Optional.of(u.id())))
                .filter(u -> !UnitRules.wouldCycle(me.id(), u.id(), parentOf)).toList();
    }

    /// Active cells the selected cell may merge into.
    public List<PartyUnit> mergeTargets() {
        UnitDetails d = selected.get();
        if (d == null || !d.unit().kind().isCell() || !d.unit().active()) {
            return List.of();
        }
        return units.stream().filter(u -> u.active() && u.kind().isCell() && u.id() != d.unit().id()).toList();
    }

    /// Creates a unit under the selected one and selects it.
    public void create(UnitKind kind, Optional<CellType> cellType, String name, Optional<LocalDate> established,
                       Optional<String> decision, Runnable onDone, Consumer<String> onError) {
        Optional<Long> parent = selectedId();
        change(() -> service.create(new NewUnit(parent, kind, cellType, name, established, decision)), id -> {
            selected.set(null);
            notice.set(I18n.t("units.notice.created", name.strip()));
            onDone.run();
            select(id);
        }, onError, false);
    }

    /// Saves the detail panel (a new name renames the unit).
    public void save(UnitUpdate u, Runnable onDone, Consumer<String> onError) {
        change(() -> {
            service.update(u);
            return u.id();
        }, id -> {
            notice.set(I18n.t("units.notice.saved", u.name().strip()));
            onDone.run();
        }, onError, false);
    }

    public void move(PartyUnit target, Runnable onDone, Consumer<String> onError) {
        UnitDetails d = selected.get();
        if (target == null) {
            onError.accept(I18n.t("units.error.targetRequired"));
            return;
        }
        change(() -> {
            service.move(d.unit().id(), target.id());
            return d.unit().id();
        }, id -> {
            notice.set(I18n.t("units.notice.moved", d.unit().name(), target.name()));
            onDone.run();
        }, onError, false);
    }

    /// Merges the selected cell into target; afterwards the target is selected.
    public void merge(PartyUnit target, Optional<LocalDate> date, Optional<String> decision, Runnable onDone,
                      Consumer<String> onError) {
        UnitDetails d = selected.get();
        if (target == null) {
            onError.accept(I18n.t("units.error.mergeTargetRequired"));
            return;
        }
        change(() -> service.merge(d.unit().id(), target.id(), date, decision), n -> {
            notice.set(I18n.t("units.notice.merged", d.unit().name(), target.name(), n));
            selected.set(null);
            onDone.run();
            select(target.id());
        }, onError, true);
    }

    public void dissolve(Optional<LocalDate> date, Optional<String> decision, Runnable onDone, Consumer<String> onError) {
        UnitDetails d = selected.get();
        change(() -> {
            service.dissolve(d.unit().id(), date, decision);
            return d.unit().id();
        }, id -> {
            notice.set(I18n.t("units.notice.dissolved", d.unit().name()));
            onDone.run();
        }, onError, false);
    }

    public void addLeader(NewLeader l, Runnable onDone, Consumer<String> onError) {
        change(() -> service.addLeader(l), id -> onDone.run(), onError, false);
    }

    public void endLeader(LeaderAssignment a, Optional<LocalDate> to, Runnable onDone, Consumer<String> onError) {
        change(() -> {
            service.endLeader(a.id(), to);
            return a.id();
        }, id -> onDone.run(), onError, false);
    }

    public void removeLeader(LeaderAssignment a, Runnable onDone, Consumer<String> onError) {
        change(() -> {
            service.removeLeader(a.id());
            return a.id();
        }, id -> onDone.run(), onError, false);
    }

    /// Work that may be refused with an AppException.
    @FunctionalInterface
    private interface Change<T> {
        T run() throws AppException;
    }

    /// Runs one change in the background; on success tells onDone and reloads; on refusal onError gets the message.
    private <T> void change(Change<T> work, Consumer<T> onDone, Consumer<String> onError, boolean movesMembers) {
        tasks.run("", p -> work.run(), r -> {
            if (movesMembers) {
                membersChanged.run();
            }
            onDone.accept(r);
            load();
        }, e -> onError.accept(message(e, "units.change.error")));
    }

    private Optional<Long> selectedId() {
        return Optional.ofNullable(selected.get()).map(d -> d.unit().id());
    }

    public void candidates(Consumer<List<UnitMemberRef>> onLoaded) {
        UnitDetails d = selected.get();
        if (d != null) {
            tasks.run("", p -> service.candidates(d.unit().id()), onLoaded, e -> error.set(message(e, "units.tree.error")));
        }
    }

    static String message(Throwable e, String fallbackKey) {
        return e instanceof AppException a ? a.userMessage() : I18n.t(fallbackKey);
    }


    public ObservableList<UnitNode> roots() {
        return roots;
    }

    public ObservableList<WarningRow> warnings() {
        return warnings;
    }

    public ObservableList<LeaderAssignment> leaders() {
        return leaders;
    }

    public ReadOnlyObjectProperty<UnitDetails> selected() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    public BooleanProperty showDissolved() {
        return showDissolved;
    }

    /// The selected unit is active (its fields and leadership can change).
    public ReadOnlyBooleanProperty canEdit() {
        return canEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCreate() {
        return canCreate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMove() {
        return canMove.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMerge() {
        return canMerge.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDissolve() {
        return canDissolve.getReadOnlyProperty();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
