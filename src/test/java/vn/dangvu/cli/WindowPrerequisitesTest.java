package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.I18n;

class WindowPrerequisitesTest {

    @TempDir
    Path dir;

    @Test
    void noDisplayOrMissingGtkIsSaidInVietnameseWithThePackagesToInstall() {
        assertEquals(Optional.of(I18n.t("window.error.noDisplay")),
                WindowPrerequisites.missing("Linux", Map.of(), lib -> true));
        assertEquals(Optional.empty(), WindowPrerequisites.missing("Linux", Map.of("DISPLAY", ":0"), lib -> true));
        assertEquals(Optional.empty(), WindowPrerequisites.missing("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), lib -> true));
        assertEquals(Optional.empty(), WindowPrerequisites.missing("Windows 11", Map.of(), lib -> false));
        String gtk = WindowPrerequisites.missing("Linux", Map.of("DISPLAY", ":0"), lib -> !lib.startsWith("libgtk")).orElseThrow();
        assertEquals("Không mở được cửa sổ Đảng vụ: máy thiếu thư viện đồ họa GTK 3 mà JavaFX cần (libgtk-3.so.0). "
                + "Trên Debian/Ubuntu hãy cài bằng lệnh: sudo apt install libgtk-3-0", gtk);
        assertTrue(WindowPrerequisites.missing("Linux", Map.of("DISPLAY", ":0"), lib -> false).orElseThrow()
                .endsWith("sudo apt install libgtk-3-0 libxtst6"));
    }

    /// The real launcher in a JVM of its own, without a display: one Vietnamese message, exit 1, no stack trace.
    @Test
    void theLauncherWithoutADisplayPrintsWhatIsMissingInsteadOfAStackTrace() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-Ddangvu.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                "vn.dangvu.Launcher", "--db", dir.resolve("none").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        File err = dir.resolve("err.txt").toFile();
        pb.redirectError(err);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher ends");
        String stderr = Files.readString(err.toPath(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), stderr);
        assertTrue(stderr.contains(I18n.t("window.error.noDisplay")), stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
    }
}
