package vn.dangvu.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.AppWorkspace;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.SyncBackgroundTasks;

class MainWindowViewModelTest {

    @TempDir
    Path dir;

    private final SyncBackgroundTasks tasks = new SyncBackgroundTasks();
    private final List<String> errors = new ArrayList<>();
    private int exits;

    private final DialogService dialogs = new DialogService() {
        @Override
        public void showError(String message) {
            errors.add(message);
        }

        @Override
        public void showInfo(String title, String message) {
        }
    };

    private Workspace workspace(Database db, boolean demo) {
        return new AppWorkspace(new AppContext(db), tasks, demo);
    }

    private MainWindowViewModel vm() {
        return new MainWindowViewModel(tasks, dialogs, () -> exits++);
    }

    @Test
    void emptyDatabaseLeadsToSetupAndSectionsWaitForIt() {
        MainWindowViewModel vm = vm();
        vm.open(() -> workspace(Database.create(dir.resolve("app")), false));

        assertEquals(MainWindowViewModel.Phase.SETUP, vm.phase().get());
        vm.select(Section.MEMBERS);
        assertEquals(Section.OVERVIEW, vm.section().get());

        vm.setupDone();
        vm.select(Section.MEMBERS);
        assertEquals(MainWindowViewModel.Phase.READY, vm.phase().get());
        assertEquals(Section.MEMBERS, vm.section().get());
        vm.close();
    }

    @Test
    void configuredDatabaseOpensReady() throws AppException {
        Path base = dir.resolve("app");
        try (AppContext ctx = new AppContext(Database.create(base))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
        }
        MainWindowViewModel vm = vm();

        vm.open(() -> workspace(Database.open(base), false));

        assertEquals(MainWindowViewModel.Phase.READY, vm.phase().get());
        assertEquals(I18n.t("app.title"), vm.title().get());
        vm.close();
        vm.close();
        // closed and unlocked: another window may open it now
        try (Database again = Database.open(base)) {
            assertEquals(base.toAbsolutePath().normalize(), again.base());
        }
    }

    @Test
    void databaseInUseIsToldInVietnameseThenTheAppExits() throws AppException {
        Path base = dir.resolve("app");
        try (Database first = Database.create(base)) {
            assertEquals(base.toAbsolutePath().normalize(), first.base());
            MainWindowViewModel vm = vm();

            vm.open(() -> workspace(Database.open(base), false));

            assertEquals(List.of(I18n.t("db.error.inUse", Database.dataFile(base.toAbsolutePath().normalize()))), errors);
            assertEquals(1, exits);
            assertNull(vm.workspace().get());
            assertEquals(MainWindowViewModel.Phase.LOADING, vm.phase().get());
        }
    }

    @Test
    void unexpectedFailureGetsAGenericVietnameseMessage() {
        MainWindowViewModel vm = vm();

        vm.open(() -> {
            throw new IllegalStateException("boom");
        });

        assertEquals(List.of(I18n.t("app.error.unexpected", "IllegalStateException")), errors);
        assertEquals(1, exits);
    }

    @Test
    void switchingToTheDemoClosesTheOldDatabase() throws AppException {
        MainWindowViewModel vm = vm();
        vm.open(() -> workspace(Database.create(dir.resolve("app")), false));
        AppContext old = ((AppWorkspace) vm.workspace().get()).context();
        Workspace demo = workspace(Database.create(dir.resolve("demo")), true);

        vm.switchTo(demo);

        assertSame(demo, vm.workspace().get());
        assertEquals(I18n.t("app.title.demo"), vm.title().get());
        assertEquals(MainWindowViewModel.Phase.READY, vm.phase().get());
        assertThrows(RuntimeException.class, () -> old.settings().load());
        vm.close();
    }

    @Test
    void anotherFileReplacesTheOpenOneThroughTheSameReopenAndAFailureKeepsTheCurrentOpen() throws AppException {
        MainWindowViewModel vm = vm();
        vm.open(() -> workspace(Database.create(dir.resolve("app")), false));
        Workspace first = vm.workspace().get();
        AppContext firstContext = ((AppWorkspace) first).context();

        // a file that does not exist: told in Vietnamese, the current data stays open and usable
        vm.openOther(dir.resolve("missing.mv.db"));
        assertEquals(1, errors.size());
        assertSame(first, vm.workspace().get());
        assertEquals(MainWindowViewModel.Phase.SETUP, vm.phase().get());
        firstContext.settings().load();

        // a new file: it replaces the open one (closed), its first-run setup comes next
        vm.createNew(dir.resolve("second.mv.db"));
        Workspace second = vm.workspace().get();
        assertNotSame(first, second);
        assertEquals(dir.resolve("second.mv.db").toAbsolutePath().normalize(), second.file());
        assertEquals(MainWindowViewModel.Phase.SETUP, vm.phase().get());
        assertThrows(RuntimeException.class, () -> firstContext.settings().load());
        assertEquals(0, exits);
        vm.close();
    }
}
