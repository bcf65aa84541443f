package vn.dangvu.common;

import java.nio.file.Path;
import java.util.Locale;

/// Where the app keeps its data on this machine. Override with -Ddangvu.home=DIR or the DANGVU_HOME variable
/// (tests, portable installs). Windows: %LOCALAPPDATA%\dangvu; Linux: $XDG_DATA_HOME/dangvu or ~/.local/share/dangvu.
public final class AppPaths {

    public static final String DB_NAME = "dangvu";

    private AppPaths() {
    }

    public static Path home() {
        String prop = System.getProperty("dangvu.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath();
        }
        String env = System.getenv("DANGVU_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String userHome = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : userHome, "dangvu");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "dangvu");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(userHome, ".local", "share").toString(), "dangvu");
    }

    /// The default database, as a file name without the ".mv.db" suffix.
    public static Path defaultDatabase() {
        return home().resolve("data").resolve(DB_NAME);
    }
}
