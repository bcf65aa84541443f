package vn.dangvu.ui;

import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import vn.dangvu.common.I18n;

/// Modal alerts owned by the main window, with Vietnamese titles and a wrapping message.
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final Supplier<String> style;

    /// style: the window's inline style (font size), so dialogs follow "Cỡ chữ lớn".
    public FxDialogService(Window owner, Supplier<String> style) {
        this.owner = owner;
        this.style = style;
    }

    @Override
    public void showError(String message) {
        show(Alert.AlertType.ERROR, I18n.t("dialog.error.title"), message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, "", new ButtonType(I18n.t("dialog.button.close"), ButtonType.OK.getButtonData()));
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("dialogMessage");
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setStyle(style.get());
        alert.showAndWait();
    }
}
