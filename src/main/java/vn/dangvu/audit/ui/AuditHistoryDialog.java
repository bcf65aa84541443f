package vn.dangvu.audit.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import vn.dangvu.common.I18n;

/// The change history of one entity (a member, a decision) in its own window over the owner: every entry about
/// it, newest first, and the selected one in full. Read-only.
public final class AuditHistoryDialog {

    private final AuditViewModel vm;
    private final BorderPane root = new BorderPane();

    public AuditHistoryDialog(AuditViewModel vm) {
        this.vm = vm;
        root.setId("auditHistory");
        Label heading = new Label();
        heading.setId("auditHistoryTitle");
        heading.textProperty().bind(vm.entityLine());
        heading.getStyleClass().add("title-4");
        heading.setPadding(new Insets(10, 12, 6, 12));
        heading.setWrapText(true);
        root.setTop(heading);
        root.setCenter(AuditTable.of(vm, "audit.history.empty"));
    }

    public BorderPane root() {
        return root;
    }

    /// Shows the dialog (not waiting) and loads the entries.
    public Stage show(Window owner, String style) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.t("audit.history.window", vm.entityLine().get()));
        Label count = new Label();
        count.textProperty().bind(vm.countLine());
        Button close = new Button(I18n.t("audit.history.close"));
        close.setId("auditHistoryClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(10, count, gap, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 12, 10, 12));
        root.setBottom(bottom);
        Scene scene = new Scene(root, 1000, 600);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        root.setStyle(style);
        stage.setScene(scene);
        stage.show();
        vm.load();
        return stage;
    }
}
