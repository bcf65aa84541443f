package vn.dangvu.audit.ui;

import javafx.stage.Window;

/// Opens the change history of one entity over a window: the member form opens it for a member
/// (`party_member`), the commendation feature for a decision. The composition root hands features this interface
/// ([AuditScreens#history]); features never build the dialog themselves.
@FunctionalInterface
public interface EntityHistory {

    /// `title` names the entity for the user ("Nguyễn Văn An", "Quyết định số 12-QĐ/ĐU").
    void show(Window owner, String entityType, long entityId, String title);
}
