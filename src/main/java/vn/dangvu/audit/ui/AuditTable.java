package vn.dangvu.audit.ui;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import vn.dangvu.common.I18n;

/// The list of entries and the selected one in full, shared by the trail screen and the history dialog.
/// Read-only: nothing in it edits the trail.
final class AuditTable {

    private AuditTable() {
    }

    static SplitPane of(AuditViewModel vm, String emptyKey) {
        TableView<AuditRow> table = new TableView<>(vm.rows());
        table.setId("auditTable");
        table.setPlaceholder(new Label(I18n.t(emptyKey)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AuditRow, String> time = column("audit.column.time", AuditRow::time, 150);
        table.getColumns().add(time);
        table.getColumns().add(column("audit.column.who", AuditRow::who, 170));
        table.getColumns().add(column("audit.column.kind", AuditRow::kind, 210));
        if (!vm.history()) {
            table.getColumns().add(column("audit.column.object", AuditRow::object, 230));
        }
        table.getColumns().add(column("audit.column.content", AuditRow::content, 380));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selected.set(b));
        vm.selected.addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        TextArea detail = new TextArea();
        detail.setId("auditDetail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.textProperty().bind(vm.detail());
        detail.setPromptText(I18n.t("audit.detail.prompt"));
        // the time whole at either font size: as wide as a date and time in the font the view has now
        detail.fontProperty().addListener((o, a, f) -> fitTime(time, f));
        fitTime(time, detail.getFont());
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        return split;
    }

    private static void fitTime(TableColumn<?, ?> c, Font f) {
        Text sample = new Text("00/00/0000 00:00:00");
        sample.setFont(f);
        double w = Math.ceil(sample.getLayoutBounds().getWidth()) + 24;
        c.setMinWidth(w);
        c.setPrefWidth(w);
    }

    private static TableColumn<AuditRow, String> column(String key, Function<AuditRow, String> value, double width) {
        TableColumn<AuditRow, String> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
