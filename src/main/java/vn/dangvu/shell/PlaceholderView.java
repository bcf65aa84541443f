package vn.dangvu.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import vn.dangvu.common.I18n;

/// A section not built yet: says so plainly, with one sentence on what it will do. Not a fake screen.
public final class PlaceholderView {

    private final VBox root = new VBox(12);

    public PlaceholderView(Section section) {
        Label title = new Label(I18n.t(section.i18nKey()));
        title.getStyleClass().add("title-3");
        Label note = new Label(I18n.t("shell.future.note"));
        note.setId("placeholderNote");
        note.getStyleClass().addAll("placeholder-note", "text-bold");
        note.setWrapText(true);
        Label what = new Label(I18n.t(section.futureKey()));
        what.setWrapText(true);
        what.setMaxWidth(640);
        root.getChildren().addAll(title, note, what);
        root.setPadding(new Insets(24, 32, 24, 32));
        root.setId(section.viewId());
    }

    public Node root() {
        return root;
    }
}
