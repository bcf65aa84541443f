package vn.dangvu.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Window;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.DialogService;

/// Issue 7, start-up: nothing that repaints every pulse or restyles a large screen competes with the window's first
/// frame and the database open. Busy indicators appear only once running work (a status message) has lasted
/// [MainWindow#BUSY_DELAY_MS], counted from when it starts, not from when the window was built; the
/// member list is prepared [MainWindow#PREPARE_DELAY_MS] after the first data, not in the next pulse. Timers are
/// fired by hand (a manual clock), so the test checks what is shown before and after the delay, not how long it is.
@Tag("ui")
class StartupPacingUiTest {

    private final ManualTasks tasks = new ManualTasks();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @Test
    void theStatusBarShowsProgressOnlyOnceATaskHasRunForTheBusyDelay() throws Exception {
        StatusBar bar = fx(() -> new StatusBar(tasks));
        Node progress = bar.root().lookup("#statusProgress");

        fx(() -> tasks.say("Đang mở dữ liệu…"));
        assertFalse(progress.isVisible());
        assertEquals(List.of(MainWindow.BUSY_DELAY_MS), tasks.delays());
        fx(tasks::fire);
        assertTrue(progress.isVisible());
        fx(() -> tasks.say(""));
        assertFalse(progress.isVisible());

        // work that ends within the delay never shows it
        fx(() -> tasks.say("Đang lưu…"));
        fx(() -> tasks.say(""));
        fx(tasks::fire);
        assertFalse(progress.isVisible());
    }

    @Test
    void theOpeningSpinnerAppearsOnlyAfterTheBusyDelayAndTheMemberListIsPreparedLater() throws Exception {
        FakeWorkspace workspace = new FakeWorkspace();
        MainWindowViewModel vm = new MainWindowViewModel(tasks, new NoDialogs(), () -> { });
        MainWindow window = fx(() -> new MainWindow(vm, tasks, new FontSizeModel(FontSizeModel.NORMAL),
                new MainMenu(vm, new FontSizeModel(FontSizeModel.NORMAL), () -> { }, () -> { })));
        int[] firstData = {0};
        window.setOnFirstData(() -> firstData[0]++);

        Node loading = window.root().lookup("#loadingView");
        assertNotNull(loading);
        assertNull(loading.lookup(".progress-indicator"), "no spinner in the first frame");
        fx(tasks::fire);
        assertNull(loading.lookup(".progress-indicator"), "the open starts after the first frame, however late that is");
        fx(() -> tasks.say("Đang mở dữ liệu…"));
        assertNull(loading.lookup(".progress-indicator"), "opening, but not for long yet");
        fx(tasks::fire);
        assertTrue(loading.lookup(".progress-indicator") instanceof ProgressIndicator, "the spinner once opening is slow");
        fx(() -> tasks.say(""));

        // the data is open: the overview shows its numbers; the member list waits for its timer
        fx(() -> vm.open(() -> workspace));
        assertEquals(1, firstData[0]);
        assertEquals(List.of(Section.OVERVIEW), workspace.built);
        assertNull(window.root().lookup("#loadingView"));
        fx(tasks::fire);
        assertEquals(List.of(Section.OVERVIEW, Section.MEMBERS), workspace.built);
        Node members = window.root().lookup("#fakeMembers");
        assertFalse(members.isVisible(), "prepared out of sight");
        assertTrue(window.root().lookup("#fakeOverview").isVisible());
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
    }

    /// Runs work at once on the calling thread; [#say] sets the status message as a running task would; timers
    /// wait for [#fire].
    private static final class ManualTasks implements BackgroundTasks {
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final List<Runnable> timers = new ArrayList<>();
        private final List<Long> delays = new ArrayList<>();

        void say(String text) {
            message.set(text);
        }

        void fire() {
            List<Runnable> due = List.copyOf(timers);
            timers.clear();
            due.forEach(Runnable::run);
        }

        List<Long> delays() {
            return List.copyOf(delays);
        }

        @Override
        public <T> Cancellable run(String msg, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                onSuccess.accept(work.call(p -> { }));
            } catch (Exception e) {
                onFailure.accept(e);
            }
            return () -> { };
        }

        @Override
        public Cancellable schedule(long delayMillis, Runnable action) {
            delays.add(delayMillis);
            timers.add(action);
            return () -> timers.remove(action);
        }

        @Override
        public ReadOnlyStringProperty message() {
            return message.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progress() {
            return new ReadOnlyDoubleWrapper(0).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty busy() {
            return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
        }

        @Override
        public void shutdown() {
            timers.clear();
        }
    }

    private static final class NoDialogs implements DialogService {
        @Override
        public void showError(String message) {
            throw new AssertionError(message);
        }

        @Override
        public void showInfo(String title, String message) {
        }
    }

    /// A configured data file whose screens are labels; records which sections were built.
    private static final class FakeWorkspace implements Workspace {
        final List<Section> built = new ArrayList<>();

        @Override
        public Path file() {
            return Path.of("fake.mv.db");
        }

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public boolean demo() {
            return false;
        }

        @Override
        public Optional<Node> view(Section section, Runnable loaded) {
            built.add(section);
            Label label = new Label(section.name());
            label.setId(section == Section.MEMBERS ? "fakeMembers" : "fakeOverview");
            loaded.run();
            return Optional.of(label);
        }

        @Override
        public Node setupView(Runnable done, Consumer<Workspace> replace) {
            throw new AssertionError("configured");
        }

        @Override
        public void importMembers(Window owner, String style, Runnable imported) {
        }

        @Override
        public Workspace openOther(Path file) {
            throw new AssertionError("not in this test");
        }

        @Override
        public Workspace createNew(Path file) {
            throw new AssertionError("not in this test");
        }

        @Override
        public Workspace leaveDemo() {
            throw new AssertionError("not in this test");
        }

        @Override
        public void close() {
        }
    }
}
