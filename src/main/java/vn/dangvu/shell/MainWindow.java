package vn.dangvu.shell;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.I18n;
import vn.dangvu.ui.BackgroundTasks;

/// The main window (code-built): menu bar, sidebar of sections, content area and status bar.
/// Section views are built on first use and dropped when another database is opened.
public final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    /// Busy indicators (the spinner while opening, the status bar's progress) appear only once the work has run
    /// this long: an indeterminate one repaints 12 shapes every pulse (236 ms of software painting in a first frame
    /// under load), which cost the first frame and the CPU the database open needs, for an open that normally
    /// takes well under a second (docs/benchmarks.md, issue 7).
    static final long BUSY_DELAY_MS = 600;
    /// The member list is prepared out of sight this long after the first data is on screen.
    static final long PREPARE_DELAY_MS = 1000;

    private final MainWindowViewModel vm;
    private final BackgroundTasks tasks;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox sidebar = new VBox(2);
    private final StatusBar statusBar;
    /// Above every screen: what the workspace wants always seen (read-only data).
    private final Label notice = new Label();
    private final Map<Section, Node> views = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private Runnable onFirstData = () -> { };
    private boolean firstDataSeen;

    public MainWindow(MainWindowViewModel vm, BackgroundTasks tasks, FontSizeModel font, MainMenu menu) {
        this.vm = vm;
        this.tasks = tasks;
        this.statusBar = new StatusBar(tasks);
        buildSidebar();
        // the sidebar grows with the font; "Đăng ký học tập và làm theo" takes two lines, so the screens keep their
        // room at 1366×768 in large-font mode
        sidebar.prefWidthProperty().bind(font.size().multiply(13.5));
        content.setId("content");
        notice.setId("workspaceNotice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.getStyleClass().add("workspace-notice");
        notice.managedProperty().bind(notice.visibleProperty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        root.setTop(new VBox(menu.build(), notice));
        root.setLeft(sidebar);
        root.setCenter(content);
        root.setBottom(statusBar.root());
        root.setId("mainWindow");
        root.styleProperty().bind(Bindings.concat("-fx-font-size: ", font.size(), "px;"));
        vm.phase().addListener((o, a, b) -> refresh());
        vm.section().addListener((o, a, b) -> refresh());
        vm.workspace().addListener((o, a, b) -> {
            views.clear();
            statusBar.setRight(b == null ? "" : I18n.t("shell.status.file", b.file()));
            notice.setText(b == null ? "" : b.notice().orElse(""));
        });
        // after an import the member data changed under every section: rebuild them from the new data
        menu.setOnImported(() -> {
            views.clear();
            refresh();
        });
        refresh();
    }

    public Parent root() {
        return root;
    }

    /// Called once, when the first real content (overview data or the setup form) is on screen.
    public void setOnFirstData(Runnable r) {
        this.onFirstData = r;
    }

    private void buildSidebar() {
        ToggleGroup group = new ToggleGroup();
        for (Section s : Section.values()) {
            ToggleButton b = new ToggleButton(I18n.t(s.i18nKey()));
            b.setId("nav-" + s.id());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setWrapText(true);
            b.getStyleClass().add("nav-button");
            b.setOnAction(e -> {
                vm.select(s);
                b.setSelected(vm.section().get() == s);
            });
            buttons.put(s, b);
            sidebar.getChildren().add(b);
        }
        // ↑ and ↓ in the sidebar switch sections (the focus moves with them)
        sidebar.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int step = e.getCode() == KeyCode.DOWN ? 1 : e.getCode() == KeyCode.UP ? -1 : 0;
            if (step == 0 || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            e.consume();
            int at = vm.section().get().ordinal() + step;
            if (at >= 0 && at < Section.values().length) {
                Section next = Section.values()[at];
                vm.select(next);
                buttons.get(next).requestFocus();
            }
        });
        sidebar.getStyleClass().add("sidebar");
        sidebar.setId("sidebar");
        sidebar.setPadding(new Insets(12, 8, 12, 8));
        sidebar.disableProperty().bind(vm.phase().isNotEqualTo(MainWindowViewModel.Phase.READY));
    }

    private void refresh() {
        switch (vm.phase().get()) {
            case LOADING -> content.getChildren().setAll(loading());
            case SETUP -> {
                content.getChildren().setAll(vm.workspace().get().setupView(vm::setupDone, vm::switchTo));
                firstData();
            }
            case READY -> {
                Section s = vm.section().get();
                buttons.get(s).setSelected(true);
                logWhenShown(s, System.nanoTime());
                Node view = views.computeIfAbsent(s, this::create);
                view.setVisible(true);
                if (content.getChildren().contains(view)) {
                    // prepared out of sight (prepareMemberList): keep it attached, styled and laid out
                    content.getChildren().retainAll(view);
                } else {
                    content.getChildren().setAll(view);
                }
            }
        }
    }

    /// Logs (debug) how long a section took to be laid out on screen after it was chosen.
    private void logWhenShown(Section s, long t0) {
        Scene scene = content.getScene();
        if (scene == null || !LOG.isDebugEnabled()) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            LOG.debug("Section {} laid out on screen {} ms after it was chosen", s, (System.nanoTime() - t0) / 1_000_000);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private Node loading() {
        Label text = new Label(I18n.t("shell.opening"));
        VBox box = new VBox(16, text);
        box.setAlignment(Pos.CENTER);
        box.setId("loadingView");
        // the spinner only once opening has taken BUSY_DELAY_MS: not in the first frame, which comes before the open
        statusBar.longRunning().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean slow) {
                if (!content.getChildren().contains(box)) {
                    o.removeListener(this);
                } else if (slow && box.getChildren().size() == 1) {
                    ProgressIndicator spinner = new ProgressIndicator();
                    spinner.setMaxSize(48, 48);
                    box.getChildren().addFirst(spinner);
                }
            }
        });
        return box;
    }

    private Node create(Section s) {
        return vm.workspace().get().view(s, this::firstData).orElseGet(() -> new PlaceholderView(s).root());
    }

    private void firstData() {
        if (!firstDataSeen) {
            firstDataSeen = true;
            onFirstData.run();
            // not in the next pulse: its CSS pass (the member table, 100-350 ms on a 2-core PC) would hold back the
            // frame that shows the overview's numbers
            tasks.schedule(PREPARE_DELAY_MS, this::prepareMemberList);
        }
    }

    /// The member list is the screen used most. A second after the overview is on screen, it is built and put behind
    /// the current section, invisible: the next pulse styles it and lays its table out, so the first click on it does
    /// not wait for the table classes to load and warm up (≈ 1.3 s → 0.3 s at 100,000 members, docs/benchmarks.md).
    private void prepareMemberList() {
        if (vm.phase().get() != MainWindowViewModel.Phase.READY || vm.workspace().get() == null
                || views.containsKey(Section.MEMBERS)) {
            return;
        }
        Node view = views.computeIfAbsent(Section.MEMBERS, this::create);
        view.setVisible(false);
        content.getChildren().addFirst(view);
    }
}
