package vn.dangvu.registrations.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.dangvu.App;
import vn.dangvu.AppContext;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoOptions;
import vn.dangvu.shell.Shots;

/// The registrations section in the real window at 1366×768 on a demo commune: the cells and members load, a
/// line typed with the keyboard is saved by Ctrl+Enter and the next member opens; the assessment mode and the large
/// font. With -Ddangvu.shots=DIR it saves screenshots of each state.
@Tag("ui")
class RegistrationsUiTest {

    @TempDir
    static Path dir;

    private static Path base;
    private static Application app;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void prepare() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        base = dir.resolve("demo").resolve("app");
        try (Database db = Database.create(base)) {
            new AppContext(db).demo().populate(new DemoOptions(300, 7), p -> { });
        }
        System.setProperty("dangvu.db", base.toString());
        System.setProperty("dangvu.home", dir.resolve("home").toString());
        app = FxToolkit.setupApplication(App.class);
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        FxToolkit.setupFixture(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
    }

    @AfterAll
    static void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        System.clearProperty("dangvu.db");
        System.clearProperty("dangvu.home");
    }

    @Test
    void aClerkTypesALineAndSavesWithCtrlEnter() throws Exception {
        robot.clickOn("#nav-registrations");
        waitUntil(() -> members().getItems().size() > 2 && members().getSelectionModel().getSelectedIndex() == 1
                && robot.lookup("#regItemContent0").tryQuery().map(n -> !((TextField) n).getText().isEmpty()).orElse(false));
        assertTrue(robot.lookup("#regCells").queryTableView().getItems().size() > 3);
        Line first = members().getSelectionModel().getSelectedItem();
        assertEquals(first.name(), text("#regFormTitle"));
        Shots.save(stage.getScene(), "registrations");

        int before = 0;
        while (robot.lookup("#regItemContent" + before).tryQuery().isPresent()) {
            before++;
        }
        robot.clickOn("#regItemContent0");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        int line = before;
        waitUntil(() -> robot.lookup("#regItemContent" + line).tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write("Giúp đỡ hộ cận nghèo ở xóm").press(KeyCode.TAB).release(KeyCode.TAB);
        robot.write("Thăm hỏi hằng tháng").press(KeyCode.TAB).release(KeyCode.TAB);
        robot.write("30/9");
        Shots.save(stage.getScene(), "registrations-typing");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> members().getSelectionModel().getSelectedIndex() == 2);
        int after = before + 1;
        waitUntil(() -> String.valueOf(after).equals(members().getItems().get(1).items()));
        assertEquals(members().getSelectionModel().getSelectedItem().name(), text("#regFormTitle"));

        robot.clickOn("#regModeAssess");
        waitUntil(() -> robot.lookup("#regItemSelf0").tryQuery().isPresent());
        Shots.save(stage.getScene(), "registrations-assess");
        robot.clickOn("#regModeRegister");

        robot.clickOn(I18n.t("menu.view")).clickOn(I18n.t("menu.view.largeFont"));
        waitUntil(() -> stage.getScene().getRoot().getStyle().contains("19px"));
        Shots.save(stage.getScene(), "registrations-large-font");
        robot.clickOn(I18n.t("menu.view")).clickOn(I18n.t("menu.view.largeFont"));
    }

    @SuppressWarnings("unchecked")
    private TableView<Line> members() {
        return robot.lookup("#regMembers").queryAs(TableView.class);
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
