package vn.dangvu.bench;

import static vn.dangvu.db.jooq.Tables.EVALUATION;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.impl.DSL;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.rating.Level;
import vn.dangvu.rating.QuotaStatus;
import vn.dangvu.rating.QuotaTally;
import vn.dangvu.rating.RatingText;
import vn.dangvu.rating.Roster;
import vn.dangvu.rating.RosterMember;
import vn.dangvu.rating.Subject;
import vn.dangvu.rating.Summary;

/// Issue 11's speed targets on the demo commune (seed 2025): the commune summary of a closed year (2025) against the
/// same aggregate written as one SQL query in the same run (≤ 100 ms and ≤ 1.5× at 100,000 members), and the live
/// HTXSNV counter after one change on the open year's roster (2026; ≤ 16 ms with 3,000 members): the quota checked,
/// the change applied, the counter's text made.
final class RatingBench {

    private static final int YEAR_CLOSED = 2025;
    private static final int YEAR_OPEN = 2026;
    private static final int CHANGES = 2_000;

    private RatingBench() {
    }

    static void run(Path dir, int members, int rounds, StringBuilder report) throws Exception {
        Path base = SearchBench.demoDb(dir, members, report);
        try (AppContext ctx = new AppContext(Database.open(base))) {
            summary(ctx, members, rounds, report);
            counter(ctx, members, report);
        }
    }

    private static void summary(AppContext ctx, int members, int rounds, StringBuilder report) throws Exception {
        int warm = Math.max(3, rounds);
        double[] service = new double[rounds];
        double[] sql = new double[rounds];
        int total = 0;
        for (int i = 0; i < warm + rounds; i++) {
            // alternate the two so both see the same machine
            long t0 = System.nanoTime();
            Summary s = ctx.rating().summary(YEAR_CLOSED);
            long t1 = System.nanoTime();
            // the same counts per cell, level and reason not rated, as one SQL query
            int n = ctx.db().read(trx -> trx.dsl().select(EVALUATION.UNIT_ID_AT_RATING, EVALUATION.FINAL_LEVEL, EVALUATION.EXEMPT_REASON,
                    DSL.count()).from(EVALUATION).where(EVALUATION.WORK_YEAR.eq(YEAR_CLOSED)).and(EVALUATION.SUBJECT_TYPE.eq("MEMBER"))
                    .groupBy(EVALUATION.UNIT_ID_AT_RATING, EVALUATION.FINAL_LEVEL, EVALUATION.EXEMPT_REASON).fetch().stream()
                    .mapToInt(r -> r.value4()).sum());
            long t2 = System.nanoTime();
            if (i >= warm) {
                service[i - warm] = (t1 - t0) / 1e6;
                sql[i - warm] = (t2 - t1) / 1e6;
            }
            total = s.commune().members();
            if (total != n) {
                throw new IllegalStateException("summary counts " + total + " members, the query " + n);
            }
        }
        Stats a = Stats.of(service);
        Stats b = Stats.of(sql);
        report.append(String.format(Locale.ROOT, "- %,d members: commune summary %d (RatingService.summary, closed year) "
                + "median/min/p95 ms %s; one SQL aggregate %s; ratio of medians %.2f (%d rounds, %d members counted)%n",
                members, YEAR_CLOSED, a.fmt(), b.fmt(), a.median() / b.median(), rounds, total));
    }

    private static void counter(AppContext ctx, int members, StringBuilder report) throws Exception {
        long r0 = System.nanoTime();
        Roster r = ctx.rating().roster(YEAR_OPEN);
        long r1 = System.nanoTime();
        QuotaTally tally = QuotaTally.of(r);
        long r2 = System.nanoTime();
        List<RosterMember> rated = r.members().stream().filter(RosterMember::rated).toList();
        Level[] cycle = {Level.GOOD, Level.EXCELLENT, Level.COMPLETED, Level.GOOD};
        Optional<Level>[] current = newLevels(rated.size());
        double[] ms = new double[CHANGES];
        int over = 0;
        for (int i = 0; i < CHANGES; i++) {
            int k = i % rated.size();
            RosterMember m = rated.get(k);
            Optional<Level> before = current[k];
            Optional<Level> after = Optional.of(cycle[i % cycle.length]);
            long t0 = System.nanoTime();
            QuotaStatus preview = tally.preview(Subject.Kind.MEMBER, m.groupId(), before, after);
            tally.change(Subject.Kind.MEMBER, m.groupId(), before, after);
            String text = RatingText.counter(tally.status(Subject.Kind.MEMBER, m.groupId()));
            long t1 = System.nanoTime();
            current[k] = after;
            ms[i] = (t1 - t0) / 1e6;
            over += preview.over() ? 1 : 0;
            if (text.isEmpty()) {
                throw new IllegalStateException("no counter text");
            }
        }
        Stats s = Stats.of(ms);
        double max = Arrays.stream(ms).max().orElse(0);
        report.append(String.format(Locale.ROOT, "- %,d members: roster %d read in %.0f ms, counter built in %.1f ms; one change "
                + "(check, apply, counter text) median/min/p95 ms %s, max %.3f ms over %,d changes (%d over the quota)%n",
                members, YEAR_OPEN, (r1 - r0) / 1e6, (r2 - r1) / 1e6, s.fmt(), max, CHANGES, over));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Level>[] newLevels(int n) {
        Optional<Level>[] out = new Optional[n];
        Arrays.fill(out, Optional.empty());
        return out;
    }
}
