package vn.dangvu.rating.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoOptions;
import vn.dangvu.rating.Evaluation;
import vn.dangvu.rating.Level;
import vn.dangvu.rating.RosterMember;
import vn.dangvu.rating.Subject;
import vn.dangvu.shell.FontSizeModel;
import vn.dangvu.shell.Shots;
import vn.dangvu.ui.FxBackgroundTasks;
import vn.dangvu.years.WorkingYear;

/// The rating screen on a demo commune at 1366×768, headless (Monocle): a score that is not a number is refused
/// naming the field with nothing written; an HTXSNV over the quota asks for the justification and is saved with it;
/// the row, the counter and the database agree; the closed year 2025 is read only and its summary shows. With
/// -Ddangvu.shots=DIR it saves the screen at the normal and the large font, the summary and the closed year.
@Tag("ui")
class RatingUiTest {

    @TempDir
    static Path dir;

    private static final String CSS = App.class.getResource("/vn/dangvu/app.css").toExternalForm();
    private static AppContext ctx;
    private static Scene scene;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void prepare() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        Path base = dir.resolve("app");
        try (Database db = Database.create(base)) {
            new AppContext(db).demo().populate(new DemoOptions(300, 7), p -> { });
        }
        ctx = new AppContext(Database.open(base));
        FxToolkit.setupStage(s -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            RatingViewModel vm = new RatingViewModel(ctx.rating(), ctx.ratingDocuments(),
                    () -> ctx.years().list().stream().map(WorkingYear::year).sorted(Comparator.reverseOrder()).toList(),
                    new FxBackgroundTasks(), TestClocks.at(2026, 12, 20));
            // Monocle's headless screen is 1280×800 and refuses a wider window: 1280×768 here, the shots at 1366×768
            RuleSetViewModel rules = new RuleSetViewModel(ctx.ruleSets(), ctx.years()::setRuleSet, new FxBackgroundTasks(), vm::reload);
            rules.year().bind(vm.year());
            rules.load();
            scene = new Scene((Parent) new RatingView(vm, Optional.of(new RuleSetView(rules).root())).root(), 1280, 768);
            scene.getStylesheets().add(CSS);
            scene.getRoot().setStyle("-fx-font-size: " + FontSizeModel.NORMAL + "px;");
            s.setScene(scene);
            s.setX(0);
            s.setY(0);
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
    void rateAMemberOverTheQuotaWithAJustificationThenLookAtTheClosedYear() throws Exception {
        TableView<RatingViewModel.Row> members = robot.lookup("#ratingMembers").queryTableView();
        waitUntil(() -> !members.getItems().isEmpty());
        ComboBox<Integer> year = robot.lookup("#ratingYear").queryComboBox();
        assertEquals(2026, year.getValue());
        RatingViewModel.Row first = members.getItems().getFirst();
        long id = first.subject().id();
        // the demo's registrations and cell meetings reach the rating through AppContext's wiring
        assertNotEquals(I18n.t("rating.ui.noData"), first.registration());
        assertFalse(first.attendance().isBlank());
        robot.interact(() -> members.getSelectionModel().select(0));
        waitUntil(() -> first.name().equals(text("#ratingSelected")));

        ComboBox<Level> decision = robot.lookup("#ratingDecisionLevel").queryComboBox();
        robot.interact(() -> {
            robot.lookup("#ratingSelf").queryComboBox().setValue(Level.EXCELLENT);
            robot.lookup("#ratingSelfScore").queryAs(TextField.class).setText("95");
            decision.setValue(Level.EXCELLENT);
            robot.lookup("#ratingDecisionLevelScore").queryAs(TextField.class).setText("chín lăm");
        });
        // the live counter counts the level chosen and not yet saved
        waitUntil(() -> text("#ratingCounter").contains("HTXSNV 1 / tối đa"));
        robot.clickOn("#ratingSave");
        waitUntil(() -> text("#ratingError").startsWith(I18n.t("rating.field.DECISION_SCORE") + ": "));
        assertTrue(text("#ratingError").contains("«chín lăm»"), text("#ratingError"));
        assertEquals(Optional.empty(), stored(id));

        robot.interact(() -> robot.lookup("#ratingDecisionLevelScore").queryAs(TextField.class).setText("94,5"));
        robot.clickOn("#ratingSave");
        // the demo's 2026 has no HTTNV yet: HTXSNV is over the quota (0) and Q366 asks for a justification
        waitUntil(() -> robot.lookup("#ratingJustification").tryQuery().isPresent());
        Shots.save(robot.lookup("#ratingJustification").query().getScene(), "rating-justification");
        robot.interact(() -> robot.lookup("#ratingJustification").queryAs(TextArea.class).setText("Tiêu biểu toàn xã"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.isDefaultButton())
                .queryButton());
        waitUntil(() -> stored(id).isPresent());
        Evaluation e = stored(id).orElseThrow();
        assertEquals(Optional.of(Level.EXCELLENT), e.level());
        assertTrue(e.overQuota());
        waitUntil(() -> members.getItems().stream().anyMatch(r -> r.subject().equals(Subject.member(id)) && r.decision().equals("HTXSNV")));
        waitUntil(() -> text("#ratingMessage").equals(I18n.t("rating.ui.saved", first.name())));
        shot("rating-members", FontSizeModel.NORMAL);
        shot("rating-members-large", FontSizeModel.LARGE);

        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitUntil(() -> !robot.lookup("#ratingOrganisations").queryTableView().getItems().isEmpty());
        shot("rating-organisations", FontSizeModel.NORMAL);

        robot.interact(() -> year.setValue(2025));
        waitUntil(() -> text("#ratingYearInfo").startsWith("Năm đã khóa sổ: chỉ xem"));
        robot.interact(() -> tabs.getSelectionModel().select(2));
        waitUntil(() -> text("#ratingSummaryNote").startsWith("Đưa sang khen thưởng"));
        TableView<RatingViewModel.SummaryRow> summary = robot.lookup("#ratingSummary").queryTableView();
        // the demo rates every member of 2025 not exempt: the commune line counts them all, none pending
        int onRoll = ctx.rating().summary(2025).commune().members();
        waitUntil(() -> summary.getItems().stream().anyMatch(r -> r.name().equals(I18n.t("rating.doc.summary.total"))
                && r.members() == onRoll && r.rated() > onRoll / 2));
        assertTrue(summary.getItems().stream().anyMatch(r -> r.name().equals(I18n.t("rating.ui.yearBefore", 2024)) && r.rated() > 0));
        shot("rating-summary-2025", FontSizeModel.NORMAL);
        shot("rating-summary-2025-large", FontSizeModel.LARGE);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        waitUntil(() -> !members.getItems().isEmpty() && members.getItems().stream().allMatch(r -> !r.decision().isEmpty()));
        robot.interact(() -> members.getSelectionModel().select(0));
        waitUntil(() -> members.getItems().getFirst().name().equals(text("#ratingSelected")));
        assertTrue(robot.lookup("#ratingSave").queryButton().isDisabled());
        assertTrue(robot.lookup("#ratingDecisionLevel").queryComboBox().isDisabled());
        shot("rating-closed-2025", FontSizeModel.NORMAL);

        // the rule sets: Q366 read only; a copy is editable
        robot.interact(() -> tabs.getSelectionModel().select(3));
        waitUntil(() -> text("#ruleSetState").startsWith("Quy định của Trung ương"));
        assertTrue(robot.lookup("#ruleSetSave").queryButton().isDisabled());
        robot.interact(() -> {
            robot.lookup("#ruleSetCopyCode").queryAs(TextField.class).setText("Q366_TINH2026");
            robot.lookup("#ruleSetCopyName").queryAs(TextField.class).setText("Quy định 366, hướng dẫn của Tỉnh ủy năm 2026");
        });
        // below the fold at 768 pixels (the form scrolls): pressed as the keyboard would
        robot.interact(() -> robot.lookup("#ruleSetCopy").queryButton().fire());
        waitUntil(() -> text("#ruleSetState").startsWith("Bản sao của Q366_HD43"));
        assertFalse(robot.lookup("#ruleSetSave").queryButton().isDisabled());
        shot("rating-rulesets", FontSizeModel.NORMAL);
        shot("rating-rulesets-large", FontSizeModel.LARGE);
    }

    /// Saves what the window shows laid out at 1366×768 with the font size `px`, in a scene of its own.
    private void shot(String name, int px) throws Exception {
        if (System.getProperty("dangvu.shots") == null) {
            return;
        }
        Scene[] wide = new Scene[1];
        Parent[] root = new Parent[1];
        robot.interact(() -> {
            root[0] = scene.getRoot();
            scene.setRoot(new Pane());
            wide[0] = new Scene(root[0], 1366, 768);
            wide[0].getStylesheets().add(CSS);
            root[0].setStyle("-fx-font-size: " + px + "px;");
        });
        Shots.save(wide[0], name);
        robot.interact(() -> {
            wide[0].setRoot(new Pane());
            root[0].setStyle("-fx-font-size: " + FontSizeModel.NORMAL + "px;");
            scene.setRoot(root[0]);
        });
    }

    private static Optional<Evaluation> stored(long memberId) throws Exception {
        return ctx.rating().roster(2026).members().stream().filter(m -> m.memberId() == memberId).findFirst()
                .flatMap(RosterMember::stored);
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
