package vn.dangvu.ui;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
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

    /// Dialogs owned by whatever window shows `anchor` when they are asked for (a screen built before it is shown).
    public static DialogService over(Supplier<Node> anchor) {
        return new DialogService() {
            @Override
            public void showError(String message) {
                fx().showError(message);
            }

            @Override
            public void showInfo(String title, String message) {
                fx().showInfo(title, message);
            }

            @Override
            public boolean confirm(String title, String message, String yes, String no) {
                return fx().confirm(title, message, yes, no);
            }

            private FxDialogService fx() {
                Scene s = anchor.get().getScene();
                return s == null ? new FxDialogService(null, () -> "") : new FxDialogService(s.getWindow(), () -> s.getRoot().getStyle());
            }
        };
    }

    @Override
    public void showError(String message) {
        show(Alert.AlertType.ERROR, I18n.t("dialog.error.title"), message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        ButtonType act = new ButtonType(yes, ButtonType.OK.getButtonData());
        ButtonType stay = new ButtonType(no, ButtonType.CANCEL.getButtonData());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", act, stay);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("dialogMessage");
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setStyle(style.get());
        // the safe answer is the default one: Enter does not replace data
        ((Button) alert.getDialogPane().lookupButton(act)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        return alert.showAndWait().filter(act::equals).isPresent();
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
        Windows.dialog(alert);
        alert.showAndWait();
    }
}
