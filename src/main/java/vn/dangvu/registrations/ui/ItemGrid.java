package vn.dangvu.registrations.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import vn.dangvu.common.I18n;
import vn.dangvu.registrations.Assessment;

/// The form's item lines as a grid of fields in Tab order. In registration mode: the deed, the measure, the deadline
/// (and for a cell the person responsible); in assessment mode: the deed, the self-assessment and its text, the
/// review and its text. Enter in a line's last field adds a line (or goes to the next one); in an assessment box,
/// 1/H = done, 2/M = partly, 3/C = not done, 0 or Delete = none.
final class ItemGrid {

    private final EntryViewModel vm;
    private final GridPane grid = new GridPane();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final List<List<Control>> fields = new ArrayList<>();

    ItemGrid(EntryViewModel vm) {
        this.vm = vm;
        grid.setId("regItems");
        grid.setHgap(6);
        grid.setVgap(4);
        grid.setPadding(new Insets(2, 4, 2, 0));
        vm.items().addListener((ListChangeListener<ItemRow>) c -> rebuild());
        vm.assessing().addListener((o, a, b) -> rebuild());
        vm.collective().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    Node root() {
        return grid;
    }

    /// The line holding the focus (or last focused), -1 before any.
    int current() {
        return current.get();
    }

    /// Puts the focus in the first field of line `index`.
    void focus(int index) {
        if (index >= 0 && index < fields.size()) {
            fields.get(index).getFirst().requestFocus();
            current.set(index);
        }
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        fields.clear();
        boolean assess = vm.assessing().get();
        List<String> heads = new ArrayList<>(List.of("#", I18n.t("registrations.field.CONTENT")));
        if (assess) {
            heads.addAll(List.of(I18n.t("registrations.field.SELF_RESULT"), I18n.t("registrations.ui.note"),
                    vm.reviewLabel().get(), I18n.t("registrations.ui.note")));
            columns(new double[] {28, 180, 120, 110, 120, 110}, 1, 3, 5);
        } else if (vm.collective().get()) {
            heads.addAll(List.of(I18n.t("registrations.field.MEASURE"), I18n.t("registrations.ui.deadlineShort"),
                    I18n.t("registrations.field.RESPONSIBLE"), ""));
            columns(new double[] {28, 180, 150, 140, 110, 34}, 1, 2, 4);
        } else {
            heads.addAll(List.of(I18n.t("registrations.field.MEASURE"), I18n.t("registrations.ui.deadlineShort"), ""));
            columns(new double[] {28, 200, 170, 140, 34}, 1, 2);
        }
        for (int c = 0; c < heads.size(); c++) {
            Label h = new Label(heads.get(c));
            h.getStyleClass().add("text-bold");
            h.setWrapText(true);
            grid.add(h, c, 0);
        }
        for (int i = 0; i < vm.items().size(); i++) {
            row(i, vm.items().get(i), assess);
        }
    }

    /// Column widths in pixels, wide enough for a date at the large font: the text columns (`growing`) shrink to half
    /// and take the room left; the others keep their width.
    private void columns(double[] widths, int... growing) {
        for (int c = 0; c < widths.length; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            boolean grows = false;
            for (int g : growing) {
                grows |= g == c;
            }
            cc.setPrefWidth(widths[c]);
            cc.setMinWidth(grows ? widths[c] / 2 : widths[c]);
            cc.setHgrow(grows ? Priority.ALWAYS : Priority.NEVER);
            grid.getColumnConstraints().add(cc);
        }
    }

    private void row(int i, ItemRow r, boolean assess) {
        int gridRow = 1 + 2 * i;
        Label no = new Label(String.valueOf(i + 1));
        grid.add(no, 0, gridRow);
        GridPane.setValignment(no, VPos.CENTER);
        List<Control> line = new ArrayList<>();
        if (assess) {
            Label content = new Label(r.content.get());
            content.setWrapText(true);
            content.setId("regItemContent" + i);
            grid.add(content, 1, gridRow);
            line.add(box(r.selfResult, "regItemSelf" + i));
            line.add(text(r.selfNote, "regItemSelfNote" + i));
            line.add(box(r.reviewResult, "regItemReview" + i));
            line.add(text(r.reviewNote, "regItemReviewNote" + i));
        } else {
            line.add(text(r.content, "regItemContent" + i));
            line.add(text(r.measure, "regItemMeasure" + i));
            line.add(text(r.deadline, "regItemDeadline" + i));
            if (vm.collective().get()) {
                line.add(text(r.responsible, "regItemResponsible" + i));
            }
        }
        int col = assess ? 2 : 1;
        for (Control c : line) {
            c.focusedProperty().addListener((o, a, b) -> {
                if (b) {
                    current.set(i);
                }
            });
            c.setMaxWidth(Double.MAX_VALUE);
            grid.add(c, col++, gridRow);
        }
        Control last = line.getLast();
        last.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                focus(i + 1 < vm.items().size() ? i + 1 : vm.editable().get() ? vm.addItem() : i);
            }
        });
        if (!assess) {
            Button remove = new Button("✕");
            remove.setId("regItemRemove" + i);
            remove.setFocusTraversable(false);
            remove.getStyleClass().addAll("flat", "small");
            remove.disableProperty().bind(vm.editable().not());
            remove.setOnAction(e -> vm.remove(i));
            grid.add(remove, col, gridRow);
        }
        fields.add(line);
        Label problem = new Label();
        problem.setId("regItemProblem" + i);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.when(r.problem.isNotEmpty()).then(r.problem)
                .otherwise(Bindings.when(r.vague).then(I18n.t("registrations.ui.vagueHint")).otherwise("")));
        problem.getStyleClass().add("reg-item-problem");
        problem.styleProperty().bind(Bindings.when(r.problem.isNotEmpty())
                .then("-fx-text-fill: -color-danger-fg;").otherwise("-fx-text-fill: -color-warning-fg;"));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        grid.add(problem, 1, gridRow + 1, GridPane.REMAINING, 1);
    }

    private TextField text(StringProperty p, String id) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(p);
        t.setId(id);
        t.editableProperty().bind(vm.editable());
        return t;
    }

    private ComboBox<Assessment> box(ObjectProperty<Assessment> p, String id) {
        ComboBox<Assessment> b = new ComboBox<>();
        b.getItems().add(null);
        b.getItems().addAll(Assessment.values());
        b.setConverter(new StringConverter<>() {
            @Override
            public String toString(Assessment a) {
                return a == null ? "" : I18n.t(a.i18nKey());
            }

            @Override
            public Assessment fromString(String s) {
                return Assessment.read(s).orElse(null);
            }
        });
        b.valueProperty().bindBidirectional(p);
        b.setId(id);
        b.disableProperty().bind(vm.editable().not());
        b.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            String k = e.getText() == null ? "" : e.getText().toLowerCase(Locale.ROOT);
            switch (k) {
                case "1", "h" -> b.setValue(Assessment.DONE);
                case "2", "m" -> b.setValue(Assessment.PARTLY);
                case "3", "c" -> b.setValue(Assessment.NOT_DONE);
                case "0" -> b.setValue(null);
                default -> {
                    if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                        b.setValue(null);
                    } else {
                        return;
                    }
                }
            }
            e.consume();
        });
        return b;
    }
}
