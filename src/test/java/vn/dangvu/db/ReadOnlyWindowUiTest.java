package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.dangvu.App;
import vn.dangvu.shell.Shots;

/// The window on a database it cannot write (issue 7): it opens, says "Dữ liệu chỉ đọc: …" above every screen, and
/// a change (here the first-run setup) is refused with the read-only message instead of an unexpected error.
/// The file is made immutable for real (`chattr +i`, which root respects too).
@Tag("ui")
class ReadOnlyWindowUiTest {

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;
    private Path immutable;

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        System.clearProperty("dangvu.db");
        System.clearProperty("dangvu.home");
        if (immutable != null) {
            RealMedia.immutable(immutable, false);
        }
    }

    @Test
    void readOnlyDataShowsTheBannerAndRefusesChangesWithThatMessage() throws Exception {
        Path base = dir.resolve("xa");
        Database.create(base).close();
        Path file = Database.dataFile(base);
        Optional<String> why = RealMedia.immutable(file, true);
        if (why.isEmpty()) {
            immutable = file;
        } else {
            assumeTrue(!"root".equals(System.getProperty("user.name")) && file.toFile().setWritable(false),
                    () -> "cannot write-protect a file here: " + why.get());
        }
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        System.setProperty("dangvu.db", base.toString());
        System.setProperty("dangvu.home", dir.resolve("home").toString());
        app = FxToolkit.setupApplication(App.class);
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();

        waitUntil(() -> visible("#setupView") && visible("#workspaceNotice"));
        assertTrue(text("#workspaceNotice").startsWith("Dữ liệu chỉ đọc: " + file), text("#workspaceNotice"));

        robot.interact(() -> {
            robot.lookup("#setupCommune").queryAs(TextField.class).setText("Phú Sơn");
            robot.lookup("#setupProvince").queryAs(TextField.class).setText("Khánh Hòa");
        });
        robot.clickOn("#setupSave");
        waitUntil(() -> text("#setupError").contains("chế độ chỉ đọc"));
        assertTrue(text("#setupError").contains("không thay đổi được"), text("#setupError"));
        Shots.save(stage.getScene(), "read-only");
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(query).query().getScene() != null;
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
