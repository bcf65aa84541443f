package vn.dangvu.importing.ui;

import java.io.File;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import vn.dangvu.common.I18n;
import vn.dangvu.importing.ImportField;
import vn.dangvu.ui.BackgroundTasks;

/// The import wizard's content: file, column mapping, preview with problems, options, import, summary,
/// and a progress line bound to the background work so the window never freezes.
public final class ImportWizardView {

    private final ImportWizardViewModel vm;
    private final VBox root = new VBox(10);

    public ImportWizardView(ImportWizardViewModel vm, BackgroundTasks tasks) {
        this.vm = vm;
        Button choose = new Button(I18n.t("import.wizard.chooseFile"));
        choose.setId("importChooseFile");
        keepWidth(choose);
        choose.setOnAction(e -> chooseFile(choose.getScene().getWindow()));
        Label headerInfo = new Label();
        headerInfo.setId("importHeaderInfo");
        headerInfo.textProperty().bind(Bindings.createStringBinding(vm::headerText, vm.header()));
        headerInfo.setWrapText(true);
        headerInfo.setMinWidth(0);
        headerInfo.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(headerInfo, Priority.ALWAYS);
        HBox fileRow = new HBox(12, choose, headerInfo);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        TitledPane mappingPane = new TitledPane(I18n.t("import.wizard.mapping"), mappingGrid());
        mappingPane.setId("importMapping");
        mappingPane.disableProperty().bind(vm.header().isNull());

        CheckBox create = new CheckBox(I18n.t("import.wizard.createMissingCells"));
        create.setId("importCreateCells");
        create.selectedProperty().bindBidirectional(vm.createMissingCells());
        CheckBox only = new CheckBox(I18n.t("import.wizard.onlyValid"));
        only.setId("importOnlyValid");
        only.selectedProperty().bindBidirectional(vm.onlyValid());
        HBox options = new HBox(24, create, only);

        Label counts = label("importCounts", vm.counts());
        counts.setStyle("-fx-font-weight: bold;");
        Label error = label("importError", vm.error());
        error.getStyleClass().add("danger");
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.managedProperty().bind(vm.error().isNotEmpty());
        error.visibleProperty().bind(vm.error().isNotEmpty());
        counts.setMinHeight(Region.USE_PREF_SIZE);
        counts.managedProperty().bind(vm.counts().isNotEmpty());
        counts.visibleProperty().bind(vm.counts().isNotEmpty());
        TableView<ImportWizardViewModel.ProblemRow> table = problemTable();

        Button run = new Button();
        run.setId("importRun");
        run.setDefaultButton(true);
        run.textProperty().bind(vm.importText());
        run.disableProperty().bind(vm.canImport().not().or(vm.busy()));
        run.setOnAction(e -> vm.runImport());
        keepWidth(run);
        Button close = new Button(I18n.t("import.wizard.close"));
        close.setId("importClose");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.busy());
        close.setOnAction(e -> close.getScene().getWindow().hide());
        keepWidth(close);
        // the result has a line of its own above the buttons: it wraps instead of pushing the buttons to "…"
        Label result = label("importResult", vm.result());
        result.setStyle("-fx-font-weight: bold;");
        result.setMaxWidth(Double.MAX_VALUE);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.managedProperty().bind(vm.result().isNotEmpty());
        result.visibleProperty().bind(vm.result().isNotEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(12, gap, run, close);
        actions.setAlignment(Pos.CENTER_RIGHT);

        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.progressProperty().bind(tasks.progress());
        progress.visibleProperty().bind(tasks.message().isNotEmpty());
        Label message = new Label();
        message.setId("importStatus");
        message.textProperty().bind(tasks.message());
        HBox status = new HBox(10, progress, message);
        status.setAlignment(Pos.CENTER_LEFT);

        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(fileRow, mappingPane, options, counts, error, table, result, actions, status);
        root.setPadding(new Insets(14));
        root.setId("importWizard");
        root.setPrefSize(980, 700);
    }

    public Parent root() {
        return root;
    }

    private void chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("import.wizard.chooseFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("import.wizard.fileFilter"),
                List.of("*.xlsx", "*.xls", "*.csv")));
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            vm.chooseFile(f.toPath());
        }
    }

    private ScrollPane mappingGrid() {
        GridPane grid = new GridPane(12, 6);
        List<ImportField> fields = vm.fields();
        int half = (fields.size() + 1) / 2;
        for (int i = 0; i < fields.size(); i++) {
            ImportField f = fields.get(i);
            ComboBox<Integer> combo = new ComboBox<>(vm.columnChoices());
            combo.setId("map-" + f.name());
            combo.setButtonCell(new ColumnCell());
            combo.setCellFactory(lv -> new ColumnCell());
            // the skin shows the value through the converter when the value is not (yet) among the choices: never "-1"
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer index) {
                    return vm.columnLabel(index);
                }

                @Override
                public Integer fromString(String text) {
                    return null;
                }
            });
            combo.valueProperty().bindBidirectional(vm.mapping(f));
            combo.setMaxWidth(Double.MAX_VALUE);
            int col = i < half ? 0 : 2;
            grid.add(new Label(I18n.t(f.i18nKey())), col, i % half);
            grid.add(combo, col + 1, i % half);
            GridPane.setHgrow(combo, Priority.ALWAYS);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(200);
        return scroll;
    }

    private final class ColumnCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? "" : vm.columnLabel(item));
        }
    }

    private TableView<ImportWizardViewModel.ProblemRow> problemTable() {
        TableView<ImportWizardViewModel.ProblemRow> table = new TableView<>(vm.problems());
        table.setId("importProblems");
        TableColumn<ImportWizardViewModel.ProblemRow, Integer> row = new TableColumn<>(I18n.t("import.wizard.col.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        TableColumn<ImportWizardViewModel.ProblemRow, String> col = new TableColumn<>(I18n.t("import.wizard.col.column"));
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        TableColumn<ImportWizardViewModel.ProblemRow, String> kind = new TableColumn<>(I18n.t("import.wizard.col.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                I18n.t(c.getValue().warning() ? "import.wizard.warning" : "import.wizard.error")));
        TableColumn<ImportWizardViewModel.ProblemRow, String> text = new TableColumn<>(I18n.t("import.wizard.col.text"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        row.setPrefWidth(70);
        col.setPrefWidth(50);
        kind.setPrefWidth(80);
        text.setPrefWidth(740);
        table.getColumns().addAll(List.of(row, col, kind, text));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportWizardViewModel.ProblemRow item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(empty || item == null ? "" : item.warning() ? "-fx-background-color: #fff8e1;" : "-fx-background-color: #fdecea;");
            }
        });
        // "no problems" only under a preview that found none: not before a file is read, not under an error
        Label placeholder = new Label();
        placeholder.setId("importNoProblems");
        placeholder.textProperty().bind(Bindings.when(vm.previewReport().isNotNull())
                .then(I18n.t("import.wizard.noProblems")).otherwise(""));
        table.setPlaceholder(placeholder);
        return table;
    }

    /// A button never shrinks below its text ("Nhập: 120 mới, 3 cập nhật" stays whole, no "…").
    private static void keepWidth(Button b) {
        b.setMinWidth(Region.USE_PREF_SIZE);
    }

    private static Label label(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }
}
