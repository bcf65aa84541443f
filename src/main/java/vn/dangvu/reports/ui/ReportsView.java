package vn.dangvu.reports.ui;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.members.BadgeDueRow;
import vn.dangvu.members.MemberRow;
import vn.dangvu.reports.BadgeListService;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.Windows;
import vn.dangvu.units.PartyUnit;

/// The Reports section: three tabs (register of a cell, badge due list, Phiếu đảng viên), each with
/// "Xuất PDF" / "Xuất Excel" buttons that ask for a file name, then offer to open the written file.
public final class ReportsView {

    private final ReportsViewModel vm;
    private final BackgroundTasks tasks;
    private final BorderPane root = new BorderPane();
    /// Opens the badge hold periods (given by the composition root); the link shows only once it is given.
    private final SimpleBooleanProperty holdsWired = new SimpleBooleanProperty(false);
    private Runnable openBadgeHolds = () -> { };

    public ReportsView(ReportsViewModel vm, BackgroundTasks tasks) {
        this.vm = vm;
        this.tasks = tasks;
        TabPane tabs = new TabPane(tab("report.ui.tab.register", register()), tab("report.ui.tab.badges", badges()),
                tab("report.ui.tab.sheet", sheet()));
        tabs.setId("reportTabs");
        Label message = new Label();
        message.setId("reportMessage");
        message.textProperty().bind(vm.message());
        message.setPadding(new Insets(6, 12, 6, 12));
        root.setCenter(tabs);
        root.setBottom(message);
        root.setId("reportsView");
        vm.written().addListener((o, a, b) -> {
            if (b != null) {
                offerToOpen(b);
            }
        });
    }

    /// Wires the link that opens the badge hold periods of the chosen round's year.
    public void setOpenBadgeHolds(Runnable open) {
        openBadgeHolds = open;
        holdsWired.set(true);
    }

    public Parent root() {
        return root;
    }

    private static Tab tab(String key, Node content) {
        Tab t = new Tab(I18n.t(key), content);
        t.setClosable(false);
        return t;
    }

    private Node register() {
        ComboBox<PartyUnit> cells = new ComboBox<>(vm.cells());
        cells.setId("reportCell");
        cells.valueProperty().bindBidirectional(vm.cell());
        cells.setCellFactory(l -> new NamedCell<>(PartyUnit::name));
        cells.setButtonCell(new NamedCell<>(PartyUnit::name));
        Button pdf = save("reportRegisterPdf", "report.ui.exportPdf", () -> vm.registerFileName(".pdf"), vm::writeRegister);
        Button xlsx = save("reportRegisterXlsx", "report.ui.exportXlsx", () -> vm.registerFileName(".xlsx"), vm::writeRegister);
        Button print = print("reportRegisterPrint", ReportsViewModel.Report.REGISTER);
        pdf.disableProperty().bind(vm.cell().isNull());
        xlsx.disableProperty().bind(vm.cell().isNull());
        print.disableProperty().bind(vm.cell().isNull());
        HBox row = new HBox(10, new Label(I18n.t("report.ui.cell")), cells, pdf, xlsx, print);
        row.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label(I18n.t("report.ui.register.note"));
        note.setWrapText(true);
        return box(row, note);
    }

    private Node badges() {
        ComboBox<LocalDate> rounds = new ComboBox<>(vm.rounds());
        rounds.setId("reportRound");
        rounds.valueProperty().bindBidirectional(vm.round());
        rounds.setCellFactory(l -> new NamedCell<>(BadgeListService::roundText));
        rounds.setButtonCell(new NamedCell<>(BadgeListService::roundText));
        Button pdf = save("reportBadgesPdf", "report.ui.exportPdf", () -> vm.badgesFileName(".pdf"), vm::writeBadges);
        Button xlsx = save("reportBadgesXlsx", "report.ui.exportXlsx", () -> vm.badgesFileName(".xlsx"), vm::writeBadges);
        Button print = print("reportBadgesPrint", ReportsViewModel.Report.BADGES);
        Button mark = new Button(I18n.t("badge.mark.action"));
        mark.setId("reportBadgesMark");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        mark.setOnAction(e -> {
            TextInputDialog ask = new TextInputDialog(Dates.format(vm.round().get()));
            ask.initOwner(mark.getScene().getWindow());
            ask.setTitle(I18n.t("badge.mark.title"));
            ask.setHeaderText(null);
            ask.setContentText(null);
            Label prompt = new Label(I18n.t("badge.mark.prompt"));
            prompt.setWrapText(true);
            prompt.setMaxWidth(460);
            ask.getDialogPane().setHeader(prompt);
            ask.getEditor().setId("reportBadgesMarkDate");
            ask.showAndWait().ifPresent(vm::markBadgesAwarded);
        });
        Hyperlink holds = new Hyperlink(I18n.t("badge.hold.open"));
        holds.setId("reportBadgeHolds");
        holds.setMinWidth(Region.USE_PREF_SIZE);
        holds.setOnAction(e -> openBadgeHolds.run());
        holds.visibleProperty().bind(holdsWired);
        holds.managedProperty().bind(holdsWired);
        HBox row = new HBox(10, new Label(I18n.t("report.ui.round")), rounds, pdf, xlsx, print, mark, holds);
        row.setAlignment(Pos.CENTER_LEFT);
        TableView<BadgeDueRow> table = new TableView<>(vm.badgeRows());
        table.setId("reportBadgeTable");
        table.getColumns().addAll(List.of(
                col("report.ui.col.name", 200, BadgeDueRow::fullName),
                col("report.ui.col.birthYear", 70, r -> r.birthDate() == null ? "" : String.valueOf(r.birthDate().getYear())),
                col("report.ui.col.cell", 170, r -> r.unitName() == null ? "" : r.unitName()),
                col("report.ui.col.admission", 100, r -> Dates.format(r.admissionDate())),
                col("report.ui.col.full", 100, r -> Dates.format(r.fullMembershipDate().orElse(null))),
                col("report.ui.col.partyAge", 110, r -> BadgeListService.partyAgeText(r, vm.round().get())),
                col("report.ui.col.badge", 80, r -> I18n.t("report.badges.milestone", r.milestone())),
                col("report.ui.col.due", 100, r -> Dates.format(r.dueDate())),
                col("report.ui.col.note", 220, ReportsViewModel::badgeNote)));
        table.setPlaceholder(new Label(I18n.t("report.ui.badges.none")));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box(row, table);
    }

    private Node sheet() {
        TextField search = new TextField();
        search.setId("reportMemberSearch");
        search.setPromptText(I18n.t("report.ui.sheet.search"));
        search.textProperty().bindBidirectional(vm.memberSearch());
        ListView<MemberRow> list = new ListView<>(vm.members());
        list.setId("reportMemberList");
        list.setCellFactory(l -> new NamedCell<>(m -> m.fullName() + (m.unitName() == null ? "" : " – " + m.unitName())));
        vm.member().bind(list.getSelectionModel().selectedItemProperty());
        Button pdf = save("reportSheetPdf", "report.ui.sheet.pdf", vm::sheetFileName, vm::writeSheet);
        pdf.disableProperty().bind(vm.member().isNull());
        Button print = print("reportSheetPrint", ReportsViewModel.Report.SHEET);
        print.disableProperty().bind(vm.member().isNull());
        VBox.setVgrow(list, Priority.ALWAYS);
        return box(search, list, new HBox(10, pdf, print));
    }

    private static VBox box(Node... children) {
        VBox b = new VBox(10, children);
        b.setPadding(new Insets(14));
        return b;
    }

    private Button save(String id, String key, Supplier<String> name, Consumer<Path> action) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t(key));
            chooser.setInitialFileName(name.get());
            String ext = name.get().substring(name.get().lastIndexOf('.'));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext, "*" + ext));
            File f = chooser.showSaveDialog(b.getScene().getWindow());
            if (f != null) {
                action.accept(f.toPath());
            }
        });
        return b;
    }

    /// "In…": the print dialog (printer, copies), then the report is printed as its PDF shows it.
    private Button print(String id, ReportsViewModel.Report report) {
        Button b = new Button(I18n.t("report.ui.print"));
        b.setId(id);
        b.setOnAction(e -> {
            vm.loadPrinters();
            if (printDialog().showAndWait().filter(ButtonType.OK::equals).isPresent()) {
                vm.print(report);
            }
        });
        return b;
    }

    private Dialog<ButtonType> printDialog() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(I18n.t("report.ui.printTitle"));
        ComboBox<String> printers = new ComboBox<>(vm.printers());
        printers.setId("printPrinter");
        printers.valueProperty().bindBidirectional(vm.printer());
        printers.setPrefWidth(320);
        Spinner<Integer> copies = new Spinner<>(1, 99, vm.copies().get());
        copies.setId("printCopies");
        copies.setEditable(true);
        copies.valueProperty().addListener((o, a, v) -> vm.copies().set(v == null ? 1 : v));
        // a typed number counts without Enter (a Spinner commits its text only on Enter or when it loses focus)
        copies.getEditor().textProperty().addListener((o, a, t) -> {
            if (t.strip().matches("\\d{1,2}") && Integer.parseInt(t.strip()) >= 1) {
                vm.copies().set(Integer.parseInt(t.strip()));
            }
        });
        Label none = new Label(I18n.t("report.print.noPrinter"));
        none.setWrapText(true);
        none.setMaxWidth(420);
        none.visibleProperty().bind(Bindings.isEmpty(vm.printers()));
        none.managedProperty().bind(none.visibleProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(I18n.t("report.ui.printer")), printers);
        grid.addRow(1, new Label(I18n.t("report.ui.copies")), copies);
        grid.add(none, 0, 2, 2, 1);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ((Button) d.getDialogPane().lookupButton(ButtonType.OK)).setText(I18n.t("report.ui.print"));
        ((Button) d.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(I18n.t("dialog.button.cancel"));
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.printer().isNull());
        if (root.getScene() != null) {
            d.initOwner(root.getScene().getWindow());
            d.getDialogPane().setStyle(root.getScene().getRoot().getStyle());
        }
        Windows.dialog(d);
        return d;
    }

    private static <T> TableColumn<T, String> col(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(I18n.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static final class NamedCell<T> extends ListCell<T> {
        private final Function<T, String> name;

        NamedCell(Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : name.apply(item));
        }
    }

    /// Asks whether to open the written file; opening goes through the desktop in the background, if there is one.
    private void offerToOpen(Path file) {
        ButtonType open = new ButtonType(I18n.t("report.ui.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(I18n.t("dialog.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, I18n.t("report.ui.written", file), open, close);
        alert.setHeaderText(null);
        alert.setTitle(I18n.t("report.ui.writtenTitle"));
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
            alert.getDialogPane().setStyle(root.getScene().getRoot().getStyle());
        }
        Windows.dialog(alert);
        if (alert.showAndWait().filter(open::equals).isPresent()) {
            tasks.run("", p -> {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(file.toFile());
                }
                return Boolean.TRUE;
            }, ok -> { }, e -> { });
        }
    }
}
