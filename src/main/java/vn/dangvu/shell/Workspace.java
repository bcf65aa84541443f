package vn.dangvu.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.stage.Window;

import vn.dangvu.common.AppException;

/// One open data file and the screens built on it. The composition root makes it; the shell shows what it
/// gives and knows no feature (issue 7: the house reads top to bottom, the shell imports no feature package).
public interface Workspace extends AutoCloseable {

    /// The database file (for the title bar, the status bar and the about box).
    Path file();

    /// False until the first-run setup is saved: the shell then shows [#setupView].
    boolean configured();

    /// The demo commune (the title says so).
    boolean demo();

    /// A note the window shows above every screen, already translated: the data is read-only, for instance.
    default Optional<String> notice() {
        return Optional.empty();
    }

    /// A decision the user must take right after this data was opened (a file changed since its last clean close:
    /// open it anyway, or restore a backup). Computed when the workspace was made, off the FX thread.
    default Optional<Question> startQuestion() {
        return Optional.empty();
    }

    /// Called on the FX thread when the window shows this workspace; `host` lets a screen replace it (a restore).
    default void attach(Host host) {
    }

    /// What the window offers a workspace: to be replaced by another one, opened in the background.
    interface Host {
        /// Closes this workspace, then opens `next` in the background; when that fails, the error is shown and
        /// `fallback` is opened instead (the data as it was).
        void reopen(MainWindowViewModel.Opener next, MainWindowViewModel.Opener fallback);
    }

    /// A question with two answers: `stay` keeps things as they are, `act` does `action` (opens another workspace).
    record Question(String title, String message, String stay, String act, MainWindowViewModel.Opener action) {
    }

    /// The section's screen, built on the FX thread the first time it is shown; empty for a section not built
    /// yet (the shell shows a plain note). `loaded` runs once the screen shows its data (the overview), or at once.
    Optional<Node> view(Section section, Runnable loaded);

    /// The first-run setup screen. `done` runs when the setup is saved; `replace` receives the demo commune's
    /// workspace when the user opens it instead.
    Node setupView(Runnable done, Consumer<Workspace> replace);

    /// File → Nhập danh sách từ Excel: the import wizard over `owner`; `imported` runs after it wrote members.
    void importMembers(Window owner, String style, Runnable imported);

    /// File → Mở tệp dữ liệu khác: the workspace of another existing data file (`name.mv.db`). Runs on a
    /// background thread; the shell then closes this one.
    Workspace openOther(Path file) throws AppException;

    /// File → Tạo tệp dữ liệu mới: a new, empty data file; its first-run setup comes next. Background thread.
    Workspace createNew(Path file) throws AppException;

    /// File → Rời dữ liệu mẫu: the office's own data file (the one the window was started on). Background thread.
    Workspace leaveDemo() throws AppException;

    /// Closes the database (CHECKPOINT SYNC + SHUTDOWN). Never throws.
    @Override
    void close();
}
