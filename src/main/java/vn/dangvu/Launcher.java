package vn.dangvu;

import vn.dangvu.cli.Cli;
import vn.dangvu.cli.LogFiles;
import vn.dangvu.db.AppLock;

/// Entry point. With no arguments it opens the window; with arguments it runs a command-line task.
/// Kept apart from the JavaFX Application class so the JVM can start it from the class path.
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            LogFiles.route("dangvu");
            AppLock.identifyAs(AppLock.Holder.WINDOW, "");
            EarlyStart.begin();
            App.main(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
