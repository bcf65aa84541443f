package vn.dangvu.ui;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import vn.dangvu.common.I18n;

/// Small control factories the feature screens share: a read-only text column, a button with its action, the
/// red error line and the message line bound to a ViewModel, a combo box showing its items through a function.
public final class Controls {

    private Controls() {
    }

    /// A column showing `text` of each row, `width` wide, titled by the key.
    public static <S> TableColumn<S, String> column(String titleKey, double width, Function<S, String> text) {
        TableColumn<S, String> c = new TableColumn<>(I18n.t(titleKey));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : text.apply(d.getValue())));
        return c;
    }

    /// A column like [#column] whose cells wrap a long text onto more lines instead of cutting it with "…" (a cell's
    /// or a member's name, an activity's title): what a screen shows at 1366×768 is read in full, at any font size.
    public static <S> TableColumn<S, String> wrappingColumn(String titleKey, double width, Function<S, String> text) {
        return wrap(column(titleKey, width, text));
    }

    /// Makes the column's cells wrap their text (the row grows); the text keeps the cell's font and colour.
    public static <S> TableColumn<S, String> wrap(TableColumn<S, String> col) {
        // its table's rows take their height from the cells (app.css, .wrapping-table)
        col.tableViewProperty().addListener((o, was, table) -> {
            if (table != null && !table.getStyleClass().contains("wrapping-table")) {
                table.getStyleClass().add("wrapping-table");
            }
        });
        col.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                text.fontProperty().bind(fontProperty());
                text.fillProperty().bind(textFillProperty());
                text.getStyleClass().add("wrapped-cell");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
        return col;
    }

    /// Column widths that follow the font: each column's preferred width, as set, is read as a number of em of the
    /// font `fontOf` shows (the screen's base size, normal or large), so a header or a date fits at either size; a
    /// column is never narrower than that.
    public static void widthsInEm(Labeled fontOf, List<? extends TableColumn<?, ?>> columns) {
        for (TableColumn<?, ?> col : columns) {
            double em = col.getPrefWidth();
            col.setMinWidth(em * fontOf.getFont().getSize());
            col.setPrefWidth(em * fontOf.getFont().getSize());
            fontOf.fontProperty().addListener((o, was, now) -> {
                col.setMinWidth(em * now.getSize());
                col.setPrefWidth(em * now.getSize());
            });
        }
    }

    public static Button button(String id, String textKey, Runnable action) {
        Button b = new Button(I18n.t(textKey));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /// A red line showing `text`, taking no room while empty.
    public static Label error(String id, ObservableStringValue text) {
        Label l = line(id, text);
        l.getStyleClass().add("danger");
        return l;
    }

    /// A line showing `text` (what was just done), taking no room while empty.
    public static Label message(String id, ObservableStringValue text) {
        return line(id, text);
    }

    private static Label line(String id, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    /// Shows the combo box's items (list and button) as `label` gives them.
    /// With no value the button shows the box's prompt text (a custom button cell otherwise stays blank once a value
    /// was cleared).
    public static <T> void label(ComboBox<T> box, Function<T, String> label) {
        box.setCellFactory(l -> cell(label, null));
        box.setButtonCell(cell(label, box));
    }

    private static <T> ListCell<T> cell(Function<T, String> label, ComboBox<T> prompting) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? (prompting == null || prompting.getPromptText() == null ? ""
                        : prompting.getPromptText()) : label.apply(item));
            }
        };
    }
}
