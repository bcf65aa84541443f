package vn.dangvu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.dangvu.AppContext;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoOptions;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;

/// Member search through the real service and H2 file (what `members list --search` runs), compared with
/// the floor: a word-prefix scan of the same names held in memory, in the same run.
final class SearchBench {

    static final List<String> QUERIES = List.of("huong", "nguyen thi huong", "dang", "thi thu", "tran van an", "xuyen");

    private SearchBench() {
    }

    static Path demoDb(Path dir, int members, StringBuilder report) throws Exception {
        Path base = dir.resolve("demo-" + members);
        if (!Files.exists(Database.dataFile(base))) {
            long t0 = System.nanoTime();
            try (Database db = Database.create(base)) {
                new AppContext(db).demo().populate(new DemoOptions(members, 2025), p -> { });
            }
            double s = (System.nanoTime() - t0) / 1e9;
            report.append(String.format(Locale.ROOT, "- demo %,d members generated in %.1f s (%s)%n", members, s,
                    Files.size(Database.dataFile(base)) / 1024 + " KiB"));
        }
        return base;
    }

    static void run(Path dir, int members, StringBuilder report) throws Exception {
        Path base = demoDb(dir, members, report);
        long open0 = System.nanoTime();
        try (AppContext ctx = new AppContext(Database.open(base))) {
            long open1 = System.nanoTime();
            ctx.members().list(new MemberQuery(QUERIES.get(0), Optional.empty()));
            long first = System.nanoTime();
            List<MemberRow> all = ctx.members().list(MemberQuery.all());
            List<String[]> folded = new ArrayList<>(all.size());
            for (MemberRow r : all) {
                folded.add(Text.fold(r.fullName()).split(" "));
            }
            report.append(String.format(Locale.ROOT, "%n#### %,d members%n%nOpen database %.0f ms; first query (loads the in-memory index from H2) %.0f ms.%n%n",
                    all.size(), (open1 - open0) / 1e6, (first - open1) / 1e6));
            report.append("| query | hits | MemberService.list warm: median / min / p95 ms | in-memory scan floor median ms | ratio |\n|---|---|---|---|---|\n");
            for (String q : QUERIES) {
                MemberQuery mq = new MemberQuery(q, Optional.empty());
                String[] tokens = Text.fold(q).split(" ");
                int warm = members >= 100_000 ? 10 : 30;
                int runs = members >= 100_000 ? 25 : 60;
                int hits = 0;
                for (int i = 0; i < warm; i++) {
                    hits = ctx.members().list(mq).size();
                    scan(folded, tokens);
                }
                double[] svc = new double[runs];
                double[] floor = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    ctx.members().list(mq);
                    long t1 = System.nanoTime();
                    scan(folded, tokens);
                    long t2 = System.nanoTime();
                    svc[i] = (t1 - t0) / 1e6;
                    floor[i] = (t2 - t1) / 1e6;
                }
                Stats s = Stats.of(svc);
                Stats f = Stats.of(floor);
                report.append(String.format(Locale.ROOT, "| %s | %,d | %s | %.2f | %.1f× |%n", q, hits, s.fmt(), f.median(),
                        s.median() / Math.max(f.median(), 0.001)));
            }
        }
    }

    static int scan(List<String[]> folded, String[] tokens) {
        int n = 0;
        for (String[] words : folded) {
            boolean all = true;
            for (String t : tokens) {
                boolean any = false;
                for (String w : words) {
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
            }
        }
        return n;
    }
}
