package vn.dangvu.audit.ui;

import java.time.LocalDate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import vn.dangvu.common.I18n;
import vn.dangvu.ui.FormFields;

/// The audit trail screen: who may be recorded (operator name), the filters, the entries and the selected one.
public final class AuditView {

    private final AuditViewModel vm;
    private final BorderPane root = new BorderPane();

    public AuditView(AuditViewModel vm) {
        this.vm = vm;
        build();
        // the trail grows while the app is used: read it again each time the screen comes into view
        root.sceneProperty().addListener((o, a, b) -> {
            if (b != null && root.isVisible()) {
                vm.load();
            }
        });
        root.visibleProperty().addListener((o, a, b) -> {
            if (b && root.getScene() != null) {
                vm.load();
            }
        });
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.setId("auditView");
        Label title = new Label(I18n.t("audit.title"));
        title.getStyleClass().add("title-3");
        Label hint = new Label(I18n.t("audit.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox top = new VBox(8, title, hint, operatorLine(), filters(), entityLine());
        top.setPadding(new Insets(12, 12, 8, 12));
        root.setTop(top);
        Node table = AuditTable.of(vm, "audit.empty");
        BorderPane.setMargin(table, new Insets(0, 12, 0, 12));
        root.setCenter(table);
        Label count = new Label();
        count.setId("auditCount");
        count.textProperty().bind(vm.countLine());
        Button entity = new Button(I18n.t("audit.button.entityHistory"));
        entity.setId("auditEntityHistory");
        entity.disableProperty().bind(vm.canShowEntity().not());
        entity.setOnAction(e -> vm.showSelectedEntity());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(10, count, gap, entity);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 12, 10, 12));
        root.setBottom(bottom);
    }

    private Node operatorLine() {
        TextField name = new TextField();
        name.setId("auditOperator");
        name.setPromptText(I18n.t("audit.operator.prompt"));
        name.setPrefColumnCount(18);
        name.textProperty().bindBidirectional(vm.operator);
        name.setOnAction(e -> vm.saveOperator());
        Button save = new Button(I18n.t("audit.operator.save"));
        save.setId("auditOperatorSave");
        save.setOnAction(e -> vm.saveOperator());
        Label state = new Label();
        state.setId("auditOperatorLine");
        state.textProperty().bind(vm.operatorLine());
        state.setWrapText(true);
        name.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, whole(new Label(I18n.t("audit.operator.label"))), name, save, state);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(state, Priority.ALWAYS);
        return box;
    }

    private Node filters() {
        ComboBox<AuditViewModel.Kind> kind = new ComboBox<>(vm.kinds());
        kind.setId("auditKind");
        kind.valueProperty().bindBidirectional(vm.kind);
        kind.setPrefWidth(300);
        kind.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AuditViewModel.Kind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? "" : k.label());
                setStyle(!empty && k != null && !k.group() && !k.actions().isEmpty() ? "-fx-padding: 4 8 4 24;" : "");
            }
        });
        FlowPane row = new FlowPane(10, 8,
                labelled("audit.filter.from", date("auditFrom", vm.from, true)),
                labelled("audit.filter.to", date("auditTo", vm.to, false)),
                labelled("audit.filter.kind", kind),
                labelled("audit.filter.who", text("auditWho", vm.who, 12)),
                labelled("audit.filter.text", text("auditText", vm.text, 16)),
                clear());
        Label message = new Label();
        message.setId("auditFilterMessage");
        message.textProperty().bind(vm.filterMessage());
        message.setStyle("-fx-text-fill: #c62828;");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        return new VBox(4, row, message);
    }

    private Node entityLine() {
        Label label = new Label();
        label.setId("auditEntity");
        label.textProperty().bind(vm.entityLine());
        label.getStyleClass().add("text-bold");
        Button all = new Button(I18n.t("audit.button.allEntities"));
        all.setId("auditAllEntities");
        all.setOnAction(e -> vm.clearEntity());
        all.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, whole(new Label(I18n.t("audit.filter.entity"))), label, all);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(vm.entityFiltered());
        box.managedProperty().bind(vm.entityFiltered());
        return box;
    }

    private Button clear() {
        Button b = new Button(I18n.t("audit.button.clear"));
        b.setId("auditClear");
        b.setOnAction(e -> vm.clearFilters());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private DatePicker date(String id, ObjectProperty<LocalDate> p, boolean from) {
        DatePicker d = FormFields.datePicker(p);
        d.setId(id);
        d.setPrefWidth(165);
        FormFields.onReading(d, r -> vm.typedDate(from, r));
        return d;
    }

    private static TextField text(String id, StringProperty p, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(columns);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    /// A label that keeps its whole text when the large font makes the line tight.
    private static Label whole(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static HBox labelled(String key, Node control) {
        HBox box = new HBox(6, whole(new Label(I18n.t(key))), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
