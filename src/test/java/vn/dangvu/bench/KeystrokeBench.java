package vn.dangvu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import vn.dangvu.AppContext;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;

/// Issue 3 and 8 "Speed": a search keystroke on the member screen at 100k members, measured as the screen does it
/// (MemberService.list, the rows handed to the TableView, table.layout() on the FX thread; headless Monocle,
/// software pipeline, the app's stylesheet), against floors in the same run: a word-prefix scan of the same names
/// held in memory (with the screen's default "Đang sinh hoạt" filter), and that scan plus a bare TableView showing
/// the same rows (issue 8: the screen ≤ 8 ms p95 and ≤ 1.3× this floor).
final class KeystrokeBench {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    static final List<List<String>> SEQUENCES = List.of(typed("nguyen thi huong"), typed("huong"), typed("tran van an"));

    private KeystrokeBench() {
    }

    static List<String> typed(String s) {
        List<String> l = new ArrayList<>();
        for (int i = 1; i <= s.length(); i++) {
            l.add(s.substring(0, i));
        }
        return l;
    }

    static void run(Path dir, int members, int rounds, StringBuilder report) throws Exception {
        Path base = SearchBench.demoDb(dir, members, report);
        FxBench.start();
        try (AppContext ctx = new AppContext(Database.open(base))) {
            List<MemberRow> all = ctx.members().list(MemberQuery.all());
            List<String[]> folded = new ArrayList<>(all.size());
            boolean[] onRoll = new boolean[all.size()];
            for (int i = 0; i < all.size(); i++) {
                folded.add(Text.fold(all.get(i).fullName()).split(" "));
                onRoll[i] = all.get(i).status().onRoll();
            }
            FxBench.Screen screen = FxBench.onFx(() -> new FxBench.Screen(ctx.members()::list, ctx.members()::count));
            FxBench.BareTable bare = FxBench.onFx(FxBench.BareTable::new);
            FxBench.onFx(() -> {
                screen.load();
                return null;
            });
            Map<String, List<Double>> screenMs = new LinkedHashMap<>();
            Map<String, List<Double>> floorMs = new LinkedHashMap<>();
            Map<String, Integer> hits = new LinkedHashMap<>();
            List<Double> allScreen = new ArrayList<>();
            List<Double> allFloor = new ArrayList<>();
            List<Double> allQuery = new ArrayList<>();
            List<Double> allDisplayFloor = new ArrayList<>();
            List<Double> cpuScreen = new ArrayList<>();
            List<Double> cpuDisplayFloor = new ArrayList<>();
            Set<String> mismatches = new TreeSet<>();
            int warm = 3;
            for (int r = 0; r < warm + rounds; r++) {
                boolean keep = r >= warm;
                for (List<String> seq : SEQUENCES) {
                    for (String q : seq) {
                        double[] t = FxBench.onFx(() -> {
                            long c0 = CPU.getCurrentThreadCpuTime();
                            long t0 = System.nanoTime();
                            screen.type(q);
                            long t1 = System.nanoTime();
                            double cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                            return new double[] {(t1 - t0) / 1e6, screen.rows(), screen.queryNanos / 1e6, cpu};
                        });
                        String[] tokens = Text.fold(q).trim().split(" ");
                        long f0 = System.nanoTime();
                        int n = scan(folded, onRoll, tokens, null);
                        double floor = (System.nanoTime() - f0) / 1e6;
                        // the floor with the display: the same scan collecting the rows, then a bare table shows them
                        double[] displayFloor = FxBench.onFx(() -> {
                            long c0 = CPU.getCurrentThreadCpuTime();
                            long d0 = System.nanoTime();
                            List<MemberRow> rows = new ArrayList<>();
                            scan(folded, onRoll, tokens, i -> rows.add(all.get(i)));
                            bare.show(rows);
                            return new double[] {(System.nanoTime() - d0) / 1e6, (CPU.getCurrentThreadCpuTime() - c0) / 1e6};
                        });
                        if ((int) t[1] != n) {
                            mismatches.add(q + ": screen " + (int) t[1] + ", scan " + n);
                        }
                        if (keep) {
                            screenMs.computeIfAbsent(q, k -> new ArrayList<>()).add(t[0]);
                            floorMs.computeIfAbsent(q, k -> new ArrayList<>()).add(floor);
                            hits.put(q, n);
                            allScreen.add(t[0]);
                            allFloor.add(floor);
                            allQuery.add(t[2]);
                            allDisplayFloor.add(displayFloor[0]);
                            cpuScreen.add(t[3]);
                            cpuDisplayFloor.add(displayFloor[1]);
                        }
                    }
                    // back to the empty field, as a user clearing the search (not measured)
                    FxBench.onFx(() -> {
                        screen.type("");
                        bare.show(List.of());
                        return null;
                    });
                }
            }
            FxBench.onFx(() -> {
                screen.close();
                bare.close();
                return null;
            });
            Stats s = Stats.of(toArray(allScreen));
            Stats f = Stats.of(toArray(allFloor));
            Stats qy = Stats.of(toArray(allQuery));
            Stats d = Stats.of(toArray(allDisplayFloor));
            report.append(String.format(Locale.ROOT, "%n#### Search keystroke on the member screen, %,d members (%d rounds × %d keystrokes)%n%n",
                    all.size(), rounds, allScreen.size() / rounds));
            report.append(String.format(Locale.ROOT, "All keystrokes: screen median %.2f ms, p95 **%.2f ms**, max %.2f ms; "
                    + "raw-scan floor median %.2f ms, p95 %.2f ms; ratio of medians %.1f×, of p95 %.1f×.%n%n",
                    s.median(), s.p95(), max(allScreen), f.median(), f.p95(), s.median() / f.median(), s.p95() / f.p95()));
            report.append(String.format(Locale.ROOT, "Floor with the display (the scan + a bare TableView showing the same rows):"
                    + " median %.2f ms, p95 %.2f ms; screen / this floor: medians **%.2f×**, p95 **%.2f×**.%n%n",
                    d.median(), d.p95(), s.median() / d.median(), s.p95() / d.p95()));
            Stats cs = Stats.of(toArray(cpuScreen));
            Stats cd = Stats.of(toArray(cpuDisplayFloor));
            report.append(String.format(Locale.ROOT, "CPU time of the FX thread (what the keystroke costs whatever the machine's"
                    + " load): screen median %.2f ms, p95 **%.2f ms**; floor with the display median %.2f ms, p95 %.2f ms;"
                    + " screen / floor: medians **%.2f×**, p95 **%.2f×**.%n%n",
                    cs.median(), cs.p95(), cd.median(), cd.p95(), cs.median() / cd.median(), cs.p95() / cd.p95()));
            report.append(String.format(Locale.ROOT, "Of a keystroke, the query (`MemberService.list`) took median %.2f ms, "
                    + "p95 %.2f ms; the rest is showing the rows (`setAll` + table layout).%n%n", qy.median(), qy.p95()));
            if (!mismatches.isEmpty()) {
                report.append("Row counts differing between the screen and the floor scan: ").append(mismatches).append("\n\n");
            }
            report.append("| typed | rows shown | screen ms: median / min / p95 | floor scan ms: median | ratio |\n|---|---|---|---|---|\n");
            for (String q : screenMs.keySet()) {
                Stats qs = Stats.of(toArray(screenMs.get(q)));
                Stats qf = Stats.of(toArray(floorMs.get(q)));
                report.append(String.format(Locale.ROOT, "| `%s` | %,d | %s | %.2f | %.1f× |%n", q.replace(" ", "␠"), hits.get(q),
                        qs.fmt(), qf.median(), qs.median() / Math.max(qf.median(), 0.001)));
            }
        }
    }

    /// The word-prefix scan of the names (every typed word starts a word of the name), on the members on the roll;
    /// `hit` gets the index of each match (may be null). Returns the number of matches.
    static int scan(List<String[]> folded, boolean[] onRoll, String[] tokens, IntConsumer hit) {
        int n = 0;
        for (int i = 0; i < folded.size(); i++) {
            if (!onRoll[i]) {
                continue;
            }
            boolean all = true;
            for (String t : tokens) {
                boolean any = false;
                for (String w : folded.get(i)) {
                    if (w.startsWith(t)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    all = false;
                    break;
                }
            }
            if (all) {
                n++;
                if (hit != null) {
                    hit.accept(i);
                }
            }
        }
        return n;
    }

    static double[] toArray(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double max(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
