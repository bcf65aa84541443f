package vn.dangvu.backup.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import vn.dangvu.backup.EncryptionService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.ui.BackgroundTasks;

/// Asks the password of an encrypted database before its workspace opens (encryption at rest, issue 9). A wrong
/// password is told under the field and the user types again, as often as needed (the data is never locked).
/// "Quên mật khẩu?" switches to the recovery code of the printed sheet and a new password (typed twice), which then
/// replaces the forgotten one. The key is derived off the FX thread (PBKDF2, 600,000 rounds).
public final class PasswordDialog {

    /// Derives the key from the password, or from the recovery code when `recoveryCode`.
    public interface Unlock {
        Database.Encryption unlock(char[] secret, boolean recoveryCode) throws AppException;
    }

    /// What the user gave: the key, and with the recovery code the new password to put in place.
    public record Answer(Database.Encryption key, Optional<String> recoveryCode, Optional<char[]> newPassword) {
    }

    private PasswordDialog() {
    }

    /// Shows the dialog (FX thread) until a right password or code is given, or the user cancels (empty).
    public static Optional<Answer> ask(Window owner, Path file, Unlock unlock, BackgroundTasks tasks) {
        Dialog<Answer> d = new Dialog<>();
        d.setTitle(I18n.t("encryption.ui.title"));
        d.setHeaderText(I18n.t("encryption.ui.header", file.getFileName()));
        if (owner != null) {
            d.initOwner(owner);
        }
        ButtonType open = new ButtonType(I18n.t("encryption.ui.open"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(open, new ButtonType(I18n.t("encryption.ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Label passwordLabel = new Label(I18n.t("encryption.ui.password"));
        PasswordField password = new PasswordField();
        password.setId("encryption-password");
        Hyperlink forgot = new Hyperlink(I18n.t("encryption.ui.forgot"));
        Label codeLabel = new Label(I18n.t("encryption.ui.code"));
        TextField code = new TextField();
        code.setId("encryption-code");
        code.setPromptText(I18n.t("encryption.ui.codePrompt"));
        Label freshLabel = new Label(I18n.t("encryption.ui.newPassword"));
        PasswordField fresh = new PasswordField();
        PasswordField again = new PasswordField();
        again.setPromptText(I18n.t("encryption.ui.again"));
        Label error = new Label();
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020;");
        error.setMaxWidth(460);
        error.setMinHeight(Region.USE_PREF_SIZE); // the whole message, wrapped, never cut with "…"
        VBox byCode = new VBox(6, codeLabel, code, freshLabel, fresh, again);
        byCode.setVisible(false);
        byCode.setManaged(false);
        VBox box = new VBox(8, passwordLabel, password, forgot, byCode, error);
        box.setPrefWidth(480);
        d.getDialogPane().setContent(box);
        forgot.setOnAction(e -> {
            boolean show = !byCode.isVisible();
            byCode.setVisible(show);
            byCode.setManaged(show);
            passwordLabel.setDisable(show);
            password.setDisable(show);
            forgot.setText(I18n.t(show ? "encryption.ui.remembered" : "encryption.ui.forgot"));
            error.setText("");
            d.getDialogPane().getScene().getWindow().sizeToScene();
            (show ? code : password).requestFocus();
        });
        Answer[] result = new Answer[1];
        Button ok = (Button) d.getDialogPane().lookupButton(open);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (result[0] != null) {
                return; // the key was found: let the dialog close
            }
            e.consume();
            boolean byRecovery = byCode.isVisible();
            if (byRecovery && !Arrays.equals(fresh.getText().toCharArray(), again.getText().toCharArray())) {
                error.setText(I18n.t("encryption.ui.notSame"));
                return;
            }
            if (byRecovery && fresh.getText().length() < EncryptionService.MIN_PASSWORD) {
                error.setText(I18n.t("encryption.error.shortPassword", EncryptionService.MIN_PASSWORD));
                return;
            }
            char[] secret = (byRecovery ? code.getText() : password.getText()).toCharArray();
            error.setText(I18n.t("encryption.ui.checking"));
            box.setDisable(true);
            ok.setDisable(true);
            tasks.run(I18n.t("encryption.ui.checking"), progress -> unlock.unlock(secret, byRecovery), key -> {
                result[0] = new Answer(key, byRecovery ? Optional.of(code.getText()) : Optional.empty(),
                        byRecovery ? Optional.of(fresh.getText().toCharArray()) : Optional.empty());
                ok.setDisable(false);
                ok.fire();
            }, failure -> {
                error.setText(failure instanceof AppException ex ? ex.userMessage() : String.valueOf(failure.getMessage()));
                d.getDialogPane().getScene().getWindow().sizeToScene();
                box.setDisable(false);
                ok.setDisable(false);
                (byRecovery ? code : password).requestFocus();
            });
        });
        d.setResultConverter(b -> b == open ? result[0] : null);
        Platform.runLater(password::requestFocus);
        return d.showAndWait();
    }
}
