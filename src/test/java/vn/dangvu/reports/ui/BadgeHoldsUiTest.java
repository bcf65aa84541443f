package vn.dangvu.reports.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangvu.db.jooq.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import vn.dangvu.members.BadgeRules.DisciplineForm;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.shell.Shots;
import vn.dangvu.ui.FxBackgroundTasks;

/// The badge hold periods as rule-set data the user sees and edits (domain.md §5.2: by default Q24 §27 / HD 01-HD/TW
/// 2021 §18, warning 6 months, removal from post 12), through the real view: the defaults shown, a bad count refused
/// naming the form with nothing written, a province's reading saved with one audit row per changed form.
@Tag("ui")
class BadgeHoldsUiTest {

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
    void holdPeriodsAreShownAndEditedWithAuditRows() throws Exception {
        BadgeHoldsViewModel[] vm = new BadgeHoldsViewModel[1];
        BadgeHoldsView[] view = new BadgeHoldsView[1];
        robot.interact(() -> {
            vm[0] = new BadgeHoldsViewModel(BadgeHoldsView.source(ctx.badges()), new FxBackgroundTasks(), 2026);
            view[0] = new BadgeHoldsView(vm[0]);
            vm[0].load();
        });
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene((Parent) view[0].root(), 620, 440);
            scene.getStylesheets().add(App.class.getResource("/vn/dangvu/app.css").toExternalForm());
            s.setMaximized(false);
            s.setScene(scene);
            s.setX(0);
            s.setY(0);
            s.setWidth(620);
            s.setHeight(440);
            s.show();
        });
        String ruleSet = ctx.badges().ruleSetFor(2026).orElseThrow();
        waitUntil(() -> !text("#badgeHoldRuleSet").isEmpty());
        assertEquals(I18n.t("badge.hold.ruleSet", ruleSet, 2026), text("#badgeHoldRuleSet"));
        assertEquals("0/6/12/", field(DisciplineForm.REPRIMAND) + "/" + field(DisciplineForm.WARNING) + "/"
                + field(DisciplineForm.DISMISSAL) + "/" + field(DisciplineForm.EXPULSION));
        int audits = ctx.db().dsl().fetchCount(AUDIT_LOG);

        type(DisciplineForm.WARNING, "sáu");
        press("#badgeHoldSave");
        waitUntil(() -> !text("#badgeHoldMessage").isEmpty());
        assertEquals(I18n.t("badge.hold.error.number", "Cảnh cáo", "sáu"), text("#badgeHoldMessage"));
        type(DisciplineForm.WARNING, "121");
        press("#badgeHoldSave");
        assertEquals(I18n.t("badge.hold.error.number", "Cảnh cáo", "121"), text("#badgeHoldMessage"));
        assertEquals(audits, ctx.db().dsl().fetchCount(AUDIT_LOG));

        // a province reading 6 / 9 / 12 months for reprimand / warning / removal from post
        type(DisciplineForm.REPRIMAND, "6");
        type(DisciplineForm.WARNING, "9");
        Shots.save(stage.getScene(), "badge-holds");
        press("#badgeHoldSave");
        waitUntil(() -> text("#badgeHoldMessage").equals(I18n.t("badge.hold.saved", 2)));
        Map<DisciplineForm, Integer> expected = new EnumMap<>(DisciplineForm.class);
        expected.put(DisciplineForm.REPRIMAND, 6);
        expected.put(DisciplineForm.WARNING, 9);
        expected.put(DisciplineForm.DISMISSAL, 12);
        expected.put(DisciplineForm.EXPULSION, null);
        assertEquals(expected, ctx.badges().holds(2026));
        assertEquals(audits + 2, ctx.db().dsl().fetchCount(AUDIT_LOG));
        assertEquals(2, ctx.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq("BADGE_HOLD")));
        press("#badgeHoldSave");
        assertEquals(I18n.t("badge.hold.unchanged"), text("#badgeHoldMessage"));
    }

    private String field(DisciplineForm f) {
        return robot.lookup("#badgeHold" + f.name()).queryAs(TextField.class).getText();
    }

    private void type(DisciplineForm f, String text) {
        TextField t = robot.lookup("#badgeHold" + f.name()).queryAs(TextField.class);
        robot.interact(() -> t.setText(""));
        robot.clickOn(t).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(String query) {
        Button b = robot.lookup(query).queryButton();
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
