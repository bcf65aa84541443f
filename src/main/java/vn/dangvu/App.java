package vn.dangvu;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlantafx.base.theme.PrimerLight;
import vn.dangvu.backup.EncryptionService;
import vn.dangvu.backup.ui.PasswordDialog;
import vn.dangvu.common.AppPaths;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.help.UserGuide;
import vn.dangvu.shell.AboutDialog;
import vn.dangvu.shell.FontSizeModel;
import vn.dangvu.shell.MainMenu;
import vn.dangvu.shell.MainWindow;
import vn.dangvu.shell.MainWindowViewModel;
import vn.dangvu.shell.Section;
import vn.dangvu.shell.UiPreferences;
import vn.dangvu.shell.WindowPlacement;
import vn.dangvu.ui.FxBackgroundTasks;
import vn.dangvu.ui.FxDialogService;

/// The JavaFX application: shows the main window at once and opens the database in the background once the window's
/// first frame is rendered (not earlier, so that it does not compete with the window for the CPU: issue 7).
/// System properties: dangvu.db (database base path), dangvu.exitAfterShown, dangvu.screenshot (PNG path).
public final class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /// Opens an address in the system browser; tests replace it ([#openDocumentsWith]).
    private static volatile Consumer<String> browser;

    private MainWindowViewModel vm;
    private Stage stage;
    private long shownMs = -1;
    private boolean exiting;
    private WindowPlacement placement;

    public static void main(String[] args) {
        launch(App.class, args);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiPreferences prefs = new UiPreferences(AppPaths.home().resolve("ui.properties"));
        FontSizeModel font = new FontSizeModel(prefs.fontSize());
        font.size().addListener((o, a, b) -> prefs.setFontSize(b.intValue()));
        Runnable exit = this::exit;
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        FxDialogService dialogs = new FxDialogService(stage, () -> style(font));
        vm = new MainWindowViewModel(tasks, dialogs, exit);
        MainMenu menu = new MainMenu(vm, font, () -> about(font), exit);
        menu.setOnHelp(section -> help(section, tasks, dialogs));
        MainWindow window = new MainWindow(vm, tasks, font, menu);

        Scene scene = new Scene(window.root());
        scene.getStylesheets().add(App.class.getResource("/vn/dangvu/app.css").toExternalForm());
        for (var k : MainMenu.extraBigger()) {
            scene.getAccelerators().put(k, font::increase);
        }
        scene.getAccelerators().put(MainMenu.extraSmaller(), font::decrease);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.title());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        placement = new WindowPlacement(stage, prefs);
        placement.apply();
        stage.setOnCloseRequest(e -> {
            e.consume();
            exit();
        });
        stage.setOnShown(e -> {
            shownMs = sinceJvmStart();
            LOG.info("STARTUP shown_ms={}", shownMs);
        });
        window.setOnFirstData(() -> Platform.runLater(() -> firstData(scene)));
        stage.show();
        // once the first frame is rendered: open the database (its own thread, then the member index) and wait for
        // it; before that it would take the CPU the first frame needs (2 cores; docs/benchmarks.md, issue 7)
        Path base = EarlyStart.databaseBase();
        afterFirstFrame(scene, () -> {
            if (exiting) {
                return; // closed before its first frame: nothing was opened, nothing to open
            }
            if (EncryptionService.encrypted(base)) {
                // encryption at rest: the password first, then the workspace (the early open would be refused)
                Optional<PasswordDialog.Answer> a = PasswordDialog.ask(stage, Database.dataFile(base), (secret, code) -> code
                        ? EncryptionService.unlockWithRecoveryCode(base, new String(secret)) : EncryptionService.unlock(base, secret), tasks);
                if (a.isEmpty()) {
                    exit();
                    return;
                }
                vm.open(() -> AppWorkspace.openEncrypted(base, a.get(), tasks), AppWorkspace.recovery(base, tasks));
                return;
            }
            EarlyStart.begin();
            vm.open(() -> new AppWorkspace(EarlyStart.context(base), tasks, false), AppWorkspace.recovery(base, tasks));
        });
    }

    /// Runs r (once, on the FX thread) when the first frame has been rendered. The first pulse after show() hands
    /// that frame to the render thread; a 1x1 snapshot asked for after that pulse is rendered after it on the same
    /// thread, and snapshot() returns only then. With the software pipeline the frame's upload to the window is by
    /// then queued on the FX thread, ahead of r. (Counting pulses is not enough: a pulse with nothing to draw does
    /// not wait for the previous frame.)
    private static void afterFirstFrame(Scene scene, Runnable r) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                new Rectangle(1, 1).snapshot(null, new WritableImage(1, 1));
                Platform.runLater(r);
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /// Tests: where help addresses go instead of the system browser.
    public static void openDocumentsWith(Consumer<String> opener) {
        browser = opener;
    }

    /// Help → Hướng dẫn sử dụng (F1): writes the bundled guide out as HTML (off the FX thread) and opens it in the
    /// system browser at the part about the current screen.
    private void help(Section section, FxBackgroundTasks tasks, FxDialogService dialogs) {
        Path dir = AppPaths.home().resolve("help");
        tasks.run("", p -> UserGuide.write(dir), index -> {
            String uri = UserGuide.at(index, section == null ? null : section.id()).toString();
            LOG.info("Opening the user guide at {}", uri);
            Consumer<String> open = browser;
            if (open != null) {
                open.accept(uri);
            } else {
                getHostServices().showDocument(uri);
            }
        }, e -> dialogs.showError(MainWindowViewModel.userMessage(e) + "\n" + I18n.t("help.error.where", dir)));
    }

    private static String style(FontSizeModel font) {
        return "-fx-font-size: " + font.size().get() + "px;";
    }

    private void about(FontSizeModel font) {
        String file = vm.workspace().get() == null ? "" : vm.workspace().get().file().toString();
        AboutDialog.show(stage, file, style(font));
    }

    /// Runs one pulse after the first data is set, so the logged time is when it can be seen.
    private void firstData(Scene scene) {
        LOG.info("STARTUP shown_ms={} data_ms={}", shownMs, sinceJvmStart());
        String shot = System.getProperty("dangvu.screenshot");
        if (shot != null && !shot.isBlank()) {
            saveSnapshot(scene, Path.of(shot));
        }
        if (Boolean.getBoolean("dangvu.exitAfterShown")) {
            exit();
        }
    }

    private static void saveSnapshot(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            LOG.info("Screenshot written to {}", file);
        } catch (IOException e) {
            LOG.warn("Could not write screenshot {}", file, e);
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /// Window close and Ctrl+Q: stop background work, close the database (CHECKPOINT SYNC + SHUTDOWN), exit.
    private void exit() {
        if (exiting) {
            return;
        }
        exiting = true;
        if (placement != null) {
            placement.remember();
        }
        stage.hide();
        vm.close();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (placement != null && !exiting) {
            placement.remember();
        }
        if (vm != null) {
            vm.close();
        }
    }
}
