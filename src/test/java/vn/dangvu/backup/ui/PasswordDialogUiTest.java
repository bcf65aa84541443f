package vn.dangvu.backup.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.backup.EncryptionService;
import vn.dangvu.db.Database;
import vn.dangvu.shell.Shots;
import vn.dangvu.ui.FxBackgroundTasks;

/// The password asked before an encrypted database opens, headless (Monocle): a wrong password is told under the
/// field and the user types again (nothing locked); the right one gives the key; "Quên mật khẩu?" shows the
/// recovery code and the new password. With -Ddangvu.shots=DIR it saves both states.
@Tag("ui")
class PasswordDialogUiTest {

    @TempDir
    static Path dir;

    private static final FxBackgroundTasks TASKS = new FxBackgroundTasks();
    private static Path base;
    private static String code;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void prepare() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        FxToolkit.setupApplication(() -> new Application() {
            @Override
            public void start(Stage s) {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            }
        });
        base = dir.resolve("xa");
        Database.create(base).close();
        code = AppContext.encryption(TestClocks.at(2026, 11, 21)).turnOn(base, "mật khẩu đúng".toCharArray()).recoveryCode();
    }

    @Test
    void aWrongPasswordIsToldAndTheRightOneOpensThenTheRecoveryCodeWay() throws Exception {
        CompletableFuture<Optional<PasswordDialog.Answer>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(PasswordDialog.ask(null, Database.dataFile(base), (secret, byCode) -> byCode
                ? EncryptionService.unlockWithRecoveryCode(base, new String(secret)) : EncryptionService.unlock(base, secret), TASKS)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#encryption-password").write("mat khau sai");
        robot.clickOn("Mở dữ liệu");
        Label error = waitForError("Mật khẩu không đúng");
        Shots.save(error.getScene(), "encryption-password-wrong");
        robot.doubleClickOn("#encryption-password").eraseText(12).write("mật khẩu đúng");
        robot.clickOn("Mở dữ liệu");
        Optional<PasswordDialog.Answer> a = answer.get(60, TimeUnit.SECONDS);
        assertTrue(a.isPresent(), "the right password opens");
        assertEquals(Optional.empty(), a.get().recoveryCode());

        CompletableFuture<Optional<PasswordDialog.Answer>> second = new CompletableFuture<>();
        Platform.runLater(() -> second.complete(PasswordDialog.ask(null, Database.dataFile(base), (secret, byCode) -> byCode
                ? EncryptionService.unlockWithRecoveryCode(base, new String(secret)) : EncryptionService.unlock(base, secret), TASKS)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Quên mật khẩu?");
        robot.clickOn("#encryption-code").write(code.toLowerCase());
        Node codeField = robot.lookup("#encryption-code").query();
        Shots.save(codeField.getScene(), "encryption-password-forgot");
        robot.clickOn("Mở dữ liệu");
        waitForError("ít nhất");
        Platform.runLater(() -> robot.lookup("Thoát").queryButton().fire());
        assertEquals(Optional.empty(), second.get(30, TimeUnit.SECONDS), "cancel: nothing opened");
    }

    private Label waitForError(String part) throws Exception {
        Label[] found = new Label[1];
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().contains(part)).tryQuery().map(n -> found[0] = (Label) n).isPresent());
        return found[0];
    }
}
