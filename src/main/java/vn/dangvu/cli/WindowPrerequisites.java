package vn.dangvu.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.I18n;

/// Before the window starts on Linux: is there a display, and are the GTK 3 libraries JavaFX needs installed? When
/// not, the launcher prints what is missing in Vietnamese (and the Debian packages to install) instead of JavaFX's
/// English stack trace. Also turns a toolkit that fails anyway into one Vietnamese message (the details go to the log).
public final class WindowPrerequisites {

    private static final Logger LOG = LoggerFactory.getLogger(WindowPrerequisites.class);
    /// The libraries JavaFX's GTK glass loads, with the Debian package that brings each.
    static final Map<String, String> LIBRARIES = libraries();
    private static final List<String> LIBRARY_DIRS = List.of("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
            "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib64", "/usr/lib64", "/lib", "/usr/lib");

    private WindowPrerequisites() {
    }

    private static Map<String, String> libraries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("libgtk-3.so.0", "libgtk-3-0");
        m.put("libXtst.so.6", "libxtst6");
        return m;
    }

    /// True when the window may start; else prints the reason to standard error.
    public static boolean check() {
        if (Boolean.getBoolean("dangvu.skipWindowCheck") || "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return true;
        }
        Optional<String> missing = missing(System.getProperty("os.name", ""), System.getenv(),
                WindowPrerequisites::libraryInstalled);
        missing.ifPresent(m -> {
            LOG.warn("The window cannot start: {}", m);
            console().println(m);
        });
        return missing.isEmpty();
    }

    /// What keeps the window from starting here, in Vietnamese; empty when nothing is known to be missing.
    static Optional<String> missing(String os, Map<String, String> env, Predicate<String> libraryInstalled) {
        if (!os.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of(I18n.t("window.error.noDisplay"));
        }
        List<String> libs = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        LIBRARIES.forEach((lib, pkg) -> {
            if (!libraryInstalled.test(lib)) {
                libs.add(lib);
                packages.add(pkg);
            }
        });
        return libs.isEmpty() ? Optional.empty()
                : Optional.of(I18n.t("window.error.missingLibraries", String.join(", ", libs), String.join(" ", packages)));
    }

    /// The toolkit failed to start although the check passed: one Vietnamese line with the cause; exit code 1.
    public static int failed(Throwable t) {
        LOG.error("The window could not start", t);
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        console().println(I18n.t("window.error.toolkit", String.valueOf(root.getMessage())));
        return 1;
    }

    /// The terminal's standard error (System.err goes to the log file once LogFiles routed it there).
    private static PrintStream console() {
        Charset cs;
        try {
            cs = Charset.forName(System.getProperty("stderr.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            cs = StandardCharsets.UTF_8;
        }
        return new PrintStream(new FileOutputStream(FileDescriptor.err), true, cs);
    }

    static boolean libraryInstalled(String name) {
        List<String> dirs = new ArrayList<>();
        String ld = System.getenv("LD_LIBRARY_PATH");
        if (ld != null) {
            dirs.addAll(List.of(ld.split(":")));
        }
        dirs.addAll(LIBRARY_DIRS);
        return dirs.stream().filter(d -> !d.isBlank()).anyMatch(d -> Files.exists(Path.of(d, name)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
