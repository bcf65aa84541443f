package vn.dangvu.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import vn.dangvu.common.I18n;

/// Menus and keyboard shortcuts: Ctrl+1..9 sections, Ctrl+= / Ctrl+- / Ctrl+0 font size, F1 the user guide at the
/// current section, Ctrl+O another data file, Ctrl+Shift+N a new one, Ctrl+Q quit, Ctrl+I the Excel import wizard.
public final class MainMenu {

    private static final KeyCode[] DIGITS = {
        KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
        KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9,
    };

    private final MainWindowViewModel vm;
    private final FontSizeModel font;
    private final Runnable about;
    private final Runnable exit;
    private Runnable onImported = () -> { };
    private Consumer<Section> help = s -> { };
    /// Tests: replaces the native file chooser, which cannot be driven headless.
    static volatile BiFunction<Window, Boolean, File> chooserForTests;
    private MenuBar bar;

    public MainMenu(MainWindowViewModel vm, FontSizeModel font, Runnable about, Runnable exit) {
        this.vm = vm;
        this.font = font;
        this.about = about;
        this.exit = exit;
    }

    /// Runs after an import wrote members (on the FX thread), so open lists can reload.
    public void setOnImported(Runnable r) {
        this.onImported = r;
    }

    /// Help → Hướng dẫn sử dụng (F1): opens the user guide at the given section.
    public void setOnHelp(Consumer<Section> r) {
        this.help = r;
    }

    public MenuBar build() {
        MenuItem importMembers = item("menu.file.importMembers", "menuImportMembers", shortcut(KeyCode.I), this::openImport);
        importMembers.disableProperty().bind(vm.phase().isNotEqualTo(MainWindowViewModel.Phase.READY));
        MenuItem open = item("menu.file.open", "menuOpenFile", shortcut(KeyCode.O), () -> chooseAndOpen(true));
        // Ctrl+Shift+N: Ctrl+N adds a line in the registrations form
        MenuItem create = item("menu.file.create", "menuNewFile", new KeyCodeCombination(KeyCode.N,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> chooseAndOpen(false));
        MenuItem leaveDemo = item("menu.file.leaveDemo", "menuLeaveDemo", null, vm::leaveDemo);
        for (MenuItem m : new MenuItem[] {open, create, leaveDemo}) {
            m.disableProperty().bind(vm.phase().isEqualTo(MainWindowViewModel.Phase.LOADING));
        }
        leaveDemo.visibleProperty().bind(vm.demo());
        MenuItem quit = item("menu.file.quit", "menuQuit", shortcut(KeyCode.Q), exit);
        Menu file = new Menu(I18n.t("menu.file"), null, open, create, leaveDemo, new SeparatorMenuItem(), importMembers,
                new SeparatorMenuItem(), quit);

        Menu view = new Menu(I18n.t("menu.view"));
        Section[] sections = Section.values();
        for (int i = 0; i < sections.length; i++) {
            Section s = sections[i];
            MenuItem m = new MenuItem(I18n.t(s.i18nKey()));
            m.setId("menu-" + s.id());
            m.setAccelerator(shortcut(DIGITS[i]));
            m.setOnAction(e -> vm.select(s));
            m.disableProperty().bind(vm.phase().isNotEqualTo(MainWindowViewModel.Phase.READY));
            view.getItems().add(m);
        }
        CheckMenuItem large = new CheckMenuItem(I18n.t("menu.view.largeFont"));
        large.setId("menuLargeFont");
        large.setSelected(font.isLarge());
        font.size().addListener((o, a, b) -> large.setSelected(font.isLarge()));
        large.setOnAction(e -> font.setLarge(large.isSelected()));
        view.getItems().addAll(new SeparatorMenuItem(), large,
                item("menu.view.fontBigger", "menuFontBigger", shortcut(KeyCode.EQUALS), font::increase),
                item("menu.view.fontSmaller", "menuFontSmaller", shortcut(KeyCode.MINUS), font::decrease));

        MenuItem guide = item("menu.help.guide", "menuGuide", new KeyCodeCombination(KeyCode.F1),
                () -> help.accept(vm.phase().get() == MainWindowViewModel.Phase.READY ? vm.section().get() : null));
        MenuItem aboutItem = item("menu.help.about", "menuAbout", null, about);
        Menu helpMenu = new Menu(I18n.t("menu.help"), null, guide, aboutItem);

        bar = new MenuBar(file, view, helpMenu);
        bar.setId("menuBar");
        return bar;
    }

    private void chooseAndOpen(boolean existing) {
        if (bar.getScene() == null) {
            return;
        }
        // (owner, true): an existing file to open; (owner, false): the name of a new one; null: cancelled
        BiFunction<Window, Boolean, File> chooser = chooserForTests != null ? chooserForTests : MainMenu::chooseFile;
        File f = chooser.apply(bar.getScene().getWindow(), existing);
        if (f != null) {
            Path p = f.toPath();
            if (existing) {
                vm.openOther(p);
            } else {
                vm.createNew(p);
            }
        }
    }

    private static File chooseFile(Window owner, Boolean existing) {
        FileChooser fc = new FileChooser();
        fc.setTitle(I18n.t(existing ? "menu.file.open.title" : "menu.file.create.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("menu.file.filter"), "*.mv.db"));
        if (!existing) {
            fc.setInitialFileName("dangvu.mv.db");
        }
        return existing ? fc.showOpenDialog(owner) : fc.showSaveDialog(owner);
    }

    private void openImport() {
        if (vm.workspace().get() == null || bar.getScene() == null) {
            return;
        }
        vm.workspace().get().importMembers(bar.getScene().getWindow(), bar.getScene().getRoot().getStyle(),
                () -> onImported.run());
    }

    /// Ctrl++ on the numeric keypad and Ctrl+Shift+= (a "+" on most layouts) also enlarge; Ctrl+keypad - shrinks.
    public static KeyCombination[] extraBigger() {
        return new KeyCombination[] {shortcut(KeyCode.ADD), new KeyCodeCombination(KeyCode.EQUALS,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), shortcut(KeyCode.PLUS)};
    }

    public static KeyCombination extraSmaller() {
        return shortcut(KeyCode.SUBTRACT);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String key, String id, KeyCombination accel, Runnable action) {
        MenuItem m = new MenuItem(I18n.t(key));
        m.setId(id);
        if (accel != null) {
            m.setAccelerator(accel);
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
