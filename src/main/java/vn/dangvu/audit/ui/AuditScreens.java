package vn.dangvu.audit.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Node;

import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.ui.BackgroundTasks;

/// Builds the audit trail's screens on the [AuditService]: the trail with its filters and the operator name, and
/// the history of one entity that features open through [EntityHistory].
public final class AuditScreens {

    /// Names of entities of one type by id (members, units…), given by the composition root, which knows the
    /// features; an id it cannot name is shown by number.
    @FunctionalInterface
    public interface Names {
        Map<Long, String> of(String entityType, Set<Long> ids) throws AppException;
    }

    private AuditScreens() {
    }

    /// Gives the audit service the operator name remembered for this computer account (call once at start).
    public static void restoreOperator(AuditService audit, OperatorPreference remembered) {
        audit.setOperator(remembered.load());
    }

    /// The trail screen; it reads the trail whenever it comes into view.
    public static Node trail(AuditService audit, Names names, OperatorPreference remembered, BackgroundTasks tasks) {
        AuditViewModel.Operator operator = new AuditViewModel.Operator() {
            @Override
            public String get() {
                return audit.operator().orElse("");
            }

            @Override
            public void set(String name) {
                audit.setOperator(name);
                tasks.run("", p -> {
                    remembered.save(name);
                    return null;
                }, x -> { }, e -> { });
            }
        };
        AuditViewModel vm = new AuditViewModel(source(audit, names), tasks, operator);
        return new AuditView(vm).root();
    }

    /// The history dialog of one entity, as features receive it.
    public static EntityHistory history(AuditService audit, Names names, BackgroundTasks tasks) {
        return (owner, type, id, title) -> new AuditHistoryDialog(AuditViewModel.forEntity(source(audit, names), tasks,
                type, id, title)).show(owner, owner == null || owner.getScene() == null ? "" : owner.getScene().getRoot().getStyle());
    }

    static AuditViewModel.Source source(AuditService audit, Names names) {
        return new AuditViewModel.Source() {
            @Override
            public List<AuditEntry> find(AuditQuery q) {
                return audit.find(q);
            }

            @Override
            public List<String> actionCodes() {
                return audit.actionCodes();
            }

            @Override
            public Map<Long, String> names(String entityType, Set<Long> ids) throws AppException {
                return names.of(entityType, ids);
            }
        };
    }
}
