package vn.dangvu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import vn.dangvu.db.KillLoop;

/// The kill loop of KillDuringWritesTest at benchmark size (1,000 cycles by default): every kind of write, killed
/// at points chosen by the seed, each lane reopened and checked. A loss fails the run (AssertionError naming the seed).
final class KillBench {

    private KillBench() {
    }

    static void run(Path dir, int cycles, int lanes, long seed, StringBuilder report) throws Exception {
        Path work = Files.createTempDirectory(dir, "kill");
        KillLoop.Result r = KillLoop.run(work, cycles, lanes, seed);
        report.append(String.format(Locale.ROOT, "| seed | cycles | kills × lanes | acknowledged writes | lost | in flight found whole "
                + "| time |%n|---|---|---|---|---|---|---|%n| %d | %d | %d × %d | %d %s | %d | %d of %d | %.0f s |%n",
                r.seed(), r.cycles(), r.kills(), r.lanes(), r.totalSaves(), r.saves(), r.losses(), r.inFlightFoundWhole(),
                r.cycles(), r.time().toMillis() / 1000.0));
    }
}
