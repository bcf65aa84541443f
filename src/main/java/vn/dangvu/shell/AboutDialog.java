package vn.dangvu.shell;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import vn.dangvu.common.AppVersion;
import vn.dangvu.common.I18n;

/// Help → Giới thiệu (F1): version and where the data file is.
public final class AboutDialog {

    private AboutDialog() {
    }

    public static void show(Window owner, String dataFile, String style) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(I18n.t("about.title"));
        Label name = new Label(I18n.t("app.title"));
        name.getStyleClass().add("title-2");
        Label what = new Label(I18n.t("about.description"));
        what.setWrapText(true);
        Label version = new Label(I18n.t("about.version", AppVersion.current()));
        version.setId("aboutVersion");
        Label file = new Label(I18n.t("about.dataFile", dataFile));
        file.setId("aboutDataFile");
        file.setWrapText(true);
        VBox box = new VBox(10, name, what, version, file);
        box.setPrefWidth(520);
        box.setId("aboutBox");
        d.getDialogPane().setContent(box);
        d.getDialogPane().setStyle(style);
        d.getDialogPane().getButtonTypes().add(new ButtonType(I18n.t("dialog.button.close"), ButtonType.OK.getButtonData()));
        d.showAndWait();
    }
}
