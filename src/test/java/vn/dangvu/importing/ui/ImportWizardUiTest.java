package vn.dangvu.importing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
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
import vn.dangvu.db.Database;
import vn.dangvu.importing.ImportHeaderService;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.shell.Shots;
import vn.dangvu.ui.FxBackgroundTasks;

/// The wizard on a small xlsx with one bad row: the preview names row and column and nothing is written;
/// with "Chỉ nhập các dòng hợp lệ" the valid rows land.
@Tag("ui")
class ImportWizardUiTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private AppContext ctx;
    private FxBackgroundTasks tasks;
    private int written;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            FxBackgroundTasks t = tasks;
            robot.interact(t::shutdown);
        }
        if (ctx != null) {
            ctx.close();
        }
    }

    @Test
    void previewShowsTheBadRowAndOnlyValidRowsLand() throws Exception {
        FxToolkit.registerPrimaryStage();
        ctx = new AppContext(Database.create(dir.resolve("db")));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
        Path xlsx = workbook(dir.resolve("danh sách.xlsx"));
        FxToolkit.setupStage(stage -> {
            tasks = new FxBackgroundTasks();
            ImportWizardViewModel vm = new ImportWizardViewModel(new ImportHeaderService()::read,
                    ctx.memberImport()::importFile, tasks, TestClocks.at(2026, 3, 1), () -> written++);
            stage.setScene(new Scene(new ImportWizardView(vm, tasks).root()));
            stage.show();
            vm.chooseFile(xlsx);
        });
        TableView<?> problems = robot.lookup("#importProblems").queryTableView();
        waitUntil(() -> !problems.getItems().isEmpty());
        ImportWizardViewModel.ProblemRow error = problems.getItems().stream().map(ImportWizardViewModel.ProblemRow.class::cast)
                .filter(p -> !p.warning()).findFirst().orElseThrow();
        assertTrue(error.text().startsWith("Dòng 6, cột C (Ngày sinh): "), error.text());
        Button run = robot.lookup("#importRun").queryButton();
        assertTrue(run.isDisabled());
        assertTrue(run.getText().contains("sẽ không ghi gì"), run.getText());
        assertEquals(0, ctx.members().count());

        robot.clickOn("#importOnlyValid");
        assertTrue(robot.lookup("#importOnlyValid").queryAs(CheckBox.class).isSelected());
        waitUntil(() -> !run.isDisabled());
        robot.clickOn("#importRun");
        waitUntil(() -> written == 1);
        assertEquals(2, ctx.members().list(MemberQuery.all()).size());
        assertTrue(robot.lookup("#importResult").queryLabeled().getText().startsWith("Đã nhập: 2 đảng viên mới"));
    }

    /// Issue 8 "Import", the wizard at 1366×768 with the app's theme: no "-1" in the mapping ("— không nhập —"), no
    /// "Không có lỗi nào." before a file is read or under an error, buttons never cut to "…", the result line wraps.
    @Test
    void wizardCosmeticsAt1366x768() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        ctx = new AppContext(Database.create(dir.resolve("db")));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
        Path xlsx = workbook(dir.resolve("danh sách đảng viên của đảng bộ xã Phú Sơn năm 2026 (bản gửi huyện).xlsx"));
        Path broken = dir.resolve("hỏng.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        ImportWizardViewModel[] vm = new ImportWizardViewModel[1];
        Stage stage = FxToolkit.setupStage(st -> {
            tasks = new FxBackgroundTasks();
            vm[0] = new ImportWizardViewModel(new ImportHeaderService()::read, ctx.memberImport()::importFile, tasks,
                    TestClocks.at(2026, 3, 1), () -> written++);
            // as ImportWizardDialog shows it: at the view's own size, which fits a 1366×768 screen with the taskbar
            Scene scene = new Scene(new ImportWizardView(vm[0], tasks).root());
            scene.getStylesheets().add(App.class.getResource("/vn/dangvu/app.css").toExternalForm());
            st.setScene(scene);
            st.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getWidth() <= 1366 && stage.getHeight() <= 728, stage.getWidth() + "×" + stage.getHeight());
        Label placeholder = robot.lookup("#importNoProblems").queryAs(Label.class);
        assertEquals("", placeholder.getText(), "no verdict before a file is read");
        assertNoMinusOne(stage);
        Shots.save(stage.getScene(), "import-wizard-empty");

        robot.interact(() -> vm[0].chooseFile(broken));
        waitUntil(() -> !robot.lookup("#importError").queryLabeled().getText().isEmpty());
        assertEquals("", placeholder.getText(), "no \"Không có lỗi nào.\" under an error");
        Shots.save(stage.getScene(), "import-wizard-error");

        robot.interact(() -> vm[0].chooseFile(xlsx));
        TableView<?> problems = robot.lookup("#importProblems").queryTableView();
        waitUntil(() -> !problems.getItems().isEmpty());
        assertNoMinusOne(stage);
        ComboBox<?> note = robot.lookup("#map-NOTE").queryAs(ComboBox.class);
        assertEquals("— không nhập —", ((ListCell<?>) note.getButtonCell()).getText());
        Button run = robot.lookup("#importRun").queryButton();
        assertWhole(run);
        assertWhole(robot.lookup("#importClose").queryButton());
        assertWhole(robot.lookup("#importChooseFile").queryButton());
        Shots.save(stage.getScene(), "import-wizard-preview");

        robot.clickOn("#importOnlyValid");
        waitUntil(() -> !run.isDisabled());
        robot.clickOn("#importRun");
        waitUntil(() -> written == 1);
        Label result = robot.lookup("#importResult").queryAs(Label.class);
        assertTrue(result.isWrapText());
        // as wide as the window's content (less its padding), whatever width the shared test stage was given before
        double content = stage.getScene().getWidth();
        assertTrue(result.getWidth() > content - 60, "the result has the width of the window: " + result.getWidth() + " of " + content);
        assertWhole(robot.lookup("#importClose").queryButton());
        Shots.save(stage.getScene(), "import-wizard-done");
        // a narrow window: the buttons keep their text and the result line wraps instead
        robot.interact(() -> {
            // the shared test stage may have been maximized or given a minimum width by an earlier UI test
            stage.setFullScreen(false);
            stage.setMaximized(false);
            stage.setMinWidth(0);
            stage.setWidth(480);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole(robot.lookup("#importClose").queryButton());
        assertWhole(robot.lookup("#importRun").queryButton());
        assertTrue(result.getHeight() > result.getFont().getSize() * 2.2, "the result line wraps: " + result.getHeight() + " at "
                + result.getWidth() + " wide, font " + result.getFont().getSize());
    }

    /// No label, button or combo in the window shows "-1".
    private void assertNoMinusOne(Stage stage) {
        for (Node n : robot.from(stage.getScene().getRoot()).lookup((Node x) -> x instanceof Labeled).queryAll()) {
            assertFalse(((Labeled) n).getText() != null && ((Labeled) n).getText().contains("-1"), ((Labeled) n).getText());
        }
        for (Node n : robot.from(stage.getScene().getRoot()).lookup((Node x) -> x instanceof Text).queryAll()) {
            assertFalse(((Text) n).getText() != null && ((Text) n).getText().trim().equals("-1"), n.toString());
        }
    }

    /// The button shows its whole text (not cut to "…").
    private static void assertWhole(Button b) {
        Text shown = (Text) b.lookup(".text");
        assertEquals(b.getText(), shown.getText(), "button cut: " + shown.getText());
    }

    private static Path workbook(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("DS");
            s.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐẢNG VIÊN");
            String[][] rows = {
                {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Chi bộ"},
                {"1", "Nguyễn Văn An", "12/04/1970", "Nam", "03/02/1995", "Chi bộ thôn Đông"},
                {"2", "Trần Thị Bích", "01/01/1985", "Nữ", "19/05/2010", "Chi bộ thôn Đông"},
                {"3", "Lê Văn Cường", "31/02/1980", "Nam", "19/05/2008", "Chi bộ thôn Tây"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(os);
        }
        return file;
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
