package vn.dangvu;

import java.nio.file.Path;

import vn.dangvu.cli.Cli;
import vn.dangvu.cli.LogFiles;
import vn.dangvu.cli.WindowPrerequisites;
import vn.dangvu.db.AppLock;

/// Entry point. With no arguments it opens the window on the default database; with `--db FILE` (or `--db=FILE`)
/// and nothing else it opens the window on that file, which must exist; any other arguments run a command-line
/// task. Kept apart from the JavaFX Application class so the JVM can start it from the class path.
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Path file = windowFile(args);
        if (args.length == 0 || file != null) {
            LogFiles.route("dangvu");
            // no display, or GTK 3 missing: say so in Vietnamese instead of JavaFX's stack trace
            if (!WindowPrerequisites.check()) {
                System.exit(1);
            }
            AppLock.identifyAs(AppLock.Holder.WINDOW, "");
            if (file != null) {
                System.setProperty("dangvu.db", file.toString());
            }
            EarlyStart.prepare(file != null);
            try {
                App.main(new String[0]);
            } catch (RuntimeException | Error e) {
                System.exit(WindowPrerequisites.failed(e));
            }
        } else {
            System.exit(Cli.run(args));
        }
    }

    /// The database named by `--db FILE` or `--db=FILE` when that is the only argument (the window on a file);
    /// null otherwise, also for a blank name (the command line refuses it: exit 2). bin/dangvu takes the same forms
    /// as window runs (its AOT cache).
    static Path windowFile(String[] args) {
        String name = null;
        if (args.length == 2 && args[0].equals("--db")) {
            name = args[1];
        } else if (args.length == 1 && args[0].startsWith("--db=")) {
            name = args[0].substring("--db=".length());
        }
        return name == null || name.isBlank() || name.startsWith("-") ? null : Cli.databaseBase(name);
    }
}
