package vn.dangvu.members.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.db.jooq.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import vn.dangvu.TestClocks;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.members.Holiday;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.shell.Shots;
import vn.dangvu.ui.FxBackgroundTasks;

/// The public-holiday dialog (domain.md §4.4: working days skip Tết and the public holidays, a list the user edits)
/// through the real view: defaults shown, a bad date or a missing name refused with nothing written, a day added and
/// removed with audit rows. With -Ddangvu.shots=DIR it saves the dialog.
@Tag("ui")
class HolidaysUiTest {

    @TempDir
    static Path dir;

    private static AppContext ctx;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void prepare() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        ctx = new AppContext(Database.create(dir.resolve("xa")), TestClocks.at(2026, 11, 21));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void holidaysAreListedAddedAndRemovedWithAuditRows() throws Exception {
        HolidaysViewModel[] vm = new HolidaysViewModel[1];
        HolidaysView[] view = new HolidaysView[1];
        robot.interact(() -> {
            vm[0] = new HolidaysViewModel(MemberScreens.holidaySource(ctx.members().lifecycle().holidays()),
                    new FxBackgroundTasks());
            view[0] = new HolidaysView(vm[0]);
            vm[0].load();
        });
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene((Parent) view[0].root(), 560, 560);
            scene.getStylesheets().add(App.class.getResource("/vn/dangvu/app.css").toExternalForm());
            s.setMaximized(false);
            s.setScene(scene);
            s.setX(0);
            s.setY(0);
            s.setWidth(560);
            s.setHeight(560);
            s.show();
        });
        int defaults = ctx.members().lifecycle().holidays().all().size();
        waitUntil(() -> vm[0].holidays().size() == defaults);
        assertTrue(vm[0].holidays().contains(new Holiday(LocalDate.of(2026, 2, 17), "Tết Nguyên đán")));

        typeDate("31/02/2028");
        waitUntil(() -> text().contains("31/02/2028"));
        press("#holidayAdd");
        assertEquals(defaults, ctx.members().lifecycle().holidays().all().size());
        typeDate("26/01/2028");
        press("#holidayAdd");
        waitUntil(() -> !text().isEmpty());
        assertEquals(I18n.t("holiday.error.nameRequired"), text());
        assertEquals(defaults, ctx.members().lifecycle().holidays().all().size());
        robot.clickOn("#holidayName").write("Tết Nguyên đán");
        press("#holidayAdd");
        waitUntil(() -> !text().equals(I18n.t("holiday.error.nameRequired")));
        assertEquals(I18n.t("holiday.saved", "26/01/2028"), text());
        assertTrue(ctx.members().lifecycle().holidays().dates().contains(LocalDate.of(2028, 1, 26)));
        ListView<Holiday> list = robot.lookup("#holidayList").queryListView();
        Holiday added = new Holiday(LocalDate.of(2028, 1, 26), "Tết Nguyên đán");
        robot.interact(() -> {
            list.getSelectionModel().select(added);
            list.scrollTo(added);
        });
        Shots.save(stage.getScene(), "holidays");
        press("#holidayRemove");
        waitUntil(() -> text().equals(I18n.t("holiday.removed", "26/01/2028", "Tết Nguyên đán")));
        assertEquals(defaults, vm[0].holidays().size());
        assertEquals(2, ctx.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.in("HOLIDAY_PUT", "HOLIDAY_REMOVE")));
    }

    /// Presses a button (fires its action, as Space on the focused button does).
    private void press(String query) {
        Button b = robot.lookup(query).queryButton();
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeDate(String date) {
        DatePicker picker = robot.lookup("#holidayDate").query();
        robot.interact(() -> picker.getEditor().clear());
        robot.clickOn(picker.getEditor()).write(date).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text() {
        return robot.lookup("#holidayMessage").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
