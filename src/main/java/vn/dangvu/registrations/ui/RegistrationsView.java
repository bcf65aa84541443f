package vn.dangvu.registrations.ui;

import java.io.File;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import vn.dangvu.common.I18n;
import vn.dangvu.registrations.CellCoverage;
import vn.dangvu.ui.Controls;

/// The registrations section (issue 10): the year and the file actions on top; on the left the cells with their
/// coverage and the chosen cell's members with where each stands; on the right the entry form. Keyboard first:
/// Ctrl+Enter saves and opens the next line, Ctrl+PgDn/PgUp move, Ctrl+F finds a member (Enter opens the first found).
public final class RegistrationsView {

    private final RegistrationsViewModel vm;
    private final EntryView entry;
    private final RegistrationDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<CellCoverage> cells = new TableView<>();
    private final TableView<Line> members = new TableView<>();
    private final TextField find = new TextField();
    private boolean focusForm;
    private boolean syncing;

    public RegistrationsView(RegistrationsViewModel vm) {
        this.vm = vm;
        this.entry = new EntryView(vm.entry());
        this.dialogs = new RegistrationDialogs(vm, () -> root.getScene());
        build();
        keys();
    }

    public Node root() {
        return root;
    }

    /// Tests replace the native file choosers: (owner, kind) → file or null; kind is "import", "xlsx" or "pdf".
    void setChooser(BiFunction<Window, String, File> chooser) {
        dialogs.setChooser(chooser);
    }

    private void build() {
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("regYear");
        year.valueProperty().bindBidirectional(vm.year());
        Label state = new Label();
        state.textProperty().bind(vm.yearState());
        state.setId("regYearState");
        Button copy = action("registrations.ui.copyForward", "regCopyForward", dialogs::copyForward);
        copy.disableProperty().bind(vm.writable().not());
        MenuItem imp = menuItem("registrations.ui.import", "regImport", dialogs::importFile);
        imp.disableProperty().bind(vm.writable().not());
        MenuButton files = new MenuButton(I18n.t("registrations.ui.files"), null, imp,
                menuItem("registrations.ui.export", "regExport", dialogs::exportXlsx),
                menuItem("registrations.ui.printCell", "regPrintCell", dialogs::printCell));
        files.setId("regFiles");
        Label yearLabel = new Label(I18n.t("registrations.ui.year"));
        for (Region r : new Region[] {yearLabel, year, copy, files}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        state.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, yearLabel, year, state, gap, copy, files);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        Label notice = new Label();
        notice.textProperty().bind(vm.notice());
        notice.setId("regNotice");
        notice.setWrapText(true);
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.setPadding(new Insets(0, 12, 4, 12));
        root.setTop(new VBox(bar, notice));

        SplitPane split = new SplitPane(left(), entry.root());
        split.setDividerPositions(0.4);
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        root.setCenter(split);
        root.setId("registrationsView");
        entry.save.setOnAction(e -> vm.save());
        entry.saveNext.setOnAction(e -> saveNext());
        entry.discard.setOnAction(e -> vm.entry().discard());
        entry.add.setOnAction(e -> entry.items().focus(vm.entry().addItem()));
        entry.duplicate.setOnAction(e -> entry.items().focus(vm.entry().duplicateLast()));
        entry.template.setOnAction(e -> dialogs.templates(entry.template, entry.items()));
        entry.asTemplate.setOnAction(e -> vm.entry().saveAsTemplate(entry.items().current(), vm::reloadTemplates));
        entry.copy.setOnAction(e -> dialogs.copyFrom());
        entry.print.setOnAction(e -> dialogs.printForm());
        entry.delete.setOnAction(e -> dialogs.delete());
        vm.entry().items().addListener((ListChangeListener<ItemRow>) c -> {
            if (focusForm) {
                focusForm = false;
                Platform.runLater(() -> entry.items().focus(0));
            }
        });
    }

    private Node left() {
        cells.setId("regCells");
        cells.setItems(vm.cells());
        cells.getColumns().add(column("registrations.ui.col.cell", CellCoverage::name, 7));
        cells.getColumns().add(column("registrations.ui.col.registered", c -> c.registered() + "/" + c.members(), 4.5));
        cells.getColumns().add(column("registrations.ui.col.vague", c -> String.valueOf(c.items().vague()), 8));
        cells.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        cells.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !syncing) {
                vm.cell().set(b);
            }
        });
        vm.cell().addListener((o, a, b) -> sync(() -> cells.getSelectionModel().select(b)));
        Label totals = new Label();
        totals.textProperty().bind(vm.totals());
        totals.setId("regTotals");
        totals.setWrapText(true);
        totals.getStyleClass().add("text-muted");
        totals.setMinHeight(Region.USE_PREF_SIZE);
        // widths above in em of the screen's font (the totals line has it), so names and headers fit at large font
        Controls.widthsInEm(totals, cells.getColumns());

        find.setId("regFind");
        find.setPromptText(I18n.t("registrations.ui.find"));
        find.textProperty().bindBidirectional(vm.filter());
        find.setOnAction(e -> {
            if (!vm.lines().isEmpty()) {
                vm.select(vm.lines().getFirst());
                Platform.runLater(() -> entry.items().focus(0));
            }
        });
        members.setId("regMembers");
        members.setItems(vm.lines());
        members.getColumns().add(lineColumn("registrations.ui.col.name", l -> l.born().isEmpty() ? l.name()
                : l.name() + " (" + l.born() + ")", 9));
        members.getColumns().add(lineColumn("registrations.ui.col.standing", Line::standingText, 7.5));
        members.getColumns().add(lineColumn("registrations.ui.col.items", Line::items, 2.5));
        Controls.widthsInEm(totals, members.getColumns());
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        members.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Line l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().removeIf(s -> s.startsWith("reg-standing-"));
                if (!empty && l != null) {
                    getStyleClass().add("reg-standing-" + l.standing().name().toLowerCase(Locale.ROOT));
                }
            }
        });
        members.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !syncing && !vm.select(b)) {
                sync(() -> members.getSelectionModel().select(vm.current().get()));
            }
        });
        vm.current().addListener((o, a, b) -> sync(() -> {
            members.getSelectionModel().select(b);
            if (b != null) {
                members.scrollTo(b);
            }
        }));
        VBox.setVgrow(cells, Priority.SOMETIMES);
        VBox.setVgrow(members, Priority.ALWAYS);
        cells.setPrefHeight(200);
        cells.setMinHeight(140);
        VBox box = new VBox(6, title("registrations.ui.cells"), cells, totals, title("registrations.ui.members"), find, members);
        box.setPadding(new Insets(4, 8, 8, 12));
        box.setMinWidth(300);
        return box;
    }

    private void keys() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean ctrl = e.isShortcutDown();
            KeyCode k = e.getCode();
            Runnable action = null;
            if (ctrl && k == KeyCode.ENTER) {
                action = this::saveNext;
            } else if (ctrl && k == KeyCode.S) {
                action = vm::save;
            } else if (ctrl && k == KeyCode.D) {
                action = () -> entry.items().focus(vm.entry().duplicateLast());
            } else if (ctrl && k == KeyCode.N) {
                action = () -> entry.items().focus(vm.entry().addItem());
            } else if (ctrl && k == KeyCode.T) {
                action = () -> dialogs.templates(entry.template, entry.items());
            } else if (ctrl && k == KeyCode.K) {
                action = dialogs::copyFrom;
            } else if (ctrl && k == KeyCode.F) {
                action = find::requestFocus;
            } else if (ctrl && k == KeyCode.PAGE_DOWN) {
                action = () -> move(1);
            } else if (ctrl && k == KeyCode.PAGE_UP) {
                action = () -> move(-1);
            } else if (ctrl && k == KeyCode.DELETE) {
                action = () -> vm.entry().remove(entry.items().current());
            } else if (!ctrl && k == KeyCode.ESCAPE && vm.entry().dirty().get()) {
                action = vm.entry()::discard;
            }
            if (action != null && vm.entry().subject().isPresent()) {
                e.consume();
                action.run();
            }
        });
    }

    private void saveNext() {
        focusForm = true;
        vm.saveAndNext();
    }

    private void move(int step) {
        focusForm = true;
        vm.move(step);
    }

    private void sync(Runnable r) {
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = false;
        }
    }

    private static Label title(String key) {
        Label l = new Label(I18n.t(key));
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static MenuItem menuItem(String key, String id, Runnable run) {
        MenuItem m = new MenuItem(I18n.t(key));
        m.setId(id);
        m.setOnAction(e -> run.run());
        return m;
    }

    private static Button action(String key, String id, Runnable run) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setOnAction(e -> run.run());
        return b;
    }

    private static TableColumn<CellCoverage, String> column(String key, Function<CellCoverage, String> f,
                                                            double width) {
        TableColumn<CellCoverage, String> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return Controls.wrap(c);
    }

    private static TableColumn<Line, String> lineColumn(String key, Function<Line, String> f, double width) {
        TableColumn<Line, String> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return Controls.wrap(c);
    }
}
