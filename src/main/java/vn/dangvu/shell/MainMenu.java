package vn.dangvu.shell;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import vn.dangvu.common.I18n;

/// Menus and keyboard shortcuts: Ctrl+1..9 sections, Ctrl+= / Ctrl+- / Ctrl+0 font size, F1 about, Ctrl+Q quit,
/// Ctrl+I the Excel import wizard.
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

    public MenuBar build() {
        MenuItem importMembers = item("menu.file.importMembers", "menuImportMembers", shortcut(KeyCode.I), this::openImport);
        importMembers.disableProperty().bind(vm.phase().isNotEqualTo(MainWindowViewModel.Phase.READY));
        MenuItem quit = item("menu.file.quit", "menuQuit", shortcut(KeyCode.Q), exit);
        Menu file = new Menu(I18n.t("menu.file"), null, importMembers, new SeparatorMenuItem(), quit);

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

        MenuItem aboutItem = item("menu.help.about", "menuAbout", new KeyCodeCombination(KeyCode.F1), about);
        Menu help = new Menu(I18n.t("menu.help"), null, aboutItem);

        bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
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
        m.setAccelerator(accel);
        m.setOnAction(e -> action.run());
        return m;
    }
}
