package vn.dangvu.db;

import static vn.dangvu.db.jooq.Tables.AUDIT_LOG;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import vn.dangvu.AppContext;
import vn.dangvu.TestMembers;
import vn.dangvu.cli.Cli;
import vn.dangvu.common.AppException;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.party.Gender;

/// A second JVM for the reliability tests. Writes one line per event on stdout; the parent kills it or talks to it.
///   write <base> <firstSeq> <unitId>  confirmed saves through the real services, "SAVED <id> <seq>" after each returns
///   lanes <dir> <count> <seed>         count databases (dir/lane-N/kill, set up by the parent, lane.properties) written
///                                      at once, one thread each, every kind of write ([KillOps], chosen by the seed);
///                                      "READY <lane>" once open, "SAVED <lane> <seq>" after each write returns
///   hold <base>                        opens the database, prints "READY", closes when stdin ends, prints "CLOSED"
///   try <base>                         tries to open; prints "OPENED" or "ERROR <key>"
///   jdbc-hold <base>                   holds the file with a plain H2 connection (no app lock), like "hold"
///   raw <base> <writeDelay|default>    autocommit inserts into a plain table, "SAVED <n> <n>" after each
///   hold-as <base> <WINDOW|COMMAND> <command...>  like "hold", describing itself in the app lock as that holder
///   cli <args...>                      the command line as `dangvu <args...>` (its log under -Ddangvu.home), exits
public final class DbChild {

    static final String AUDIT_ACTION = "KILL_TEST";
    static final int AUDIT_ROWS = 3;
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
            "Võ", "Đặng", "Bùi", "Đỗ");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh");
    private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hương", "Hường", "Lan", "Mai",
            "Phúc", "Quân", "Sơn", "Tuấn", "Yến", "Ánh", "Tuyết");

    private DbChild() {
    }

    /// The name of the member saved as number seq (the parent recomputes it to check the saved data).
    static String nameFor(int seq) {
        return FAMILY.get(seq % FAMILY.size()) + " " + MIDDLE.get(seq / FAMILY.size() % MIDDLE.size()) + " "
                + GIVEN.get(seq / 7 % GIVEN.size()) + " " + GIVEN.get(seq % GIVEN.size());
    }

    /// Odd saves write a member through the member form's service method and AUDIT_ROWS audit rows in one
    /// Database.save; even saves are the member form's save alone (member, its events, its audit row).
    static boolean withAudit(int seq) {
        return seq % 2 == 1;
    }

    static MemberDetails member(int seq, long unitId) {
        LocalDate birth = LocalDate.of(1950 + seq % 50, 1 + seq % 12, 1 + seq % 28);
        return TestMembers.with(TestMembers.form(nameFor(seq), seq % 3 == 0 ? Gender.MALE : Gender.FEMALE, birth, unitId,
                birth.plusYears(25), null, birth.plusYears(26)), "KT-" + seq, null, null, withAudit(seq) ? "audit" : null);
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("cli")) {
            System.exit(Cli.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path base = Path.of(args[1]);
        switch (args[0]) {
            case "write" -> write(out, base, Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "lanes" -> lanes(out, base, Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "hold" -> {
                try (Database db = Database.open(base)) {
                    out.println("READY " + db.file());
                    waitForStdinEnd();
                }
                out.println("CLOSED");
            }
            case "hold-as" -> {
                AppLock.identifyAs(AppLock.Holder.valueOf(args[2]), String.join(" ", Arrays.copyOfRange(args, 3, args.length)));
                try (Database db = Database.open(base)) {
                    out.println("READY " + db.file());
                    waitForStdinEnd();
                }
                out.println("CLOSED");
            }
            case "try" -> {
                try (Database db = Database.open(base)) {
                    out.println("OPENED " + db.file());
                } catch (AppException e) {
                    out.println("ERROR " + e.key());
                }
            }
            case "jdbc-hold" -> {
                try (Connection c = DriverManager.getConnection(Database.url(base, true), Database.USER, Database.PASSWORD)) {
                    out.println("READY " + c.getMetaData().getURL());
                    waitForStdinEnd();
                }
                out.println("CLOSED");
            }
            case "raw" -> raw(out, base, args[2]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /// The lane's fixed ids and its next write number, as the parent wrote them.
    static Properties laneProperties(Path laneDir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(laneDir.resolve("lane.properties"))) {
            p.load(r);
        }
        return p;
    }

    static KillOps.Lane lane(Properties p) {
        return new KillOps.Lane(Long.parseLong(p.getProperty("cellA")), Long.parseLong(p.getProperty("cellB")),
                Long.parseLong(p.getProperty("eventMember")), Long.parseLong(p.getProperty("editMember")));
    }

    private static void lanes(PrintStream out, Path dir, int count, long seed) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int lane = i;
            threads.add(Thread.ofPlatform().name("lane-" + lane).start(() -> {
                try {
                    Path laneDir = dir.resolve("lane-" + lane);
                    Properties p = laneProperties(laneDir);
                    KillOps.Lane l = lane(p);
                    KillOps.Writer w = new KillOps.Writer(new AppContext(Database.open(laneDir.resolve("kill"))), l, laneDir, lane, out);
                    out.println("READY " + lane);
                    for (int seq = Integer.parseInt(p.getProperty("nextSeq")); ; seq++) {
                        KillOps.of(seed, lane, seq).run(w, seq);
                        out.println("SAVED " + lane + " " + seq);
                    }
                } catch (Exception e) {
                    out.println("FAILED " + lane + " " + e);
                    e.printStackTrace();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /// The member form's save of m and AUDIT_ROWS more audit rows, in one transaction; returns the member's id.
    static long saveWithAuditRows(AppContext ctx, MemberDetails m, int seq) throws AppException {
        return ctx.db().change(trx -> {
            long memberId = ctx.members().save(m);
            for (int i = 0; i < AUDIT_ROWS; i++) {
                trx.dsl().insertInto(AUDIT_LOG)
                        .set(AUDIT_LOG.ACTOR, "kill-test")
                        .set(AUDIT_LOG.ACTION_CODE, AUDIT_ACTION)
                        .set(AUDIT_LOG.ENTITY_TYPE, "MEMBER")
                        .set(AUDIT_LOG.ENTITY_ID, memberId)
                        .set(AUDIT_LOG.SUMMARY, "seq " + seq + " part " + i)
                        .execute();
            }
            return memberId;
        });
    }

    private static void write(PrintStream out, Path base, int firstSeq, long unitId) throws AppException {
        AppContext ctx = new AppContext(Database.open(base));
        out.println("READY");
        for (int seq = firstSeq; ; seq++) {
            MemberDetails m = member(seq, unitId);
            long id;
            if (withAudit(seq)) {
                id = saveWithAuditRows(ctx, m, seq);
            } else {
                id = ctx.members().save(m);
            }
            out.println("SAVED " + id + " " + seq);
        }
    }

    private static void raw(PrintStream out, Path base, String writeDelay) throws Exception {
        String url = "jdbc:h2:file:" + base + ("default".equals(writeDelay) ? "" : ";WRITE_DELAY=" + writeDelay);
        try (Connection c = DriverManager.getConnection(url, "raw", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY, v VARCHAR(100))");
            out.println("READY");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int i = 1; ; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "row " + i);
                    ps.executeUpdate();
                    out.println("SAVED " + i + " " + i);
                }
            }
        }
    }

    private static void waitForStdinEnd() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            // the parent closes stdin to let go
        }
    }
}
