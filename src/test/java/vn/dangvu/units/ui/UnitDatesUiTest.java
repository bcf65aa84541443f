package vn.dangvu.units.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
import vn.dangvu.shell.Shots;
import vn.dangvu.ui.FxBackgroundTasks;
import vn.dangvu.units.LeaderAssignment;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitMemberRef;

/// Every date field of the unit screen, through the real dialogs: establishing a unit, its detail panel, merging,
/// dissolving, adding a leader (from, to, term end) and ending a leadership. 31/02/2025, 29/02/2025, 31/06/2027 and
/// "abc" are refused with a message naming the field, and nothing is written (digest of the unit, leadership,
/// member, event and audit tables); 29/02/2024 is taken. With -Ddangvu.shots=DIR it saves a refused dialog.
@Tag("ui")
class UnitDatesUiTest {

    private static final List<String> REFUSED = List.of("31/02/2025", "29/02/2025", "31/06/2027", "abc");

    @TempDir
    static Path dir;

    private static AppContext ctx;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void prepare() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        Path base = dir.resolve("app");
        try (Database db = Database.create(base)) {
            new AppContext(db, TestClocks.at(2026, 11, 21)).demo().populate(new DemoOptions(150, 9), p -> { });
        }
        ctx = new AppContext(Database.open(base), TestClocks.at(2026, 11, 21));
        FxToolkit.setupStage(s -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            UnitTreeViewModel vm = new UnitTreeViewModel(ctx.units(), new FxBackgroundTasks(), ctx.members()::invalidate,
                    ctx.clock());
            Scene scene = new Scene((Parent) new UnitTreeView(vm).root(), 1280, 720);
            scene.getStylesheets().add(App.class.getResource("/vn/dangvu/app.css").toExternalForm());
            s.setMaximized(false);
            s.setScene(scene);
            s.setX(0);
            s.setY(0);
            s.setWidth(1280);
            s.setHeight(720);
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

    private static String refusal(String label, String typed) {
        return typed.equals("abc")
                ? label + ": «abc» không phải là ngày (gõ theo dạng ngày/tháng/năm, ví dụ 05/03/1980)."
                : label + ": " + typed + " không có trong lịch.";
    }

    @Test
    void everyDateOfTheUnitScreenRefusesImpossibleDays() throws Exception {
        TreeView<UnitTreeViewModel.UnitNode> tree = robot.lookup("#unitTree").query();
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);
        PartyUnit commune = ctx.units().all().get(0);
        select(tree, commune.id());
        String before = digest();

        // establishing a cell
        robot.clickOn("#unitAdd");
        waitUntil(() -> robot.lookup("#newUnitName").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#newUnitName").queryAs(TextField.class).setText("Chi bộ thôn Nhuận Đức"));
        refuses("newUnitEstablished", "newUnitDialog", "Ngày thành lập", before);
        Shots.save(robot.lookup("#newUnitDialog").query().getScene(), "unit-dialog-refused-date");
        type("newUnitEstablished", "29/02/2024");
        robot.clickOn("#newUnitDialogOk");
        waitUntil(() -> I18n.t("units.notice.created", "Chi bộ thôn Nhuận Đức").equals(text("#unitsNotice")));
        long created = ctx.units().findByName("Chi bộ thôn Nhuận Đức").orElseThrow().id();
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), ctx.units().details(created).orElseThrow().unit().establishedDate());
        waitUntil(() -> "Chi bộ thôn Nhuận Đức".equals(text("#unitTitle")));

        // the detail panel of the new cell
        String withCell = digest();
        for (String typed : REFUSED) {
            type("unitEstablished", typed);
            robot.interact(() -> robot.lookup("#unitSave").queryButton().fire());
            waitUntil(() -> refusal("Ngày thành lập", typed).equals(text("#unitSaveError")));
            assertEquals(withCell, digest());
        }
        type("unitEstablished", "29/02/2024");

        // merging and dissolving it
        robot.clickOn("#unitMerge");
        waitUntil(() -> robot.lookup("#mergeDialogOk").tryQuery().isPresent());
        ComboBox<PartyUnit> target = robot.lookup("#mergeTarget").queryComboBox();
        robot.interact(() -> target.getSelectionModel().selectFirst());
        refuses("mergeDate", "mergeDialog", "Ngày hợp nhất", withCell);
        cancel("mergeDialog");
        robot.clickOn("#unitDissolve");
        waitUntil(() -> robot.lookup("#dissolveDialogOk").tryQuery().isPresent());
        refuses("dissolveDate", "dissolveDialog", "Ngày giải thể", withCell);
        cancel("dissolveDialog");

        // the leadership of a cell that has members and leaders
        PartyUnit cell = ctx.units().all().stream().filter(u -> u.active() && u.kind().isCell()
                && !ctx.units().leaders(u.id()).isEmpty()).findFirst().orElseThrow();
        select(tree, cell.id());
        waitUntil(() -> cell.name().equals(text("#unitTitle")));
        robot.interact(() -> robot.lookup("#leaderAdd").queryButton().fire());
        waitUntil(() -> robot.lookup("#leaderMember").tryQuery().isPresent()
                && !robot.lookup("#leaderMember").queryComboBox().getItems().isEmpty());
        ComboBox<UnitMemberRef> member = robot.lookup("#leaderMember").queryComboBox();
        robot.interact(() -> member.getSelectionModel().selectFirst());
        refuses("leaderFrom", "leaderDialog", "Từ ngày", withCell);
        type("leaderFrom", "");
        refuses("leaderTo", "leaderDialog", "Đến ngày", withCell);
        type("leaderTo", "");
        refuses("leaderTermEnd", "leaderDialog", "Hết nhiệm kỳ", withCell);
        cancel("leaderDialog");

        TableView<LeaderAssignment> leaders = robot.lookup("#unitLeaders").queryTableView();
        waitUntil(() -> !leaders.getItems().isEmpty());
        robot.interact(() -> leaders.getSelectionModel().selectFirst());
        robot.interact(() -> robot.lookup("#leaderEnd").queryButton().fire());
        waitUntil(() -> robot.lookup("#leaderEndDialogOk").tryQuery().isPresent());
        refuses("leaderEndDate", "leaderEndDialog", "Đến ngày", withCell);
        cancel("leaderEndDialog");
    }

    /// Each refused text in the picker, then OK: the dialog stays open with the message, nothing is written.
    private void refuses(String picker, String dialog, String label, String digest) throws Exception {
        for (String typed : REFUSED) {
            type(picker, typed);
            robot.clickOn("#" + dialog + "Ok");
            waitUntil(() -> refusal(label, typed).equals(text("#" + dialog + "Error")));
            assertEquals(typed, robot.lookup("#" + picker).queryAs(DatePicker.class).getEditor().getText());
            assertEquals(digest, digest());
        }
    }

    private void type(String picker, String typed) {
        DatePicker p = robot.lookup("#" + picker).queryAs(DatePicker.class);
        robot.interact(() -> {
            p.requestFocus();
            p.getEditor().setText(typed);
        });
    }

    private void cancel(String dialog) throws TimeoutException {
        robot.interact(() -> robot.lookup("#" + dialog).query().getScene().getWindow().hide());
        waitUntil(() -> robot.lookup("#" + dialog).tryQuery().isEmpty());
    }

    private void select(TreeView<UnitTreeViewModel.UnitNode> tree, long id) throws TimeoutException {
        robot.interact(() -> tree.getSelectionModel().select(find(tree.getRoot(), id)));
        String name = ctx.units().details(id).orElseThrow().unit().name();
        waitUntil(() -> name.equals(text("#unitTitle")));
    }

    private static TreeItem<UnitTreeViewModel.UnitNode> find(TreeItem<UnitTreeViewModel.UnitNode> item, long id) {
        if (item.getValue() != null && item.getValue().unit().id() == id) {
            return item;
        }
        for (TreeItem<UnitTreeViewModel.UnitNode> c : item.getChildren()) {
            TreeItem<UnitTreeViewModel.UnitNode> f = find(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /// What a refusal must not change: units, leaderships, members, events and the audit trail, row by row.
    private static String digest() {
        StringBuilder sb = new StringBuilder();
        for (String table : List.of("party_unit", "leadership_assignment", "party_member", "membership_event", "audit_log")) {
            sb.append(ctx.db().dsl().fetch("SELECT * FROM " + table + " ORDER BY 1").formatCSV());
        }
        return sb.length() + ":" + Integer.toHexString(sb.toString().hashCode());
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
