package vn.dangvu.setup.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.ui.SyncBackgroundTasks;

class SetupViewModelTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private final SyncBackgroundTasks tasks = new SyncBackgroundTasks();
    private final List<OrganizationSettings> done = new ArrayList<>();
    private final List<AppContext> demos = new ArrayList<>();
    private SetupViewModel vm;

    @BeforeEach
    void open() throws AppException {
        ctx = new AppContext(Database.create(dir.resolve("app")));
        vm = new SetupViewModel(ctx.settings()::setup, p -> {
            p.accept(1.0);
            return () -> demos.add(ctx);
        }, tasks, done::add);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void emptyFormShowsVietnameseErrorsAndStoresNothing() {
        vm.termStart().set("20x5");

        assertFalse(vm.save());

        assertEquals(I18n.t("setup.error.communeRequired"), vm.communeError().get());
        assertEquals(I18n.t("setup.error.provinceRequired"), vm.provinceError().get());
        assertEquals(I18n.t("setup.error.yearNumber"), vm.termError().get());
        assertEquals(0, tasks.runs());
        assertTrue(ctx.settings().load().isEmpty());
    }

    @Test
    void termEndingBeforeItStartsIsRejectedByTheService() {
        vm.commune().set("Phú Sơn");
        vm.province().set("Khánh Hòa");
        vm.termStart().set("2030");
        vm.termEnd().set("2025");

        assertTrue(vm.save());

        assertEquals(I18n.t("setup.error.termYears", 2030, 2025), vm.termError().get());
        assertEquals("", vm.communeError().get());
        assertTrue(done.isEmpty());
        assertFalse(vm.busy().get());
    }

    @Test
    void validSetupIsStoredAndReported() {
        vm.commune().set("  phú  sơn ");
        vm.province().set("Khánh Hòa");
        vm.secretary().set("Nguyễn Văn Bình");

        assertTrue(vm.save());

        assertEquals(1, done.size());
        assertEquals("Xã phú sơn", done.get(0).communeName());
        assertEquals("Đảng bộ tỉnh Khánh Hòa", done.get(0).provinceLine());
        assertEquals(2025, done.get(0).term().orElseThrow().startYear());
        assertEquals(2030, done.get(0).term().orElseThrow().endYear());
        assertEquals(List.of(I18n.t("setup.saving")), tasks.messages());
    }

    @Test
    void secondSetupShowsTheServiceMessage() {
        vm.commune().set("Phú Sơn");
        vm.province().set("Khánh Hòa");
        vm.save();

        vm.save();

        assertEquals(I18n.t("setup.error.alreadyDone"), vm.generalError().get());
        assertEquals(1, done.size());
    }

    @Test
    void openDemoHandsOverTheDemoContext() {
        vm.openDemo();

        assertEquals(1, demos.size());
        assertSame(ctx, demos.get(0));
        assertEquals(1.0, tasks.progress().get());
    }

    @Test
    void yearAcceptsOnlyFourDigits() {
        assertEquals(2025, SetupViewModel.year(" 2025 "));
        assertNull(SetupViewModel.year("25"));
        assertNull(SetupViewModel.year(""));
        assertNull(SetupViewModel.year(null));
    }
}
