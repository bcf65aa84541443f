package vn.dangvu.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.units.PartyUnit;

/// Read-only tree of party units (the full unit screens come in a later release).
public final class UnitTreeViewModel {

    /// UnitService::all
    @FunctionalInterface
    public interface UnitLister {
        List<PartyUnit> all() throws AppException;
    }

    /// One node of the tree, label already translated.
    public record Node(String label, List<Node> children) {
    }

    private final UnitLister lister;
    private final BackgroundTasks tasks;
    private final ObservableList<Node> roots = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public UnitTreeViewModel(UnitLister lister, BackgroundTasks tasks) {
        this.lister = lister;
        this.tasks = tasks;
    }

    public void load() {
        tasks.run("", p -> tree(lister.all()), roots::setAll,
                e -> error.set(e instanceof AppException a ? a.userMessage() : I18n.t("units.tree.error")));
    }

    /// Builds the forest from parent ids, keeping the service's order; units whose parent is missing become roots.
    static List<Node> tree(List<PartyUnit> units) {
        Map<Long, PartyUnit> byId = new LinkedHashMap<>();
        Map<Long, List<PartyUnit>> children = new LinkedHashMap<>();
        List<PartyUnit> top = new ArrayList<>();
        for (PartyUnit u : units) {
            byId.put(u.id(), u);
        }
        for (PartyUnit u : units) {
            if (u.parentId().isPresent() && byId.containsKey(u.parentId().get())) {
                children.computeIfAbsent(u.parentId().get(), k -> new ArrayList<>()).add(u);
            } else {
                top.add(u);
            }
        }
        List<Node> result = new ArrayList<>();
        for (PartyUnit u : top) {
            result.add(node(u, children, 0));
        }
        return result;
    }

    private static Node node(PartyUnit u, Map<Long, List<PartyUnit>> children, int depth) {
        List<Node> kids = new ArrayList<>();
        // depth guard: a parent cycle in bad data must not hang the window
        if (depth < 20) {
            for (PartyUnit c : children.getOrDefault(u.id(), List.of())) {
                kids.add(node(c, children, depth + 1));
            }
        }
        String label = u.name() + (u.active() ? "" : " " + I18n.t("units.tree.dissolved"));
        return new Node(label, kids);
    }

    public ObservableList<Node> roots() {
        return roots;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }
}
