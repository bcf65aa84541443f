package vn.dangvu.plans.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import vn.dangvu.AppWorkspace;
import vn.dangvu.TestClocks;
import vn.dangvu.TestCommune;
import vn.dangvu.TestPlans;
import vn.dangvu.common.I18n;
import vn.dangvu.meetings.Attendance;
import vn.dangvu.meetings.AttendanceEntry;
import vn.dangvu.meetings.Meeting;
import vn.dangvu.meetings.MeetingSheet;
import vn.dangvu.meetings.ui.AttendanceRow;
import vn.dangvu.plans.Activity;
import vn.dangvu.shell.FontSizeModel;
import vn.dangvu.shell.MainMenu;
import vn.dangvu.shell.MainWindow;
import vn.dangvu.shell.MainWindowViewModel;
import vn.dangvu.shell.Section;
import vn.dangvu.shell.Shots;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.FxBackgroundTasks;
import vn.dangvu.years.WorkingYear;

/// The Kế hoạch section in the real main window at 1366×768 (normal and large font), headless: the plan as a list
/// and a month, the clerk's attendance sheet typed with the keyboard only, the working-year panel, and a closed
/// year read-only. With -Ddangvu.shots=DIR it saves screenshots.
@Tag("ui")
class PlansUiTest {

    @TempDir
    static Path dir;

    private static AppContext ctx;
    private static TestPlans.Commune commune;
    private static Stage stage;
    private static FontSizeModel font;
    private static MainWindowViewModel shell;
    private static final FxBackgroundTasks TASKS = new FxBackgroundTasks();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void prepare() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        ctx = TestCommune.create(dir, TestClocks.at(TestPlans.TODAY));
        commune = TestPlans.fill(ctx);
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String message) {
            }

            @Override
            public void showInfo(String title, String message) {
            }
        };
        font = new FontSizeModel(FontSizeModel.NORMAL);
        FxToolkit.setupStage(s -> {
            shell = new MainWindowViewModel(TASKS, dialogs, () -> { });
            MainWindow window = new MainWindow(shell, TASKS, font, new MainMenu(shell, font, () -> { }, () -> { }));
            Scene scene = new Scene(window.root(), 1366, 768);
            scene.getStylesheets().add(App.class.getResource("/vn/dangvu/app.css").toExternalForm());
            s.setMaximized(false);
            s.setScene(scene);
            s.setX(0);
            s.setY(0);
            s.setWidth(1366);
            s.setHeight(768);
            s.show();
        });
        robot().interact(() -> shell.open(() -> new AppWorkspace(ctx, TASKS, false)));
        waitUntil(() -> shell.phase().get() == MainWindowViewModel.Phase.READY);
        robot().interact(() -> shell.select(Section.PLANS));
        waitUntil(() -> robot().lookup("#planTable").tryQuery().isPresent() && !table().getItems().isEmpty());
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    @Test
    void thePlanShowsAsAListAndAMonth() throws Exception {
        ComboBox<WorkingYear> year = robot.lookup("#plansYear").queryComboBox();
        assertEquals(2026, year.getValue().year());
        int all = table().getItems().size();
        assertEquals(ctx.plans().activities(2026).size(), all);
        Shots.save(stage.getScene(), "plan-list");
        robot.clickOn("#planStatus");
        robot.clickOn(I18n.t("plan.ui.filter.OVERDUE"));
        waitUntil(() -> table().getItems().size() < all && !table().getItems().isEmpty());
        assertTrue(table().getItems().stream().allMatch(a -> a.overdue(TestPlans.TODAY)));
        Shots.save(stage.getScene(), "plan-list-overdue");
        robot.clickOn("#planStatus");
        robot.clickOn(I18n.t("plan.ui.filter.ALL"));
        robot.clickOn("#planMonthView");
        waitUntil(() -> robot.lookup("#planDay-25").tryQuery().isPresent());
        assertEquals(11, robot.lookup("#planMonth").queryComboBox().getValue());
        Shots.save(stage.getScene(), "plan-month");
        robot.interact(() -> font.setLarge(true));
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(stage.getScene(), "plan-month-large");
        robot.interact(() -> font.setLarge(false));
        robot.clickOn("#planListView");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePlanIsIssuedAndWrittenAsAWordDocument() throws Exception {
        Path out = dir.resolve("ke-hoach-2026.docx");
        Node panel = robot.lookup("#planPanel").query();
        robot.interact(() -> ((Consumer<SaveChooser>) panel.getProperties().get(SaveChooser.class))
                .accept((owner, name, ext) -> Optional.of(dir.resolve(name))));
        robot.clickOn("#planDocument");
        waitUntil(() -> robot.lookup("#exportIssue").tryQuery().isPresent());
        robot.clickOn("#exportIssue");
        Shots.save(robot.lookup("#exportDialog").query().getScene(), "plan-export-dialog");
        robot.clickOn("#exportDialogOk");
        waitUntil(() -> Files.isRegularFile(out) && text("#planMessage").contains("ke-hoach-2026.docx"));
        assertEquals(Optional.of("01-KH/ĐU"), ctx.plans().plan(2026).orElseThrow().documentNumber());
    }

    @Test
    void aClerkMarksTheAbsentWithTheKeyboardOnly() throws Exception {
        tab("plansTabExtra0");
        waitUntil(() -> robot.lookup("#attendanceTable").tryQuery().isPresent() && !attendance().getItems().isEmpty());
        ComboBox<Integer> month = robot.lookup("#meetingMonth").queryComboBox();
        assertEquals(11, month.getValue());
        assertTrue(robot.lookup("#meetingRecords").queryComboBox().getValue() == null, "November is not recorded yet");
        Shots.save(stage.getScene(), "meeting-new");
        robot.clickOn("#meetingStart").write("19:30");
        robot.clickOn("#meetingEnd").write("20:45");
        waitUntil(() -> !text("#meetingDuration").isEmpty());
        robot.clickOn("#meetingEnd").push(KeyCode.CONTROL, KeyCode.A).write("21:15");
        waitUntil(() -> text("#meetingDuration").isEmpty());
        robot.interact(() -> {
            attendance().requestFocus();
            attendance().getSelectionModel().select(1);
        });
        robot.push(KeyCode.DIGIT3).push(KeyCode.D).push(KeyCode.DOWN).push(KeyCode.DIGIT2).push(KeyCode.ENTER);
        robot.write("Ốm, có giấy xin phép").push(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !text("#meetingMessage").isEmpty());
        MeetingSheet saved = ctx.meetings().sheet(commune.cells().getFirst(), YearMonth.of(2026, 11));
        assertTrue(saved.meeting().isPresent());
        AttendanceEntry second = saved.lines().get(1);
        assertEquals(Attendance.ABSENT_UNEXCUSED, second.attendance());
        assertTrue(second.duesUnpaid());
        assertEquals(Attendance.ABSENT_EXCUSED, saved.lines().get(2).attendance());
        assertEquals("Ốm, có giấy xin phép", saved.lines().get(2).reason().orElseThrow());
        assertEquals(6, saved.lines().stream().filter(l -> l.attendance() == Attendance.PRESENT).count());
        Shots.save(stage.getScene(), "meeting-saved");
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        waitUntil(() -> text("#meetingSummary").contains("8/8"));
        robot.interact(() -> font.setLarge(true));
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(stage.getScene(), "meeting-large");
        robot.interact(() -> font.setLarge(false));
        tab("plansTabPlan");
    }

    @Test
    void aClosedYearIsReadOnlyWithItsNotice() throws Exception {
        tab("plansTabYears");
        waitUntil(() -> robot.lookup("#yearTable").tryQuery().isPresent());
        Shots.save(stage.getScene(), "years");
        ComboBox<WorkingYear> year = robot.lookup("#plansYear").queryComboBox();
        robot.interact(() -> year.getSelectionModel().select(year.getItems().stream().filter(y -> y.year() == 2025)
                .findFirst().orElseThrow()));
        waitUntil(() -> !text("#plansBanner").isEmpty());
        assertEquals(I18n.t("year.ui.closedBanner", "2025"), text("#plansBanner"));
        assertTrue(robot.lookup("#yearSaveThemes").query().isDisabled());
        assertFalse(robot.lookup("#yearReopen").query().isDisabled());
        Shots.save(stage.getScene(), "years-closed");
        robot.clickOn("#yearReopen");
        waitUntil(() -> robot.lookup("#reopenDialogOk").tryQuery().isPresent());
        robot.clickOn("#reopenDialogOk");
        waitUntil(() -> !text("#reopenDialogError").isEmpty());
        assertEquals(I18n.t("year.error.reasonRequired"), text("#reopenDialogError"));
        Shots.save(stage.getScene(), "years-reopen-refused");
        robot.push(KeyCode.ESCAPE);
        tab("plansTabPlan");
        waitUntil(() -> robot.lookup("#planAdd").query().isDisabled());
        assertTrue(robot.lookup("#planDone").query().isDisabled());
        Shots.save(stage.getScene(), "plan-closed");
        tab("plansTabExtra0");
        waitUntil(() -> robot.lookup("#meetingSave").query().isDisabled());
        ComboBox<Meeting> records = robot.lookup("#meetingRecords").queryComboBox();
        waitUntil(() -> records.getValue() != null && records.getValue().month().getYear() == 2025);
        Shots.save(stage.getScene(), "meeting-closed");
        robot.interact(() -> year.getSelectionModel().select(year.getItems().stream().filter(y -> y.year() == 2026)
                .findFirst().orElseThrow()));
        tab("plansTabPlan");
        waitUntil(() -> text("#plansBanner").isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static TableView<Activity> table() {
        return (TableView<Activity>) new FxRobot().lookup("#planTable").query();
    }

    @SuppressWarnings("unchecked")
    private TableView<AttendanceRow> attendance() {
        return (TableView<AttendanceRow>) robot.lookup("#attendanceTable").query();
    }

    private void tab(String id) {
        TabPane tabs = robot.lookup("#plansTabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId()))
                .findFirst().orElseThrow()));
    }

    private String text(String id) {
        Node n = robot.lookup(id).query();
        return ((Label) n).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition); // generous: the shared machine may be loaded
        WaitForAsyncUtils.waitForFxEvents();
    }
}
