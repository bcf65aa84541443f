package vn.dangvu.ui;

import java.util.List;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/// Keeps windows on the usable part of the screen (a 1366×768 screen with the Windows taskbar leaves about
/// 1366×728) and lets Esc close dialogs and secondary windows.
public final class Windows {

    private Windows() {
    }

    /// The usable part (visual bounds: without the taskbar) of the screen showing most of the given rectangle,
    /// or of the primary screen.
    public static Rectangle2D usable(double x, double y, double width, double height) {
        List<Screen> screens = Screen.getScreensForRectangle(x, y, Math.max(1, width), Math.max(1, height));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getVisualBounds();
    }

    /// Shrinks a window that is larger than the usable screen and moves it fully onto it.
    public static void keepOnScreen(Window w) {
        Rectangle2D b = usable(w.getX(), w.getY(), w.getWidth(), w.getHeight());
        if (w.getWidth() > b.getWidth()) {
            w.setWidth(b.getWidth());
        }
        if (w.getHeight() > b.getHeight()) {
            w.setHeight(b.getHeight());
        }
        w.setX(clamp(w.getX(), b.getMinX(), b.getMaxX() - w.getWidth()));
        w.setY(clamp(w.getY(), b.getMinY(), b.getMaxY() - w.getHeight()));
    }

    /// The size a new window should ask for: what it would like, but never more than the usable screen.
    public static double[] fittedSize(double width, double height) {
        Rectangle2D b = Screen.getPrimary().getVisualBounds();
        return new double[] {Math.min(width, b.getWidth()), Math.min(height, b.getHeight())};
    }

    /// A secondary window (member form, import wizard): kept on screen when shown; Esc runs `close` (the same
    /// path as its close button, so a changed form can still ask to save).
    public static void secondary(Stage stage, Runnable close) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> keepOnScreen(stage));
        Scene scene = stage.getScene();
        if (scene != null) {
            escapeRuns(scene, close);
        }
    }

    /// A small window modal to `owner` (the holiday list, a committee decision, badge hold periods): the owner's
    /// stylesheets and font size (`style`), the size it would like but never more than the usable screen, kept on
    /// screen, Esc closes it. Shown; returned so the caller can close it after a save.
    public static Stage modal(Window owner, String title, Parent root, double width, double height, String style) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        double[] size = fittedSize(width, height);
        Scene scene = new Scene(root, size[0], size[1]);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        root.setStyle(style);
        stage.setScene(scene);
        secondary(stage, stage::close);
        stage.show();
        return stage;
    }

    /// A dialog: kept on screen when shown; Esc closes it as its close or cancel button would.
    public static void dialog(Dialog<?> d) {
        d.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            Window w = d.getDialogPane().getScene().getWindow();
            if (w != null) {
                keepOnScreen(w);
            }
        });
        d.getDialogPane().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                d.close();
            }
        });
    }

    /// Esc pressed anywhere in the scene and not used by the focused control (an open list, a date popup) runs r.
    public static void escapeRuns(Scene scene, Runnable r) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                r.run();
            }
        });
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
