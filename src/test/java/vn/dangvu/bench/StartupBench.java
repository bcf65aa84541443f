package vn.dangvu.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Cold start of the packaged app (target/dist, JavaFX on the module path) on a 1,000-member demo commune,
/// against a trivial JavaFX window on the same JDK and flags; with and without a JDK 25 AOT cache.
/// Each variant runs in fresh JVMs, interleaved round-robin so machine noise hits all variants alike.
final class StartupBench {

    private static final Pattern LINE = Pattern.compile("STARTUP shown_ms=(\\d+) data_ms=(\\d+)");

    private StartupBench() {
    }

    record Variant(String name, List<String> args, Path aot) {
    }

    static void run(Path dir, Path appDb, int rounds, StringBuilder report) throws Exception {
        Path dist = Path.of("target", "dist").toAbsolutePath();
        Path testClasses = Path.of("target", "test-classes").toAbsolutePath();
        if (!Files.isDirectory(dist.resolve("lib"))) {
            throw new IllegalStateException("target/dist missing: run mvn package first");
        }
        Process xvfb = null;
        Map<String, String> env = new LinkedHashMap<>();
        if (System.getenv("DISPLAY") == null) {
            xvfb = new ProcessBuilder("Xvfb", ":87", "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(800);
            env.put("DISPLAY", ":87");
        }
        try {
            // the launcher's flags (pom property app.jvm.startup), for the app and the trivial window alike
            List<String> common = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                    "--module-path", dist.resolve("javafx").toString(),
                    "--add-modules", "javafx.controls,javafx.fxml,javafx.swing",
                    "--enable-native-access=javafx.graphics,ALL-UNNAMED",
                    "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED");
            String cp = dist.resolve("lib") + "/*";
            List<String> trivial = new ArrayList<>(common);
            trivial.addAll(List.of("-cp", cp + File.pathSeparator + testClasses, TrivialFxApp.class.getName()));
            List<String> app = new ArrayList<>(common);
            app.addAll(List.of("-Ddangvu.db=" + appDb, "-Ddangvu.exitAfterShown=true", "-Ddangvu.home=" + dir.resolve("home"),
                    "-cp", cp, "vn.dangvu.Launcher"));
            List<Variant> variants = List.of(
                    new Variant("trivial JavaFX window", trivial, null),
                    new Variant("trivial JavaFX window + AOT cache", trivial, dir.resolve("trivial.aot")),
                    new Variant("dangvu, 1,000 members", app, null),
                    new Variant("dangvu, 1,000 members + AOT cache", app, dir.resolve("app.aot")));
            for (Variant v : variants) {
                if (v.aot() != null) {
                    Files.deleteIfExists(v.aot());
                    once(withAot(v.args(), "-XX:AOTCacheOutput=" + v.aot()), env);
                }
            }
            Map<String, List<double[]>> results = new LinkedHashMap<>();
            for (int r = 0; r < rounds; r++) {
                for (Variant v : variants) {
                    List<String> cmd = v.aot() == null ? v.args() : withAot(v.args(), "-XX:AOTCache=" + v.aot());
                    results.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(once(cmd, env));
                }
            }
            report.append("\n| variant | window shown, ms since JVM start: median / min | usable (data shown): median / min | process wall to usable: median / min |\n|---|---|---|---|\n");
            Map<String, Double> usable = new LinkedHashMap<>();
            for (var e : results.entrySet()) {
                Stats shown = Stats.of(e.getValue().stream().mapToDouble(a -> a[0]).toArray());
                Stats data = Stats.of(e.getValue().stream().mapToDouble(a -> a[1]).toArray());
                Stats wall = Stats.of(e.getValue().stream().mapToDouble(a -> a[2]).toArray());
                usable.put(e.getKey(), data.median());
                report.append(String.format(Locale.ROOT, "| %s | %.0f / %.0f | %.0f / %.0f | %.0f / %.0f |%n", e.getKey(),
                        shown.median(), shown.min(), data.median(), data.min(), wall.median(), wall.min()));
            }
            double plain = usable.get("dangvu, 1,000 members") / usable.get("trivial JavaFX window");
            double aot = usable.get("dangvu, 1,000 members + AOT cache") / usable.get("trivial JavaFX window + AOT cache");
            report.append(String.format(Locale.ROOT, "%nRatio app usable / trivial shown (medians): %.2f× without AOT, %.2f× with AOT (both sides cached); rounds: %d%n",
                    plain, aot, rounds));
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static List<String> withAot(List<String> args, String flag) {
        List<String> l = new ArrayList<>(args);
        l.add(1, flag);
        return l;
    }

    /// Runs one JVM; returns {shown_ms, data_ms, wall_ms}.
    private static double[] once(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        double[] res = null;
        double wall = -1;
        StringBuilder out = new StringBuilder();
        try (BufferedReader br = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = br.readLine()) != null) {
                out.append(line).append('\n');
                Matcher m = LINE.matcher(line);
                if (m.find() && res == null) {
                    wall = (System.nanoTime() - t0) / 1e6;
                    res = new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), wall};
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (res == null) {
            throw new IllegalStateException("No STARTUP line from " + cmd + "\n" + out);
        }
        return res;
    }
}
