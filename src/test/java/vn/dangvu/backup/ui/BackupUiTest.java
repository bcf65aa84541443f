package vn.dangvu.backup.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import vn.dangvu.App;
import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.backup.BackupTrigger;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoOptions;
import vn.dangvu.shell.Shots;
import vn.dangvu.ui.FxBackgroundTasks;
import vn.dangvu.ui.FxDialogService;

/// The Sao lưu screen on a demo commune with a backup on this PC and one on a "USB stick" (a folder),
/// headless (Monocle); "Sao lưu ngay" through the screen adds a verified backup to the list. With -Ddangvu.shots=DIR
/// it saves the screenshot used in the user guide.
@Tag("ui")
class BackupUiTest {

    @TempDir
    static Path dir;

    private static AppContext ctx;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void prepare() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        Path base = dir.resolve("xa");
        try (Database db = Database.create(base)) {
            new AppContext(db, TestClocks.at(2026, 11, 21)).demo().populate(new DemoOptions(120, 7), p -> { });
        }
        ctx = new AppContext(Database.open(base), TestClocks.at(2026, 11, 21));
        ctx.backups().backup(BackupTrigger.DAILY);
        ctx.backups().backupTo(Files.createDirectories(dir.resolve("usb")));
        FxToolkit.setupStage(s -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Node[] root = new Node[1];
            BackupViewModel vm = new BackupViewModel(ctx.backups(), new FxBackgroundTasks(), FxDialogService.over(() -> root[0]),
                    new BackupDialogs(() -> root[0]), (file, other) -> { });
            root[0] = new BackupView(vm).root();
            // Monocle's headless screen is 1280×800 and refuses a wider window: the screenshot is laid out at 1366×768
            Scene scene = new Scene((Parent) root[0], 1280, 768);
            scene.getStylesheets().add(App.class.getResource("/vn/dangvu/app.css").toExternalForm());
            s.setScene(scene);
            s.show();
            vm.load();
        });
        assertTrue(stage.isShowing());
    }

    @AfterAll
    static void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        ctx.close();
    }

    @Test
    void theScreenListsTheBackupsAndBacksUpNow() throws Exception {
        TableView<BackupViewModel.Row> table = robot.lookup("#backupTable").query();
        waitUntil(() -> table.getItems().size() == 2);
        assertTrue(text("#backupLast").startsWith("Lần sao lưu gần nhất (đã kiểm tra): lúc 09:00 21/11/2026"), text("#backupLast"));
        assertTrue(text("#backupOutside").startsWith("Bản sao lưu ra ngoài máy gần nhất: lúc 09:00 21/11/2026, vào "
                + dir.resolve("usb")), text("#backupOutside"));
        assertEquals("Đã kiểm tra", table.getItems().get(0).status());
        assertEquals("sao lưu ra ngoài máy", table.getItems().get(0).why());

        robot.clickOn("#backupNow");
        waitUntil(() -> table.getItems().size() == 3);
        waitUntil(() -> text("#backupMessage").startsWith("Đã sao lưu lúc 09:00 21/11/2026"));
        assertEquals("Đã kiểm tra", table.getItems().get(0).status());
        shotAt1366x768("backup-screen");
    }

    /// Saves what the window shows, laid out at 1366×768 in a scene of its own.
    private void shotAt1366x768(String name) throws Exception {
        Stage stage = (Stage) robot.lookup("#backupView").query().getScene().getWindow();
        Scene[] wide = new Scene[1];
        Parent[] root = new Parent[1];
        robot.interact(() -> {
            root[0] = stage.getScene().getRoot();
            stage.getScene().setRoot(new Pane());
            wide[0] = new Scene(root[0], 1366, 768);
            wide[0].getStylesheets().add(App.class.getResource("/vn/dangvu/app.css").toExternalForm());
        });
        Shots.save(wide[0], name);
        robot.interact(() -> {
            wide[0].setRoot(new Pane());
            stage.getScene().setRoot(root[0]);
        });
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
