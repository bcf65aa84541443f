package vn.dangvu.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.application.Platform;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;

/// Issue 3 "Speed": opening the member list at 100k members, i.e. the first MemberService.list on a freshly
/// opened database (the in-memory index is loaded from H2) plus building the member screen and laying out its
/// table. Cold: a fresh JVM per run (this class's main). Warm: the same steps again in this JVM, reopening the
/// database each time. Cold and warm runs are interleaved.
final class OpenListBench {

    private static final Pattern LINE = Pattern.compile("OPENLIST fx_ms=([\\d.]+) db_ms=([\\d.]+) list_ms=([\\d.]+) total_ms=([\\d.]+) rows=(\\d+)");

    private OpenListBench() {
    }

    /// Cold run in a fresh JVM: args[0] is the database base path.
    public static void main(String[] args) throws Exception {
        long f0 = System.nanoTime();
        FxBench.start();
        double fx = (System.nanoTime() - f0) / 1e6;
        System.out.println(once(Path.of(args[0]), fx));
        Platform.exit();
        System.exit(0);
    }

    /// Opens the database, then measures list + screen; returns the OPENLIST line.
    static String once(Path base, double fxMs) throws Exception {
        long d0 = System.nanoTime();
        try (AppContext ctx = new AppContext(Database.open(base))) {
            double db = (System.nanoTime() - d0) / 1e6;
            double[] listMs = new double[1];
            double[] res = FxBench.onFx(() -> {
                long t0 = System.nanoTime();
                FxBench.Screen screen = new FxBench.Screen(q -> {
                    long l0 = System.nanoTime();
                    var rows = ctx.members().list(q);
                    listMs[0] = (System.nanoTime() - l0) / 1e6;
                    return rows;
                });
                screen.load();
                double total = (System.nanoTime() - t0) / 1e6;
                int rows = screen.rows();
                screen.close();
                return new double[] {total, rows};
            });
            return String.format(Locale.ROOT, "OPENLIST fx_ms=%.1f db_ms=%.1f list_ms=%.1f total_ms=%.1f rows=%d",
                    fxMs, db, listMs[0], res[0], (int) res[1]);
        }
    }

    static void run(Path dir, int members, int rounds, StringBuilder report) throws Exception {
        Path base = SearchBench.demoDb(dir, members, report);
        FxBench.start();
        List<double[]> cold = new ArrayList<>();
        List<double[]> warm = new ArrayList<>();
        once(base, 0);
        for (int r = 0; r < rounds; r++) {
            cold.add(parse(coldRun(base)));
            String w = once(base, 0);
            warm.add(parse(w));
            System.out.println("open-list round " + r + ": cold " + java.util.Arrays.toString(cold.getLast()) + ", warm " + w);
        }
        report.append(String.format(Locale.ROOT, "%n#### Opening the member list, %,d members (%d rounds, cold and warm interleaved)%n%n", members, rounds));
        report.append("| | FX toolkit start | Database.open | first list() (index load) | list + screen built + table laid out | rows |\n|---|---|---|---|---|---|\n");
        row(report, "cold (fresh JVM)", cold);
        row(report, "warm (same JVM, database reopened)", warm);
        report.append("\nCells: median / min / p95 ms.\n");
    }

    private static void row(StringBuilder report, String name, List<double[]> runs) {
        report.append("| ").append(name);
        for (int i = 0; i < 4; i++) {
            int k = i;
            report.append(" | ").append(Stats.of(runs.stream().mapToDouble(a -> a[k]).toArray()).fmt());
        }
        report.append(" | ").append(String.format(Locale.ROOT, "%,d", (int) runs.getFirst()[4])).append(" |\n");
    }

    private static double[] parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.find()) {
            throw new IllegalStateException("no OPENLIST line in: " + line);
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
            Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5))};
    }

    private static String coldRun(Path base) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx4g",
                "-Dfile.encoding=UTF-8", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                OpenListBench.class.getName(), base.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        String found = null;
        try (BufferedReader br = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = br.readLine()) != null) {
                out.append(line).append('\n');
                if (line.startsWith("OPENLIST")) {
                    found = line;
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (found == null) {
            throw new IllegalStateException("cold run printed no OPENLIST line:\n" + out);
        }
        return found;
    }
}
