package vn.dangvu.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;

/// What a screen must not do at 1366×768: cut a label, button, menu or table cell to "…", or hide part of itself
/// behind a horizontal scroll bar; everything shown lies inside the window.
final class LayoutChecks {

    private LayoutChecks() {
    }

    /// The texts shown cut with "…": "Giải…" for "Giải thể", "17/01/19…" for a date.
    static List<String> clipped(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                for (Node c : l.getChildrenUnmodifiable()) {
                    if (c instanceof Text t && t.getStyleClass().contains("text") && t.isVisible()
                            && !t.getText().equals(l.getText()) && t.getText().endsWith(l.getEllipsisString())) {
                        out.add("'" + l.getText() + "' shown as '" + t.getText() + "' (" + describe(l) + ")");
                    }
                }
            }
        });
        return out;
    }

    /// Visible horizontal scroll bars (part of the screen hidden sideways).
    static List<String> horizontalScrollBars(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.getParent() != null
                    && !b.getParent().getStyleClass().contains("virtual-flow")) {
                out.add(describe(b.getParent()));
            }
        });
        return out;
    }

    /// Shown nodes of the given ids that do not lie wholly inside the scene.
    static List<String> outside(Scene scene, String... selectors) {
        List<String> out = new ArrayList<>();
        for (String s : selectors) {
            Node n = scene.getRoot().lookup(s);
            if (n != null && shown(n)) {
                Bounds b = n.localToScene(n.getBoundsInLocal());
                if (b.getMinX() < 0 || b.getMinY() < 0 || b.getMaxX() > scene.getWidth() + 0.5
                        || b.getMaxY() > scene.getHeight() + 0.5) {
                    out.add(s + " at " + b);
                }
            }
        }
        return out;
    }

    private static void walk(Node n, Consumer<Node> visit) {
        if (!n.isVisible()) {
            return;
        }
        visit.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, visit);
            }
        }
    }

    static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node n) {
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName());
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.getId() != null) {
                s.append(" in #").append(at.getId());
                break;
            }
        }
        return s.toString();
    }
}
