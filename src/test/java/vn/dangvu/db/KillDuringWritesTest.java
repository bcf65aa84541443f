package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// shared/reliability.md §7.3 #1: a child JVM makes confirmed saves through the real services and is killed with
/// SIGKILL (destroyForcibly) at a random moment; every save it acknowledged must be there, whole, after reopening.
class KillDuringWritesTest {

    /// Cycles (kills × lanes) and lanes (databases one child writes at once): DANGVU_KILL_CYCLES (default 200),
    /// DANGVU_KILL_LANES (default 25); -Dkill.seed=N replays a printed run (the kind of every write, the kill points).
    /// DANGVU_KILL_ROUNDS=N (the earlier knob) still works: N child starts of DANGVU_KILL_LANES lanes each.
    private static final int LANES = Integer.parseInt(System.getenv().getOrDefault("DANGVU_KILL_LANES", "25"));
    private static final int CYCLES = System.getenv("DANGVU_KILL_ROUNDS") != null
            ? Integer.parseInt(System.getenv("DANGVU_KILL_ROUNDS")) * LANES
            : Integer.parseInt(System.getenv().getOrDefault("DANGVU_KILL_CYCLES", "200"));
    private static final long LINE_TIMEOUT_MS = 30_000;

    @TempDir
    Path dir;

    record Ack(long id, int seq) {
    }

    private static Ack parse(String line) {
        String[] p = line.split(" ");
        return new Ack(Long.parseLong(p[1]), Integer.parseInt(p[2]));
    }

    @Test
    void killsDuringEveryKindOfWriteLoseNothingAndLeaveNoHalfWrite() throws Exception {
        long seed = Long.getLong("kill.seed", new Random().nextLong());
        KillLoop.Result r = KillLoop.run(dir, CYCLES, LANES, seed);
        assertTrue(r.cycles() >= CYCLES);
        assertEquals(0, r.losses());
        for (KillOps k : KillOps.values()) {
            assertTrue(r.saves().getOrDefault(k, 0) > 0, k + " never acknowledged: " + r.saves());
        }
    }

    /// Negative control (reliability.md §1.3): the same kill with H2's default WRITE_DELAY (500 ms) loses
    /// acknowledged autocommits, and with WRITE_DELAY=0 it does not. Shows the check above can fail.
    @Test
    void defaultWriteDelayLosesAcknowledgedCommitsWhereZeroDoesNot() throws Exception {
        int lostWithDefault = 0;
        for (int round = 0; round < 2 && lostWithDefault == 0; round++) {
            lostWithDefault += killRaw(dir.resolve("default" + round), "default");
        }
        assertTrue(lostWithDefault > 0, "default WRITE_DELAY was expected to lose acknowledged commits on kill -9");
        assertEquals(0, killRaw(dir.resolve("zero"), "0"));
        System.out.printf("negative control: default WRITE_DELAY lost %d acknowledged commits%n", lostWithDefault);
    }

    /// Kills a raw writer after a few hundred acknowledged commits; returns how many of them are missing.
    private int killRaw(Path base, String writeDelay) throws Exception {
        int maxAcked = 0;
        try (ChildProcess child = new ChildProcess(dir.resolve("logs"), "raw", base.toString(), writeDelay)) {
            child.await("READY", LINE_TIMEOUT_MS);
            while (maxAcked < 300) {
                maxAcked = parse(child.await("SAVED", LINE_TIMEOUT_MS)).seq();
            }
            child.process().destroyForcibly();
            child.process().waitFor();
            for (String line : child.drain()) {
                if (line.startsWith("SAVED")) {
                    maxAcked = Math.max(maxAcked, parse(line).seq());
                }
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "raw", "");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'T'")) {
                assertTrue(rs.next());
                if (rs.getInt(1) == 0) {
                    return maxAcked; // even the CREATE TABLE was lost
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t WHERE id <= " + maxAcked)) {
                assertTrue(rs.next());
                int lost = maxAcked - rs.getInt(1);
                assertFalse(lost < 0);
                return lost;
            }
        }
    }
}
