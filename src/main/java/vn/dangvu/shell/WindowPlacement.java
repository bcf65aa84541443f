package vn.dangvu.shell;

import java.util.Optional;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import vn.dangvu.shell.UiPreferences.WindowPlace;
import vn.dangvu.ui.Windows;

/// The main window's size and place: remembered across runs (ui.properties) and always on the usable part of a
/// screen. The first time, 1280×800, or the whole usable screen when it is smaller (1366×768 with the Windows
/// taskbar leaves 1366×728).
public final class WindowPlacement {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final Stage stage;
    private final UiPreferences prefs;
    /// The last bounds while not maximised: what is remembered, so a maximised window comes back to them.
    private double x;
    private double y;
    private double width;
    private double height;

    public WindowPlacement(Stage stage, UiPreferences prefs) {
        this.stage = stage;
        this.prefs = prefs;
    }

    /// Call before the window is shown.
    public void apply() {
        Optional<WindowPlace> saved = prefs.window()
                .filter(p -> !Screen.getScreensForRectangle(p.x(), p.y(), p.width(), p.height()).isEmpty());
        if (saved.isPresent()) {
            WindowPlace p = saved.get();
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
        } else {
            Rectangle2D b = Screen.getPrimary().getVisualBounds();
            double w = Math.min(WIDTH, b.getWidth());
            double h = Math.min(HEIGHT, b.getHeight());
            stage.setWidth(w);
            stage.setHeight(h);
            stage.setX(b.getMinX() + (b.getWidth() - w) / 2);
            stage.setY(b.getMinY() + (b.getHeight() - h) / 2);
        }
        Windows.keepOnScreen(stage);
        stage.setMinWidth(Math.min(stage.getMinWidth(), stage.getWidth()));
        stage.setMinHeight(Math.min(stage.getMinHeight(), stage.getHeight()));
        track();
        stage.setMaximized(saved.map(WindowPlace::maximized).orElse(false));
        stage.xProperty().addListener((o, a, b) -> track());
        stage.yProperty().addListener((o, a, b) -> track());
        stage.widthProperty().addListener((o, a, b) -> track());
        stage.heightProperty().addListener((o, a, b) -> track());
    }

    private void track() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            x = stage.getX();
            y = stage.getY();
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    /// Call when the window closes.
    public void remember() {
        prefs.setWindow(new WindowPlace(x, y, width, height, stage.isMaximized()));
    }
}
