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
import vn.dangvu.party.CellType;
import vn.dangvu.party.UnitKind;
import vn.dangvu.shell.Shots;
import vn.dangvu.ui.FxBackgroundTasks;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitDetails;
import vn.dangvu.units.UnitRules;

/// Create, rename and merge through the unit screen on a demo commune, headless (Monocle).
/// With -Ddangvu.shots=DIR it saves screenshots of the tree with warnings and of the merge dialog.
@Tag("ui")
class UnitTreeUiTest {

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
            new AppContext(db).demo().populate(new DemoOptions(300, 7), p -> { });
        }
        ctx = new AppContext(Database.open(base));
        // the demo commune is in good order: one new cell with nobody in it gives the screen something to warn about
        ctx.units().create(new NewUnit(Optional.of(ctx.units().all().get(0).id()), UnitKind.SUBORDINATE_CELL,
                Optional.of(CellType.HEALTH_STATION), "Chi bộ Trạm y tế", Optional.empty(), Optional.empty()));
        FxToolkit.setupStage(s -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            FxBackgroundTasks tasks = new FxBackgroundTasks();
            UnitTreeViewModel vm = new UnitTreeViewModel(ctx.units(), tasks, ctx.members()::invalidate,
                    TestClocks.at(2026, 11, 21));
            Scene scene = new Scene((Parent) new UnitTreeView(vm).root(), 1280, 720);
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
    void createRenameAndMergeThroughTheScreen() throws Exception {
        TreeView<UnitTreeViewModel.UnitNode> tree = robot.lookup("#unitTree").query();
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);
        // the demo's warnings: its small health-station cell, and cells whose 2020–2025 secretary is still in office
        List<UnitRules.Warning> warnings = ctx.units().warnings(LocalDate.of(2026, 11, 21));
        int station = warnings.indexOf(warnings.stream().filter(w -> w.unitName().equals("Chi bộ Trạm y tế"))
                .findFirst().orElseThrow());
        assertTrue(warnings.stream().anyMatch(w -> w.key().equals("unit.warning.secretaryTermEnded")), warnings.toString());
        waitUntil(() -> robot.lookup("#unitWarnings").queryListView().getItems().size() == warnings.size());
        PartyUnit commune = ctx.units().all().get(0);
        PartyUnit target = ctx.units().all().stream().filter(u -> u.active() && u.kind().isCell()).findFirst().orElseThrow();
        int targetMembers = details(target).fullMembers() + details(target).probationaryMembers();
        // a click on a warning selects its unit in the tree
        robot.interact(() -> robot.lookup("#unitWarnings").queryListView().getSelectionModel().select(station));
        waitUntil(() -> "Chi bộ Trạm y tế".equals(text("#unitTitle")));
        assertEquals("Chi bộ Trạm y tế", tree.getSelectionModel().getSelectedItem().getValue().label());
        assertEquals(2, tree.getSelectionModel().getSelectedItem().getValue().warnings().size());
        Shots.save(tree.getScene(), "units-tree");
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(0)));
        waitUntil(() -> commune.name().equals(text("#unitTitle")));

        robot.clickOn("#unitAdd");
        waitUntil(() -> robot.lookup("#newUnitName").tryQuery().isPresent());
        robot.clickOn("#newUnitName");
        // set, not typed: robot typing loses characters on a loaded machine
        robot.interact(() -> robot.lookup("#newUnitName").queryAs(TextField.class).setText("Chi bộ thôn Suối Giếng"));
        DatePicker established = robot.lookup("#newUnitEstablished").queryAs(DatePicker.class);
        robot.interact(() -> established.getEditor().setText("31/02/2020"));
        robot.clickOn("#newUnitDialogOk");
        waitUntil(() -> "Ngày thành lập: 31/02/2020 không có trong lịch.".equals(text("#newUnitDialogError")));
        assertTrue(ctx.units().findByName("Chi bộ thôn Suối Giếng").isEmpty());
        robot.interact(() -> established.getEditor().setText("5/3/2020"));
        robot.clickOn("#newUnitDialogOk");
        waitUntil(() -> I18n.t("units.notice.created", "Chi bộ thôn Suối Giếng").equals(text("#unitsNotice")));
        waitUntil(() -> "Chi bộ thôn Suối Giếng".equals(text("#unitTitle")));
        long created = ctx.units().findByName("chi bo thon suoi gieng").orElseThrow().id();
        assertEquals(Optional.of(LocalDate.of(2020, 3, 5)), ctx.units().details(created).orElseThrow().unit().establishedDate());

        robot.interact(() -> robot.lookup("#unitName").queryAs(TextField.class).setText("Chi bộ thôn Suối Giếng Mới"));
        robot.clickOn("#unitSave");
        waitUntil(() -> "Chi bộ thôn Suối Giếng Mới".equals(text("#unitTitle")));
        assertEquals("Chi bộ thôn Suối Giếng Mới", treeLabel(tree, created));

        robot.clickOn("#unitMerge");
        waitUntil(() -> robot.lookup("#mergeDialogOk").tryQuery().isPresent());
        robot.clickOn("#mergeDialogOk");
        waitUntil(() -> I18n.t("units.error.mergeTargetRequired").equals(text("#mergeDialogError")));
        Shots.save(robot.lookup("#mergeDialog").query().getScene(), "merge-dialog-refused");
        ComboBox<PartyUnit> choice = robot.lookup("#mergeTarget").queryComboBox();
        robot.interact(() -> choice.getSelectionModel().select(
                choice.getItems().stream().filter(u -> u.id() == target.id()).findFirst().orElseThrow()));
        assertEquals("", text("#mergeDialogError"));
        robot.interact(() -> robot.lookup("#mergeDecision").queryAs(TextField.class).setText("25-QĐ/ĐU"));
        Shots.save(robot.lookup("#mergeDialog").query().getScene(), "merge-dialog");
        robot.clickOn("#mergeDialogOk");
        waitUntil(() -> I18n.t("units.notice.merged", "Chi bộ thôn Suối Giếng Mới", target.name(), 0).equals(text("#unitsNotice")));
        waitUntil(() -> target.name().equals(text("#unitTitle")));

        UnitDetails merged = ctx.units().details(created).orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2026, 11, 21)), merged.dissolvedDate());
        assertEquals(Optional.of(target.id()), merged.mergedIntoId());
        assertEquals(Optional.of("25-QĐ/ĐU"), merged.dissolvedDecision());
        assertEquals(targetMembers, details(target).fullMembers() + details(target).probationaryMembers());
        assertEquals(null, treeLabel(tree, created));
        Shots.save(tree.getScene(), "units-after-merge");

        // the leadership buttons sit below the fold of the detail panel at 720 px
        robot.interact(() -> robot.lookup("#leaderAdd").queryButton().fire());
        waitUntil(() -> robot.lookup("#leaderMember").tryQuery().isPresent()
                && !robot.lookup("#leaderMember").queryComboBox().getItems().isEmpty());
        Shots.save(robot.lookup("#leaderDialog").query().getScene(), "leader-dialog");
        robot.clickOn(I18n.t("units.button.cancel"));
    }

    private static UnitDetails details(PartyUnit u) {
        return ctx.units().details(u.id()).orElseThrow();
    }

    private static String treeLabel(TreeView<UnitTreeViewModel.UnitNode> tree, long id) {
        return find(tree.getRoot(), id);
    }

    private static String find(TreeItem<UnitTreeViewModel.UnitNode> item, long id) {
        if (item.getValue() != null && item.getValue().unit().id() == id) {
            return item.getValue().label();
        }
        for (TreeItem<UnitTreeViewModel.UnitNode> c : item.getChildren()) {
            String s = find(c, id);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
