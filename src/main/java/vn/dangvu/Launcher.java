package vn.dangvu;

import vn.dangvu.cli.Cli;

/// Entry point. With no arguments it opens the window; with arguments it runs a command-line task.
/// Kept apart from the JavaFX Application class so the JVM can start it from the class path.
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            EarlyStart.begin();
            App.main(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
