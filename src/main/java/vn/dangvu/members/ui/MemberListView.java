package vn.dangvu.members.ui;

import java.io.File;
import java.util.function.Function;
import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import vn.dangvu.common.I18n;
import vn.dangvu.members.MemberExportService.Column;
import vn.dangvu.members.MemberRow;
import vn.dangvu.ui.Choice;

/// The member list screen: search, filters, column chooser, count line, export, and the table
/// (double-click or Enter opens the member's form).
public final class MemberListView {

    private final MemberListViewModel vm;
    private final LongConsumer openMember;
    private final Runnable addMember;
    private Runnable openHolidays = () -> { };
    private final VBox root = new VBox(10);
    private final TextField search = new TextField();
    private final TableView<MemberRow> table = new TableView<>();
    private Function<Window, File> exportChooser = this::chooseExportFile;

    /// openMember gets the id of the member to edit; addMember opens an empty form.
    public MemberListView(MemberListViewModel vm, LongConsumer openMember, Runnable addMember) {
        this.vm = vm;
        this.openMember = openMember;
        this.addMember = addMember;
        build();
    }

    public Node root() {
        return root;
    }

    /// What the "Ngày nghỉ lễ…" link opens (the holiday dialog).
    public void setOpenHolidays(Runnable r) {
        openHolidays = r;
    }

    private void build() {
        Label title = new Label(I18n.t("shell.section.members"));
        title.getStyleClass().add("title-3");
        search.setId("memberSearch");
        search.setPromptText(I18n.t("members.browser.searchPrompt"));
        search.textProperty().bindBidirectional(vm.search());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button(I18n.t("members.list.add"));
        add.setId("memberAdd");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> addMember.run());
        Button export = new Button(I18n.t("members.list.export"));
        export.setId("memberExport");
        export.setOnAction(e -> export());
        Button edit = new Button(I18n.t("members.list.edit"));
        edit.setId("memberEdit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> openMember.accept(table.getSelectionModel().getSelectedItem().id()));
        HBox bar = new HBox(10, search, columnChooser(), export, edit, add);
        bar.setAlignment(Pos.CENTER_LEFT);

        Button clear = new Button(I18n.t("members.list.clearFilters"));
        clear.setId("memberClearFilters");
        clear.setOnAction(e -> vm.clearFilters());
        FlowPane filters = new FlowPane(8, 8, combo("filterCell", vm.cells(), vm.cell()),
                combo("filterStatus", vm.statuses(), vm.status()), combo("filterGender", vm.genders(), vm.gender()),
                combo("filterEthnicity", vm.ethnicities(), vm.ethnicity()),
                combo("filterAge", vm.ageBands(), vm.ageBand()),
                combo("filterPartyAge", vm.partyAgeBands(), vm.partyAgeBand()),
                combo("filterTheory", vm.theoryLevels(), vm.theoryLevel()), clear);

        Label summary = new Label();
        summary.setId("memberSummary");
        summary.textProperty().bind(vm.summary());
        summary.getStyleClass().add("text-muted");
        Hyperlink holidays = new Hyperlink(I18n.t("members.list.holidays"));
        holidays.setId("memberHolidays");
        holidays.setOnAction(e -> openHolidays.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox summaryLine = new HBox(8, summary, gap, holidays);
        summaryLine.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        // column widths follow the font (the summary line has the window's base size): a date or a cell's name is
        // never cut, in normal or large font
        for (TableColumn<MemberRow, ?> col : table.getColumns()) {
            double em = col.getPrefWidth();
            col.setPrefWidth(em * summary.getFont().getSize());
            summary.fontProperty().addListener((o, was, now) -> col.setPrefWidth(em * now.getSize()));
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, bar, filters, summaryLine, table);
        root.setPadding(new Insets(16, 16, 12, 16));
        root.setId("membersView");
    }

    private static <T> ComboBox<Choice<T>> combo(String id, ObservableList<Choice<T>> items,
                                                 ObjectProperty<Choice<T>> value) {
        ComboBox<Choice<T>> c = new ComboBox<>(items);
        c.setId(id);
        c.valueProperty().bindBidirectional(value);
        c.setVisibleRowCount(14);
        return c;
    }

    private MenuButton columnChooser() {
        MenuButton m = new MenuButton(I18n.t("members.list.columns"));
        m.setId("memberColumns");
        for (Column c : Column.values()) {
            CheckMenuItem item = new CheckMenuItem(I18n.t(c.i18nKey()));
            item.setId("column-" + c.name());
            item.selectedProperty().bindBidirectional(vm.visible(c));
            m.getItems().add(item);
        }
        return m;
    }

    private void buildTable() {
        table.setItems(vm.rows());
        table.setId("memberTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(vm.loading())
                .then(I18n.t("members.list.loading")).otherwise(I18n.t("members.browser.empty")));
        table.setPlaceholder(placeholder);
        for (Column c : Column.values()) {
            TableColumn<MemberRow, String> col = new TableColumn<>(header(c));
            col.setId("col-" + c.name());
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(MemberListViewModel.text(c, f.getValue())));
            // in em, turned into pixels by the font (below)
            col.setPrefWidth(c == Column.FULL_NAME ? 13 : c == Column.UNIT ? 23 : c == Column.STATUS ? 12
                    : c == Column.BIRTH_DATE ? 7 : 8.5);
            col.setSortable(false);
            // columns shown later by the chooser otherwise lay their first cells out top-aligned
            col.setStyle("-fx-alignment: CENTER-LEFT;");
            col.visibleProperty().bind(vm.visible(c));
            table.getColumns().add(col);
        }
        table.setRowFactory(t -> {
            TableRow<MemberRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openMember.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            MemberRow r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                openMember.accept(r.id());
                e.consume();
            }
        });
    }

    private static String header(Column c) {
        return I18n.t(c.i18nKey());
    }

    /// Tests replace the file chooser (a native dialog cannot be driven headless).
    void setExportChooser(Function<Window, File> chooser) {
        this.exportChooser = chooser;
    }

    private void export() {
        File f = exportChooser.apply(root.getScene().getWindow());
        if (f != null) {
            vm.export(f.toPath());
        }
    }

    private File chooseExportFile(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(I18n.t("members.list.exportTitle"));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(I18n.t("members.list.exportXlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(I18n.t("members.list.exportCsv"), "*.csv"));
        fc.setInitialFileName(I18n.t("member.export.sheet") + ".xlsx");
        return fc.showSaveDialog(owner);
    }
}
