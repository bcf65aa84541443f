package vn.dangvu.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.stage.Window;

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

    /// The section's screen, built on the FX thread the first time it is shown; empty for a section not built
    /// yet (the shell shows a plain note). `loaded` runs once the screen shows its data (the overview), or at once.
    Optional<Node> view(Section section, Runnable loaded);

    /// The first-run setup screen. `done` runs when the setup is saved; `replace` receives the demo commune's
    /// workspace when the user opens it instead.
    Node setupView(Runnable done, Consumer<Workspace> replace);

    /// File → Nhập danh sách từ Excel: the import wizard over `owner`; `imported` runs after it wrote members.
    void importMembers(Window owner, String style, Runnable imported);

    /// Closes the database (CHECKPOINT SYNC + SHUTDOWN). Never throws.
    @Override
    void close();
}
