package vn.dangvu.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.application.Platform;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;

/// Issue 3 "Speed": opening the member list at 100k members, as the app does it. Opening the database is
/// followed by loading the in-memory member index in the background (EarlyStart, MemberService.preload); opening
/// the member list then builds the screen, lists all members and lays the table out. Also measured: saving a
/// member from the form (the index is refreshed for that member only) and opening the list after it, and the
/// index load itself. Cold: a fresh JVM per run (this class's main, same JVM flags). Warm: the same steps in the
/// bench JVM, reopening the database each time. Cold and warm runs are interleaved.
final class OpenListBench {

    private static final String[] NAMES = {"FX toolkit start", "Database.open", "index load (background after open)",
        "first member screen in this JVM (the app builds it out of sight after start-up)",
        "**open the member list** (screen + list + layout)", "save one member (incl. index refresh)",
        "open the list after the save", "**open the member list**: CPU time of the FX thread"};
    private static final int STEPS = NAMES.length;
    private static final Pattern LINE = Pattern.compile("OPENLIST ((?:[\\d.]+ ?){8}) rows=(\\d+)");

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

    /// Opens the database, loads the index, opens the screen, saves a member, opens it again: the OPENLIST line.
    static String once(Path base, double fxMs) throws Exception {
        long d0 = System.nanoTime();
        try (AppContext ctx = new AppContext(Database.open(base))) {
            double db = ms(d0);
            long i0 = System.nanoTime();
            ctx.members().preload();
            double index = ms(i0);
            double[] prepare = openScreen(ctx);
            double[] open = openScreen(ctx);
            MemberRow first = ctx.members().list(MemberQuery.all()).getFirst();
            MemberDetails d = ctx.members().find(first.id()).orElseThrow();
            long s0 = System.nanoTime();
            ctx.members().save(d);
            double save = ms(s0);
            double[] again = openScreen(ctx);
            return String.format(Locale.ROOT, "OPENLIST %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f rows=%d", fxMs, db, index,
                    prepare[0], open[0], save, again[0], open[2], (int) open[1]);
        }
    }

    /// Builds the member screen, lists all members, lays the table out: {ms, rows, CPU ms of the FX thread}.
    private static double[] openScreen(AppContext ctx) throws Exception {
        return FxBench.onFx(() -> {
            long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            FxBench.Screen screen = new FxBench.Screen(ctx.members()::list);
            screen.load();
            double total = ms(t0);
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e6;
            int rows = screen.rows();
            screen.close();
            return new double[] {total, rows, cpu};
        });
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
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
            System.out.println("open-list round " + r + ": cold " + Arrays.toString(cold.getLast()) + ", warm " + w);
        }
        report.append(String.format(Locale.ROOT, "%n#### Opening the member list, %,d members (%d rounds, cold and warm interleaved)%n%n", members, rounds));
        report.append(String.format(Locale.ROOT, "Rows listed: %,d. Cells: median / min / p95 ms.%n%n", (int) cold.getFirst()[STEPS]));
        report.append("| step | cold (fresh JVM) | warm (same JVM, database reopened) |\n|---|---|---|\n");
        for (int i = 0; i < NAMES.length; i++) {
            int k = i;
            report.append("| ").append(NAMES[i]).append(" | ")
                    .append(Stats.of(cold.stream().mapToDouble(a -> a[k]).toArray()).fmt()).append(" | ")
                    .append(Stats.of(warm.stream().mapToDouble(a -> a[k]).toArray()).fmt()).append(" |\n");
        }
    }

    private static double[] parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.find()) {
            throw new IllegalStateException("no OPENLIST line in: " + line);
        }
        double[] out = new double[STEPS + 1];
        String[] f = m.group(1).trim().split(" ");
        for (int i = 0; i < STEPS; i++) {
            out[i] = Double.parseDouble(f[i]);
        }
        out[STEPS] = Double.parseDouble(m.group(2));
        return out;
    }

    private static String coldRun(Path base) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx4g", "-Dfile.encoding=UTF-8", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "--enable-native-access=ALL-UNNAMED"));
        // the bench JVM's JIT/GC flags (e.g. the launcher's -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-XX:") || a.startsWith("-Dbench.")).forEach(cmd::add);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), OpenListBench.class.getName(), base.toString()));
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
