package vn.dangvu.members.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.dangvu.AppContext;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoOptions;
import vn.dangvu.demo.DemoService;
import vn.dangvu.members.Gender;
import vn.dangvu.members.MemberExportService.Column;
import vn.dangvu.members.MemberRow;
import vn.dangvu.shell.DialogService;
import vn.dangvu.shell.FxBackgroundTasks;
import vn.dangvu.shell.Shots;

/// The member list (filter, column chooser, export reopened with POI) and the member form (a bad CCCD is shown
/// and not saved), headless. With -Ddangvu.shots=DIR it saves screenshots.
@Tag("ui")
class MemberScreensUiTest {

    @TempDir
    static Path dir;

    private static AppContext ctx;
    private static Stage stage;
    private static final FxBackgroundTasks TASKS = new FxBackgroundTasks();
    private final FxRobot robot = new FxRobot();
    private final List<String> infos = new ArrayList<>();

    @BeforeAll
    static void prepare() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        FxToolkit.setupFixture(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        Path base = dir.resolve("demo").resolve("app");
        try (Database db = Database.create(base)) {
            new DemoService(db).populate(new DemoOptions(300, 11), p -> { });
        }
        ctx = new AppContext(Database.open(base));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private final DialogService dialogs = new DialogService() {
        @Override
        public void showError(String message) {
            infos.add("error: " + message);
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(message);
        }
    };

    private void show(Parent root) throws TimeoutException {
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene(root, 1240, 720);
            scene.getStylesheets().add(vn.dangvu.App.class.getResource("/vn/dangvu/app.css").toExternalForm());
            // the App test before this one may leave the shared stage maximised or larger than Monocle's screen
            s.setMaximized(false);
            s.setScene(scene);
            s.setX(0);
            s.setY(0);
            s.setWidth(1240);
            s.setHeight(720);
            s.show();
        });
    }

    @Test
    void listFiltersChoosesColumnsAndExportsExactlyWhatIsShown() throws Exception {
        Path prefs = dir.resolve("member-list.properties");
        Path out = dir.resolve("shown.xlsx");
        MemberListView[] view = new MemberListView[1];
        MemberListViewModel[] vm = new MemberListViewModel[1];
        robot.interact(() -> {
            vm[0] = new MemberListViewModel(MemberScreens.listSource(ctx.members(), ctx.units()),
                    ctx.memberExport()::write, new MemberColumnPreferences(prefs), TASKS, dialogs);
            view[0] = new MemberListView(vm[0], id -> { }, () -> { });
            view[0].setExportChooser(w -> out.toFile());
            vm[0].load();
        });
        show((Parent) view[0].root());
        waitUntil(() -> rows() == 300);
        Shots.save(stage.getScene(), "member-list");

        ComboBox<Choice<Gender>> gender = robot.lookup("#filterGender").queryComboBox();
        robot.interact(() -> gender.getSelectionModel().select(2));
        waitUntil(() -> rows() > 0 && rows() < 300 && table().getItems().stream().allMatch(r -> r.gender() == Gender.FEMALE));
        assertEquals(I18n.t("members.list.shown", rows(), 300), text("#memberSummary"));

        robot.clickOn("#memberColumns");
        robot.clickOn(I18n.t("member.column.ETHNICITY"));
        waitUntil(() -> vm[0].visible(Column.ETHNICITY).get());
        assertTrue(Files.readString(prefs).contains("ETHNICITY"));
        robot.clickOn("#memberColumns");
        robot.clickOn(I18n.t("member.column.PARTY_AGE"));
        waitUntil(() -> vm[0].visible(Column.PARTY_AGE).get());
        robot.interact(() -> { });
        Shots.save(stage.getScene(), "member-list-filtered");
        assertEquals(List.of(Column.FULL_NAME, Column.BIRTH_DATE, Column.UNIT, Column.STATUS, Column.ETHNICITY,
                Column.PARTY_AGE), vm[0].visibleColumns());

        List<MemberRow> shown = List.copyOf(table().getItems());
        robot.clickOn("#memberExport");
        waitUntil(() -> !infos.isEmpty());
        assertEquals(I18n.t("members.list.exportDone", shown.size(), out), infos.getFirst());
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(vm[0].visibleColumns().stream().map(c -> I18n.t(c.i18nKey())).toList(), headers);
            assertEquals(shown.size(), sheet.getLastRowNum());
            assertEquals(shown.getFirst().fullName(), sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(shown.getLast().fullName(), sheet.getRow(shown.size()).getCell(0).getStringCellValue());
        }
        // a new view reads the chosen columns back
        MemberListViewModel again = new MemberListViewModel(MemberScreens.listSource(ctx.members(), ctx.units()),
                ctx.memberExport()::write, new MemberColumnPreferences(prefs), TASKS, dialogs);
        assertEquals(vm[0].visibleColumns(), again.visibleColumns());
    }

    @Test
    void formShowsABadCccdAndRefusesToSave() throws Exception {
        int before = ctx.members().count();
        MemberFormViewModel[] vm = new MemberFormViewModel[1];
        MemberFormView[] view = new MemberFormView[1];
        robot.interact(() -> {
            vm[0] = new MemberFormViewModel(MemberScreens.formSource(ctx.members(), ctx.units()), TASKS, () -> { });
            view[0] = new MemberFormView(vm[0]);
            vm[0].load(null);
        });
        show((Parent) view[0].root());
        waitUntil(() -> vm[0].unit.get() != null);
        robot.interact(() -> {
            vm[0].familyName.set("Nguyễn");
            vm[0].middleName.set("Thị");
            vm[0].givenName.set("Hường");
            vm[0].birthDate.set(LocalDate.of(1990, 4, 2));
            vm[0].admissionDate.set(LocalDate.of(2020, 5, 19));
        });
        robot.clickOn("#formCccd").write("0123456");
        robot.clickOn("#formSave");
        waitUntil(() -> I18n.t("member.form.fixErrors").equals(text("#formMessage")));
        assertEquals(I18n.t("member.form.error.cccd"), text("#error-CCCD"));
        Shots.save(stage.getScene(), "member-form-error");
        assertEquals(before, ctx.members().count());

        robot.clickOn("#formCccd").write("12345");
        waitUntil(() -> text("#error-CCCD").isEmpty());
        robot.clickOn("#formSave");
        waitUntil(() -> text("#formMessage").equals(I18n.t("member.form.saved", "Nguyễn Thị Hường")));
        assertEquals(before + 1, ctx.members().count());
    }

    @Test
    void formOfAMemberShowsHistoryAndPartyAge() throws Exception {
        MemberRow official = ctx.members().list(vn.dangvu.members.MemberQuery.all()).stream()
                .filter(r -> r.status() == vn.dangvu.members.MemberStatus.OFFICIAL).findFirst().orElseThrow();
        MemberFormViewModel[] vm = new MemberFormViewModel[1];
        MemberFormView[] view = new MemberFormView[1];
        robot.interact(() -> {
            vm[0] = new MemberFormViewModel(MemberScreens.formSource(ctx.members(), ctx.units()), TASKS, () -> { });
            view[0] = new MemberFormView(vm[0]);
            vm[0].load(official.id());
        });
        show((Parent) view[0].root());
        waitUntil(() -> !text("#formPartyAge").isEmpty());
        assertEquals(I18n.t("member.form.partyAge", official.partyAgeYears()), text("#formPartyAge"));
        robot.interact(() -> vm[0].event.type.set(vn.dangvu.members.EventType.EXEMPTION_START));
        waitUntil(() -> !text("#eventHint").isEmpty());
        Shots.save(stage.getScene(), "member-form");
    }

    @Test
    void doubleClickAndEnterOpenTheMembersForm() throws Exception {
        System.setProperty("dangvu.home", dir.resolve("home").toString());
        Parent[] root = new Parent[1];
        try {
            robot.interact(() -> root[0] = (Parent) MemberScreens.create(ctx.members(), ctx.memberExport(), ctx.units(),
                    TASKS));
            show(root[0]);
            waitUntil(() -> rows() > 0);
            MemberRow first = table().getItems().getFirst();
            robot.doubleClickOn(first.fullName());
            waitUntil(() -> robot.lookup("#formTitle").tryQuery().isPresent()
                    && I18n.t("member.form.titleEdit", first.fullName()).equals(text("#formTitle")));
            Stage form = (Stage) robot.lookup("#formTitle").query().getScene().getWindow();
            robot.interact(form::close);

            robot.interact(() -> {
                table().requestFocus();
                table().getSelectionModel().select(1);
            });
            robot.type(javafx.scene.input.KeyCode.ENTER);
            MemberRow second = table().getItems().get(1);
            waitUntil(() -> I18n.t("member.form.titleEdit", second.fullName()).equals(text("#formTitle")));
            Stage form2 = (Stage) robot.lookup("#formTitle").query().getScene().getWindow();
            robot.interact(form2::close);
        } finally {
            System.clearProperty("dangvu.home");
        }
    }

    private TableView<MemberRow> table() {
        return robot.lookup("#memberTable").queryTableView();
    }

    private int rows() {
        return robot.lookup("#memberTable").tryQuery().map(n -> ((TableView<?>) n).getItems().size()).orElse(-1);
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
