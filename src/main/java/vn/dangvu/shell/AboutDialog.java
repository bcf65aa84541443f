package vn.dangvu.shell;

import java.util.Arrays;
import java.util.stream.Collectors;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import vn.dangvu.common.AppVersion;
import vn.dangvu.common.I18n;
import vn.dangvu.ui.Windows;

/// Help → Giới thiệu: version, where the data file is, and which sections are built (only those are promised).
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
        Label built = new Label(I18n.t("about.built", sections(true)));
        built.setId("aboutBuilt");
        built.setWrapText(true);
        Label later = new Label(I18n.t("about.later", sections(false)));
        later.setId("aboutLater");
        later.setWrapText(true);
        later.getStyleClass().add("text-muted");
        Label version = new Label(I18n.t("about.version", AppVersion.current()));
        version.setId("aboutVersion");
        Label file = new Label(I18n.t("about.dataFile", dataFile));
        file.setId("aboutDataFile");
        file.setWrapText(true);
        VBox box = new VBox(10, name, what, built, later, version, file);
        box.setPrefWidth(520);
        box.setId("aboutBox");
        d.getDialogPane().setContent(box);
        d.getDialogPane().setStyle(style);
        d.getDialogPane().getButtonTypes().add(new ButtonType(I18n.t("dialog.button.close"), ButtonType.OK.getButtonData()));
        Windows.dialog(d);
        d.showAndWait();
    }

    /// The names of the built (or not yet built) sections, in sidebar order.
    static String sections(boolean built) {
        return Arrays.stream(Section.values()).filter(s -> s.built() == built).map(s -> I18n.t(s.i18nKey()))
                .collect(Collectors.joining(", "));
    }
}
