package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.cli.Cli;
import vn.dangvu.common.AppException;
import vn.dangvu.settings.OrganizationSettings;

/// Issue 7: `init` killed part-way left a file that could never be opened ("Table APP_META already exists") and
/// refused to run again; `demo` killed part-way left a damaged file or members without history. A new database is
/// now built in `<name>.building/` and moved to its name only when complete. Each case runs the real command in a
/// child JVM, kills it with SIGKILL at a seeded moment after its build began (spread over the build, and once just
/// after the rename), and checks: the real name is absent and the command runs again, or it is
/// a complete database (every table holds what an uninterrupted run writes). Replay a failure with
/// -Dlifecycle.seed=S (the seed is printed and named in every assertion).
class NewDatabaseKillTest {

    private static final long SEED = Long.getLong("lifecycle.seed", System.nanoTime());
    private static final int INIT_KILLS = 3;
    private static final int DEMO_KILLS = 3;
    private static final int DEMO_MEMBERS = 120;

    @TempDir
    Path dir;

    @Test
    void initKilledAnywhereLeavesNothingOrAWholeDatabaseAndRunsAgain() throws Exception {
        System.out.println("NewDatabaseKillTest init seed=" + SEED);
        SplittableRandom random = new SplittableRandom(SEED);
        String[] init = {"init", "--commune", "Phú Sơn", "--province", "Khánh Hòa"};
        for (int i = 0; i < INIT_KILLS; i++) {
            Path base = dir.resolve("init-" + i);
            long delay = killDuring(base, 1500, i, INIT_KILLS, random, init);
            String where = "seed=" + SEED + " kill " + i + " at " + delay + " ms";
            System.out.println(where + ": " + (Files.exists(Database.dataFile(base)) ? "complete" : "absent"));
            if (Files.exists(Database.dataFile(base))) {
                assertSettings(base, where);
                assertEquals(Cli.BAD_INPUT, run(base, init), where + ": a second init must refuse the existing file");
            } else {
                assertEquals(Cli.OK, run(base, init), where + ": init must run again after the kill");
                assertSettings(base, where);
            }
            assertFalse(Files.exists(building(base)), where + ": a rerun or an open clears what a killed build left");
        }
    }

    @Test
    void demoKilledAnywhereLeavesNothingOrTheWholeCommune() throws Exception {
        System.out.println("NewDatabaseKillTest demo seed=" + SEED);
        SplittableRandom random = new SplittableRandom(SEED ^ 0x5DEECE66DL);
        String[] demo = {"demo", "--members", String.valueOf(DEMO_MEMBERS), "--seed", "7"};
        Path reference = dir.resolve("reference");
        assertEquals(Cli.OK, run(reference, demo));
        Map<String, Integer> whole = counts(reference);
        assertEquals(DEMO_MEMBERS, whole.get("PARTY_MEMBER"));
        for (int i = 0; i < DEMO_KILLS; i++) {
            Path base = dir.resolve("demo-" + i);
            long delay = killDuring(base, 2500, i, DEMO_KILLS, random, demo);
            String where = "seed=" + SEED + " kill " + i + " at " + delay + " ms";
            System.out.println(where + ": " + (Files.exists(Database.dataFile(base)) ? "complete" : "absent"));
            if (!Files.exists(Database.dataFile(base))) {
                assertEquals(Cli.OK, run(base, demo), where + ": demo must run again after the kill");
                assertFalse(Files.exists(building(base)), where + ": the interrupted build is cleared");
            }
            assertEquals(whole, counts(base), where);
            assertFalse(Files.exists(building(base)), where + ": opening clears what a killed build left");
        }
    }

    /// Starts `dangvu --db base <args>` in a child JVM, waits until its build folder appears, waits a seeded delay
    /// in the i-th of `kills - 1` slices of `spanMs`, and kills it (SIGKILL). The last kill waits for the file under
    /// its real name instead and comes a seeded 0–100 ms after it (sealing, clearing the build, reopening), so every
    /// run also kills a command whose database has just been named. Returns the delay.
    private long killDuring(Path base, long spanMs, int i, int kills, SplittableRandom random, String... args) throws Exception {
        boolean afterRename = i == kills - 1;
        long slice = spanMs / (kills - 1);
        long delay = afterRename ? random.nextLong(100) : i * slice + random.nextLong(slice);
        Path awaited = afterRename ? Database.dataFile(base) : building(base);
        String[] cmd = new String[args.length + 3];
        cmd[0] = "cli";
        cmd[1] = "--db";
        cmd[2] = base.toString();
        System.arraycopy(args, 0, cmd, 3, args.length);
        try (ChildProcess child = new ChildProcess(dir.resolve("logs"), cmd)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(awaited) && child.process().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(delay);
            child.process().destroyForcibly();
            assertTrue(child.process().waitFor(10, TimeUnit.SECONDS));
        }
        return delay;
    }

    private static Path building(Path base) {
        return base.resolveSibling(base.getFileName() + ".building");
    }

    private static int run(Path base, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = base.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all, new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
    }

    private static void assertSettings(Path base, String where) throws AppException {
        try (AppContext ctx = new AppContext(Database.open(base))) {
            OrganizationSettings s = ctx.settings().load().orElseThrow(() -> new AssertionError(where + ": no settings"));
            assertEquals("Xã Phú Sơn", s.communeName(), where);
            assertEquals(1, ctx.units().all().size(), where);
        }
    }

    /// Rows per table (app_meta and Flyway's history included: a half-migrated file differs there too).
    private static Map<String, Integer> counts(Path base) throws AppException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Database db = Database.open(base)) {
            List<String> tables = db.dsl().fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME").map(r -> r.get(0, String.class));
            for (String t : tables) {
                Record r = db.dsl().fetchOne("SELECT COUNT(*) FROM \"" + t + "\"");
                out.put(t, r.get(0, Integer.class));
            }
        }
        return out;
    }
}
