package vn.dangvu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoOptions;
import vn.dangvu.demo.DemoSummary;

/// Issue 7: generating the demo commune (`dangvu demo`) into a fresh database, seed 2025: `populate` and the close
/// that compacts the file, timed apart. Sizes interleaved per round.
final class DemoBench {

    private DemoBench() {
    }

    static void run(Path dir, int[] sizes, int rounds, StringBuilder report) throws Exception {
        Map<String, List<Double>> ms = new LinkedHashMap<>();
        Map<Integer, DemoSummary> last = new LinkedHashMap<>();
        int warm = 1;
        for (int r = 0; r < warm + rounds; r++) {
            for (int n : sizes) {
                if (r < warm && n > 10_000) {
                    continue;
                }
                Path base = dir.resolve("demo-run-" + n);
                Files.deleteIfExists(Database.dataFile(base));
                long t0 = System.nanoTime();
                long t1;
                Database db = Database.create(base);
                try {
                    last.put(n, new AppContext(db).demo().populate(new DemoOptions(n, 2025), p -> { }));
                    t1 = System.nanoTime();
                } finally {
                    db.close();
                }
                long t2 = System.nanoTime();
                long size = Files.size(Database.dataFile(base));
                Files.deleteIfExists(Database.dataFile(base));
                System.out.printf(Locale.ROOT, "demo round %d, %,d members: populate %.0f ms, close %.0f ms, %d KiB%n", r, n,
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6, size / 1024);
                if (r >= warm) {
                    String k = String.format(Locale.ROOT, "%,d members: ", n);
                    ms.computeIfAbsent(k + "create + populate", x -> new ArrayList<>()).add((t1 - t0) / 1e6);
                    ms.computeIfAbsent(k + "close (SHUTDOWN COMPACT)", x -> new ArrayList<>()).add((t2 - t1) / 1e6);
                    ms.computeIfAbsent(k + "**total**", x -> new ArrayList<>()).add((t2 - t0) / 1e6);
                    ms.computeIfAbsent(k + "file after close, KiB", x -> new ArrayList<>()).add(size / 1024.0);
                }
            }
        }
        report.append(String.format(Locale.ROOT, "%n#### Demo generation, seed 2025, %d rounds after %d warm-up (small sizes only)%n%n",
                rounds, warm));
        report.append("| step | median / min / p95 ms |\n|---|---|\n");
        for (var e : ms.entrySet()) {
            report.append("| ").append(e.getKey()).append(" | ").append(Stats.of(KeystrokeBench.toArray(e.getValue())).fmt()).append(" |\n");
        }
        for (var e : last.entrySet()) {
            report.append(String.format(Locale.ROOT, "%n%,d members: %s", e.getKey(), e.getValue()));
        }
        report.append('\n');
    }
}
