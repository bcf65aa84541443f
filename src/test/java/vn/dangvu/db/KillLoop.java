package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.db.jooq.Tables.AUDIT_LOG;
import static vn.dangvu.db.jooq.Tables.EVALUATION;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;
import static vn.dangvu.db.jooq.Tables.WORKING_YEAR;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Record;

import vn.dangvu.AppContext;
import vn.dangvu.TestMembers;
import vn.dangvu.backup.Backup;
import vn.dangvu.backup.BackupManifest;
import vn.dangvu.backup.BackupTrigger;
import vn.dangvu.common.AppException;
import vn.dangvu.common.PersonName;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.MemberNames;
import vn.dangvu.party.CellType;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.NewUnit;
import vn.dangvu.years.YearState;

/// shared/reliability.md §7.3 #1 for every kind of write ([KillOps]): one child JVM ([DbChild] `lanes`) writes `lanes`
/// databases at once, one thread each, and is killed (SIGKILL; every third start SIGTERM, which runs H2's shutdown
/// hook while the writers go on; every fifth start while the lanes are still opening); each lane's database is then
/// reopened through Database.open and checked: every acknowledged write is there and whole, nothing beyond the one
/// write in flight, no write half done (its rows and its audit rows all or none), SCRIPT reads every page. One kill
/// with its reopen and check is one cycle per lane, so a child start gives `lanes` cycles.
public final class KillLoop {

    private static final long LINE_TIMEOUT_MS = 120_000;
    private static final Pattern EDIT_TAG = Pattern.compile("-> KE-(\\d+)");
    private static final Pattern EVENT_TAG = Pattern.compile("decision KV-(\\d+)");
    private static final Pattern IMPORT_TAG = Pattern.compile("ki-(\\d+)\\.xlsx");

    /// What a run did: cycles (kills × lanes), acknowledged writes by kind, writes in flight at a kill found whole
    /// afterwards, acknowledged writes lost (always 0: a loss fails the run), and the time taken.
    public record Result(long seed, int cycles, int kills, int lanes, Map<KillOps, Integer> saves,
                         Map<KillOps, Integer> inFlightKilled, int inFlightFoundWhole, int losses, Duration time) {

        public int totalSaves() {
            return saves.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /// One lane's history: what was acknowledged (and found whole though in flight), by kind; ratings refused in a
    /// closed year are not in `committed`. A restore puts back the model of the backup restored ([#snapshots]).
    private static final class LaneState {
        private Map<KillOps, Set<Integer>> committed = new EnumMap<>(KillOps.class);
        private int yearTransitions;
        private int nextSeq;
        private int restores;
        /// The backup made (BACKUP) or restored (RESTORE) by write seq, as the child announced it.
        private final Map<Integer, String> announced = new HashMap<>();
        /// The model of the data each manual backup of the lane holds, by stem.
        private final Map<String, LaneState> snapshots = new HashMap<>();
        /// Backups already opened and compared with their manifests (stem and digest).
        private final Set<String> checkedBackups = new HashSet<>();

        LaneState() {
            for (KillOps k : KillOps.values()) {
                committed.put(k, new HashSet<>());
            }
        }

        /// A copy of the model of the data (committed writes and the year's transitions).
        LaneState model() {
            LaneState m = new LaneState();
            committed.forEach((k, v) -> m.committed.put(k, new HashSet<>(v)));
            m.yearTransitions = yearTransitions;
            return m;
        }

        void adopt(LaneState m) {
            committed = m.model().committed;
            yearTransitions = m.yearTransitions;
        }
    }

    private KillLoop() {
    }

    /// Runs at least `cycles` cycles with `lanes` databases per child start in `dir`; throws AssertionError naming
    /// seed, kill and lane on the first loss or half-done write.
    public static Result run(Path dir, int cycles, int lanes, long seed) throws Exception {
        long start = System.nanoTime();
        int kills = (cycles + lanes - 1) / lanes;
        System.out.printf("kill loop: seed %d, %d kills x %d lanes (replay: -Dkill.seed=%d)%n", seed, kills, lanes, seed);
        Properties template = template(dir.resolve("template"));
        for (int i = 0; i < lanes; i++) {
            Path laneDir = dir.resolve("lane-" + i);
            Files.createDirectories(laneDir);
            try (Stream<Path> files = Files.list(dir.resolve("template"))) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("kill")).toList()) {
                    Files.copy(f, laneDir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            writeProperties(laneDir, template, 0);
        }
        Random random = new Random(seed);
        List<LaneState> states = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            states.add(new LaneState());
        }
        Map<KillOps, Integer> saves = new EnumMap<>(KillOps.class);
        Map<KillOps, Integer> inFlightKilled = new EnumMap<>(KillOps.class);
        int foundWhole = 0;
        int refusals = 0;
        long childNanos = 0;
        long verifyNanos = 0;
        for (int kill = 0; kill < kills; kill++) {
            long t0 = System.nanoTime();
            boolean sigterm = kill % 3 == 2;
            boolean duringOpen = kill % 5 == 4;
            // odd kills: after a number of writes across all lanes; even ones: once every lane has had a few, so the
            // slow kinds (an import) are acknowledged too
            boolean everyLane = kill % 2 == 0;
            int target = everyLane ? 1 + random.nextInt(2) : lanes / 2 + random.nextInt(lanes * 2);
            int pause = random.nextInt(40);
            Map<Integer, List<Integer>> acks = new HashMap<>();
            try (ChildProcess child = new ChildProcess(dir.resolve("logs"), "lanes", dir.toString(), String.valueOf(lanes),
                    String.valueOf(seed))) {
                int ready = 0;
                int saved = 0;
                while (duringOpen ? ready < 1 : (ready < lanes || (everyLane ? fewest(acks, lanes) < target : saved < target))) {
                    String line = child.next(LINE_TIMEOUT_MS);
                    if (line == null) {
                        throw new AssertionError("seed " + seed + ", kill " + kill + ": child ended; stderr: " + child.stderrText());
                    }
                    if (line.startsWith("READY")) {
                        ready++;
                    } else if (line.startsWith("SAVED")) {
                        saved++;
                        ack(acks, line);
                    } else if (line.startsWith("BACKUP") || line.startsWith("RESTORING")) {
                        announce(states, line);
                    } else if (line.startsWith("FAILED")) {
                        throw new AssertionError("seed " + seed + ", kill " + kill + ": " + line + "; stderr: " + child.stderrText());
                    }
                }
                Thread.sleep(pause);
                if (sigterm) {
                    child.process().destroy();
                } else {
                    child.process().destroyForcibly();
                }
                child.process().waitFor();
                for (String line : child.drain()) {
                    if (line.startsWith("SAVED")) {
                        ack(acks, line);
                    } else if (line.startsWith("BACKUP") || line.startsWith("RESTORING")) {
                        announce(states, line);
                    }
                }
            }
            long t1 = System.nanoTime();
            childNanos += t1 - t0;
            for (int lane = 0; lane < lanes; lane++) {
                LaneState s = states.get(lane);
                List<Integer> mine = acks.getOrDefault(lane, List.of());
                for (int seq : mine) {
                    KillOps k = KillOps.of(seed, lane, seq);
                    if (apply(s, k, seq)) {
                        refusals++;
                    }
                    saves.merge(k, 1, Integer::sum);
                }
                int inFlight = mine.stream().mapToInt(Integer::intValue).max().orElse(s.nextSeq - 1) + 1;
                KillOps inFlightKind = KillOps.of(seed, lane, inFlight);
                inFlightKilled.merge(inFlightKind, 1, Integer::sum);
                Path laneDir = dir.resolve("lane-" + lane);
                try {
                    if (verifyAfterKill(laneDir, template, s, inFlight, inFlightKind)) {
                        foundWhole++;
                    }
                } catch (AssertionError e) {
                    throw new AssertionError("seed " + seed + ", kill " + kill + ", lane " + lane + ", write " + inFlight
                            + " (" + inFlightKind + ") in flight: " + e.getMessage(), e);
                }
                s.nextSeq = inFlight + 1;
                writeProperties(laneDir, template, s.nextSeq);
            }
            verifyNanos += System.nanoTime() - t1;
        }
        System.out.printf("kill loop: %.1f s in the children (start, open, write, kill), %.1f s reopening and checking%n",
                childNanos / 1e9, verifyNanos / 1e9);
        Result r = new Result(seed, kills * lanes, kills, lanes, saves, inFlightKilled, foundWhole, 0,
                Duration.ofNanos(System.nanoTime() - start));
        System.out.printf("kill loop: %d cycles (%d kills x %d lanes), %d acknowledged writes %s (%d of the ratings refused in"
                + " the closed year; %d restores done, the other restores found no manual backup yet), 0 lost, in flight at a kill %s (%d found whole, the rest absent), %.1f s%n", r.cycles(), kills,
                lanes, r.totalSaves(), saves, refusals,
                states.stream().mapToInt(x -> x.restores).sum(), inFlightKilled, foundWhole, r.time().toMillis() / 1000.0);
        return r;
    }

    private static int fewest(Map<Integer, List<Integer>> acks, int lanes) {
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < lanes; i++) {
            min = Math.min(min, acks.getOrDefault(i, List.of()).size());
        }
        return min;
    }

    /// "BACKUP lane seq stem" (made, before its SAVED) or "RESTORING lane seq stem" (before the restore starts).
    private static void announce(List<LaneState> states, String line) {
        String[] p = line.split(" ", 4);
        states.get(Integer.parseInt(p[1])).announced.put(Integer.parseInt(p[2]), p[3]);
    }

    /// Applies acknowledged write seq of kind k to the lane's model; returns true when it was a refused rating.
    private static boolean apply(LaneState s, KillOps k, int seq) {
        switch (k) {
            case YEAR_STATE -> s.yearTransitions++;
            case RATING -> {
                if (KillOps.yearAfter(s.yearTransitions) == YearState.CLOSED) {
                    return true;
                }
            }
            case BACKUP -> {
                String stem = s.announced.get(seq);
                assertTrue(stem != null, "backup " + seq + " acknowledged without naming what it made");
                s.snapshots.put(stem, s.model());
            }
            case RESTORE -> {
                String stem = s.announced.get(seq);
                if (stem != null) {
                    LaneState from = s.snapshots.get(stem);
                    assertTrue(from != null, "restore " + seq + " of " + stem + ", a backup the lane never made");
                    s.adopt(from);
                    s.restores++;
                }
            }
            default -> {
                // the write is in the model as committed
            }
        }
        s.committed.get(k).add(seq);
        return false;
    }

    private static void ack(Map<Integer, List<Integer>> acks, String line) {
        String[] p = line.split(" ");
        acks.computeIfAbsent(Integer.parseInt(p[1]), k -> new ArrayList<>()).add(Integer.parseInt(p[2]));
    }

    /// The database every lane starts from: the commune set up, two cells, the event member (official, in cell A),
    /// the edit member, working year 2026 open.
    private static Properties template(Path dir) throws AppException {
        Properties p = new Properties();
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("kill")))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "Nguyễn Văn A", "", 2025, 2030));
            long root = ctx.units().root().orElseThrow().id();
            long a = ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL, Optional.of(CellType.HAMLET),
                    KillOps.CELL_A, Optional.empty(), Optional.empty()));
            long b = ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL, Optional.of(CellType.HAMLET),
                    KillOps.CELL_B, Optional.empty(), Optional.empty()));
            p.setProperty("cellA", Long.toString(a));
            p.setProperty("cellB", Long.toString(b));
            p.setProperty("eventMember", Long.toString(TestMembers.add(ctx, a, "Đinh Công Chuyển", MemberStatus.OFFICIAL)));
            p.setProperty("editMember", Long.toString(TestMembers.add(ctx, a, "Lý Thị Sửa", MemberStatus.OFFICIAL)));
            ctx.years().open(KillOps.YEAR, Optional.empty());
        }
        return p;
    }

    private static void writeProperties(Path laneDir, Properties template, int nextSeq) throws IOException {
        Properties p = new Properties();
        p.putAll(template);
        p.setProperty("nextSeq", Integer.toString(nextSeq));
        try (Writer w = Files.newBufferedWriter(laneDir.resolve("lane.properties"))) {
            p.store(w, null);
        }
    }

    /// The checks of one lane after a kill: its data against the model (a restore in flight: the state before it or
    /// the restored one, each whole), then its backups. Returns whether the write in flight is found done.
    private static boolean verifyAfterKill(Path laneDir, Properties template, LaneState s, int inFlight, KillOps inFlightKind)
            throws Exception {
        LaneState before = s.model();
        boolean found;
        Optional<String> restored = Optional.empty();
        try {
            found = verifyLane(laneDir, template, before, inFlight, inFlightKind);
            s.adopt(before);
        } catch (AssertionError e) {
            String stem = inFlightKind == KillOps.RESTORE ? s.announced.get(inFlight) : null;
            if (stem == null) {
                throw e;
            }
            LaneState after = s.snapshots.get(stem).model();
            try {
                verifyLane(laneDir, template, after, inFlight, inFlightKind);
            } catch (AssertionError e2) {
                throw new AssertionError("neither the state before restore " + inFlight + " (" + e.getMessage()
                        + ") nor the state of " + stem + " (" + e2.getMessage() + ")", e);
            }
            s.adopt(after);
            s.committed.get(KillOps.RESTORE).add(inFlight);
            s.restores++;
            found = true;
            restored = Optional.of(stem);
        }
        verifyBackups(laneDir, s, inFlight, inFlightKind, restored);
        return found;
    }

    /// Every backup the lane's folder lists as verified opens and matches its manifest (file digest, every table's rows
    /// and digest); a backup cut short is not listed as verified. Every verified manual backup is one the model knows
    /// (or the backup in flight, which then holds the data as they are now). A restore found done has its pre-restore
    /// backup, newer than the backup it restored.
    private static void verifyBackups(Path laneDir, LaneState s, int inFlight, KillOps inFlightKind, Optional<String> restored)
            throws Exception {
        List<Backup> all;
        try (AppContext ctx = new AppContext(Database.open(laneDir.resolve("kill")))) {
            all = ctx.backups().list();
        }
        int unknown = 0;
        for (Backup b : all) {
            if (!b.verified()) {
                continue;
            }
            assertTrue(!b.bare(), b.stem() + " listed as verified without its manifest");
            BackupManifest m = b.manifest();
            if (s.checkedBackups.add(b.stem() + " " + m.binary().sha256())) {
                assertEquals(m.binary().sha256(), sha256(b.binaryFile()), "digest of backup " + b.stem());
                Contents c = Copies.read(b.binaryFile(), Optional.empty(), dsl -> null).contents();
                Map<String, BackupManifest.TableEntry> tables = new TreeMap<>();
                c.tables().forEach((k, v) -> tables.put(k, new BackupManifest.TableEntry(v.rows(), v.digest())));
                assertEquals(new TreeMap<>(m.tables()), tables, "tables of backup " + b.stem() + " vs its manifest");
            }
            if (b.trigger() == BackupTrigger.MANUAL && !s.snapshots.containsKey(b.stem())) {
                unknown++;
                assertTrue(inFlightKind == KillOps.BACKUP && unknown == 1, "manual backup " + b.stem() + " never acknowledged nor in flight");
                s.snapshots.put(b.stem(), s.model());
                s.committed.get(KillOps.BACKUP).add(inFlight);
            }
        }
        if (restored.isPresent()) {
            long from = all.stream().filter(b -> b.stem().equals(restored.get())).mapToLong(b -> b.manifest().sequence()).max()
                    .orElse(Long.MIN_VALUE);
            assertTrue(all.stream().anyMatch(b -> b.verified() && b.trigger() == BackupTrigger.RESTORE && b.manifest().sequence() > from),
                    "restore " + inFlight + " of " + restored.get() + " done without its pre-restore backup");
        }
    }

    private static String sha256(Path f) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(Files.readAllBytes(f)));
    }

    /// Reopens the lane's database through Database.open and checks every kind of write. Returns whether the write
    /// in flight at the kill is in the file (whole); it then counts as committed from now on.
    private static boolean verifyLane(Path laneDir, Properties template, LaneState s, int inFlight, KillOps inFlightKind)
            throws Exception {
        KillOps.Lane lane = DbChild.lane(template);
        Map<KillOps, Set<Integer>> present = new EnumMap<>(KillOps.class);
        int years;
        Rating ratings;
        try (Database db = Database.open(laneDir.resolve("kill"))) {
            DSLContext t = db.dsl();
            present.put(KillOps.FORM_SAVE, formSaves(t));
            present.put(KillOps.IMPORT, imports(t));
            present.put(KillOps.FORM_EDIT, edits(t, lane));
            present.put(KillOps.EVENT, events(t, lane));
            present.put(KillOps.UNIT, units(t));
            years = yearTransitions(t);
            ratings = ratings(t, lane);
            Path script = Files.createTempFile(laneDir, "script", ".sql");
            t.connection(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("SCRIPT TO '" + script.toString().replace("'", "''") + "'");
                }
            });
            assertTrue(Files.size(script) > 0);
            Files.delete(script);
        }
        boolean found = false;
        for (KillOps k : KillOps.values()) {
            if (k == KillOps.YEAR_STATE) {
                int extra = years - s.yearTransitions;
                assertTrue(extra == 0 || (extra == 1 && inFlightKind == k), "year transitions: " + years + " in the file, "
                        + s.yearTransitions + " acknowledged");
                if (extra == 1) {
                    s.yearTransitions++;
                    s.committed.get(k).add(inFlight);
                    found = true;
                }
                continue;
            }
            if (k == KillOps.RATING) {
                found |= checkRatings(s, ratings, inFlight, inFlightKind);
                continue;
            }
            if (k == KillOps.BACKUP || k == KillOps.RESTORE) {
                continue; // no rows of their own: checked by the state of the data and by verifyBackups
            }
            Set<Integer> p = present.get(k);
            Set<Integer> lost = new HashSet<>(s.committed.get(k));
            lost.removeAll(p);
            assertTrue(lost.isEmpty(), k + ": acknowledged writes lost: " + lost);
            Set<Integer> extra = new HashSet<>(p);
            extra.removeAll(s.committed.get(k));
            assertTrue(extra.isEmpty() || (extra.equals(Set.of(inFlight)) && inFlightKind == k),
                    k + ": writes in the file that were never acknowledged nor in flight: " + extra);
            if (!extra.isEmpty()) {
                s.committed.get(k).add(inFlight);
                found = true;
            }
        }
        return found;
    }

    /// Members saved by the form (cards "KT-seq"), each whole: its data, its MEMBER_CREATE audit row and, for odd
    /// numbers, the extra audit rows of the same transaction.
    private static Set<Integer> formSaves(DSLContext t) {
        Set<Integer> seqs = new HashSet<>();
        Map<Long, Integer> extraAudits = new HashMap<>();
        for (var r : t.select(AUDIT_LOG.ENTITY_ID).from(AUDIT_LOG).where(AUDIT_LOG.ACTION_CODE.eq(DbChild.AUDIT_ACTION)).fetch()) {
            extraAudits.merge(r.value1(), 1, Integer::sum);
        }
        Set<Long> created = new HashSet<>(t.select(AUDIT_LOG.ENTITY_ID).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION_CODE.eq("MEMBER_CREATE")).fetch(AUDIT_LOG.ENTITY_ID));
        Set<Long> formIds = new HashSet<>();
        for (Record r : t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.CARD_NUMBER,
                PARTY_MEMBER.HOME_TOWN, PARTY_MEMBER.BIRTH_DATE).from(PARTY_MEMBER).where(PARTY_MEMBER.CARD_NUMBER.like("KT-%")).fetch()) {
            int seq = Integer.parseInt(r.get(PARTY_MEMBER.CARD_NUMBER).substring(3));
            long id = r.get(PARTY_MEMBER.ID);
            formIds.add(id);
            MemberDetails expected = DbChild.member(seq, 0);
            MemberNames n = MemberNames.of(PersonName.parse(DbChild.nameFor(seq)));
            assertEquals(n.fullName(), r.get(PARTY_MEMBER.FULL_NAME), "name of form save " + seq);
            assertEquals(n.sortKey(), r.get(PARTY_MEMBER.SORT_KEY));
            assertEquals(expected.birthDate(), r.get(PARTY_MEMBER.BIRTH_DATE));
            assertEquals(expected.homeTown(), r.get(PARTY_MEMBER.HOME_TOWN));
            assertEquals(DbChild.withAudit(seq) ? DbChild.AUDIT_ROWS : 0, extraAudits.getOrDefault(id, 0).intValue(),
                    "extra audit rows of form save " + seq);
            assertTrue(created.contains(id), "form save " + seq + " without its MEMBER_CREATE audit row");
            assertTrue(seqs.add(seq), "form save " + seq + " twice");
        }
        assertTrue(formIds.containsAll(extraAudits.keySet()), "extra audit rows without their member");
        return seqs;
    }

    /// Imported lists (cards "KI-seq-1/2"): both members or none, and the import's audit row with them.
    private static Set<Integer> imports(DSLContext t) {
        Map<Integer, Integer> members = new HashMap<>();
        for (Record r : t.select(PARTY_MEMBER.CARD_NUMBER, PARTY_MEMBER.FULL_NAME).from(PARTY_MEMBER)
                .where(PARTY_MEMBER.CARD_NUMBER.like("KI-%")).fetch()) {
            String[] p = r.get(PARTY_MEMBER.CARD_NUMBER).split("-");
            int seq = Integer.parseInt(p[1]);
            assertEquals(MemberNames.of(PersonName.parse(KillOps.importedName(seq, Integer.parseInt(p[2])))).fullName(),
                    r.get(PARTY_MEMBER.FULL_NAME));
            members.merge(seq, 1, Integer::sum);
        }
        members.forEach((seq, n) -> assertEquals(2, n.intValue(), "members of import " + seq));
        Set<Integer> audited = tags(t.select(AUDIT_LOG.SUMMARY).from(AUDIT_LOG).where(AUDIT_LOG.ACTION_CODE.eq("MEMBER_IMPORT"))
                .fetch(AUDIT_LOG.SUMMARY), IMPORT_TAG);
        assertEquals(members.keySet(), audited, "imports in the file vs their audit rows");
        return audited;
    }

    /// Edits of the edit member: its home town is the newest edit's, and each edit has its audit row.
    private static Set<Integer> edits(DSLContext t, KillOps.Lane lane) {
        Set<Integer> audited = tags(t.select(AUDIT_LOG.SUMMARY).from(AUDIT_LOG).where(AUDIT_LOG.ACTION_CODE.eq("MEMBER_EDIT")
                .and(AUDIT_LOG.ENTITY_ID.eq(lane.editMember()))).fetch(AUDIT_LOG.SUMMARY), EDIT_TAG);
        String town = t.select(PARTY_MEMBER.HOME_TOWN).from(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(lane.editMember()))
                .fetchOne(PARTY_MEMBER.HOME_TOWN);
        String expected = audited.stream().max(Integer::compare).map(s -> "KE-" + s).orElse(null);
        assertEquals(expected, town, "home town of the edit member vs its newest audited edit");
        return audited;
    }

    /// Moves of the event member: each event row with its audit row, and the member in the cell the last one names.
    private static Set<Integer> events(DSLContext t, KillOps.Lane lane) {
        Set<Integer> rows = new HashSet<>();
        for (String no : t.select(MEMBERSHIP_EVENT.DECISION_NO).from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.MEMBER_ID.eq(lane.eventMember()).and(MEMBERSHIP_EVENT.DECISION_NO.like("KV-%")))
                .fetch(MEMBERSHIP_EVENT.DECISION_NO)) {
            assertTrue(rows.add(Integer.parseInt(no.substring(3))), "event " + no + " twice");
        }
        Set<Integer> audited = tags(t.select(AUDIT_LOG.SUMMARY).from(AUDIT_LOG).where(AUDIT_LOG.ACTION_CODE.eq("MEMBER_EVENT")
                .and(AUDIT_LOG.ENTITY_ID.eq(lane.eventMember()))).fetch(AUDIT_LOG.SUMMARY), EVENT_TAG);
        assertEquals(rows, audited, "events of the event member vs their audit rows");
        long unit = t.select(PARTY_MEMBER.UNIT_ID).from(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(lane.eventMember()))
                .fetchOne(PARTY_MEMBER.UNIT_ID);
        assertEquals(rows.size() % 2 == 1 ? lane.cellB() : lane.cellA(), unit, "cell of the event member after "
                + rows.size() + " moves");
        return rows;
    }

    /// New cells "Chi bộ thử KU-seq", each with its UNIT_CREATE audit row (and no audit row without its cell).
    private static Set<Integer> units(DSLContext t) {
        Map<Long, Integer> byId = new HashMap<>();
        for (Record r : t.select(PARTY_UNIT.ID, PARTY_UNIT.NAME).from(PARTY_UNIT).where(PARTY_UNIT.NAME.like("Chi bộ thử KU-%")).fetch()) {
            byId.put(r.get(PARTY_UNIT.ID), Integer.parseInt(r.get(PARTY_UNIT.NAME).substring(KillOps.unitName(0).length() - 1)));
        }
        Set<Long> audited = new HashSet<>(t.select(AUDIT_LOG.ENTITY_ID).from(AUDIT_LOG).where(AUDIT_LOG.ACTION_CODE.eq("UNIT_CREATE")
                .and(AUDIT_LOG.SUMMARY.like("%KU-%"))).fetch(AUDIT_LOG.ENTITY_ID));
        assertEquals(byId.keySet(), audited, "new cells vs their audit rows");
        return new HashSet<>(byId.values());
    }

    /// Transitions of year 2026 in the trail; the year's state is the one the last of them reached.
    private static int yearTransitions(DSLContext t) {
        List<String> rows = t.select(AUDIT_LOG.NEW_VALUE).from(AUDIT_LOG).where(AUDIT_LOG.ENTITY_TYPE.eq("working_year")
                .and(AUDIT_LOG.ENTITY_ID.eq((long) KillOps.YEAR))
                .and(AUDIT_LOG.ACTION_CODE.in("YEAR_REVIEW", "YEAR_CLOSE", "YEAR_REOPEN"))).orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.NEW_VALUE);
        String state = t.select(WORKING_YEAR.STATUS).from(WORKING_YEAR).where(WORKING_YEAR.WORK_YEAR.eq(KillOps.YEAR))
                .fetchOne(WORKING_YEAR.STATUS);
        assertEquals(KillOps.yearAfter(rows.size()).name(), state, "state of the year after " + rows.size() + " transitions");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(KillOps.yearAfter(i + 1).name(), rows.get(i), "transition " + (i + 1));
        }
        return rows.size();
    }

    /// The edit member's 2026 rating as the file holds it: its RATING_SAVE audit rows and the newest reason's number.
    private record Rating(int audited, Optional<Integer> reason) {
    }

    private static Rating ratings(DSLContext t, KillOps.Lane lane) {
        int audited = t.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq("RATING_SAVE"));
        List<String> reasons = t.select(EVALUATION.REASON).from(EVALUATION).where(EVALUATION.MEMBER_ID.eq(lane.editMember())
                .and(EVALUATION.WORK_YEAR.eq(KillOps.YEAR))).fetch(EVALUATION.REASON);
        assertTrue(reasons.size() <= 1, "ratings of the edit member: " + reasons);
        assertEquals(audited == 0, reasons.isEmpty(), "rating row vs its " + audited + " audit rows");
        return new Rating(audited, reasons.stream().findFirst().map(r -> Integer.parseInt(r.substring(KillOps.ratingReason(0).length() - 1))));
    }

    /// Every rating saved (not refused) is in the trail, the row holds the newest one; returns whether the one in
    /// flight is there.
    private static boolean checkRatings(LaneState s, Rating r, int inFlight, KillOps inFlightKind) {
        Set<Integer> done = s.committed.get(KillOps.RATING);
        int extra = r.audited() - done.size();
        assertTrue(extra == 0 || (extra == 1 && inFlightKind == KillOps.RATING), "ratings: " + r.audited() + " in the trail, "
                + done.size() + " acknowledged and not refused " + done);
        Optional<Integer> newest = extra == 1 ? Optional.of(inFlight) : done.stream().max(Integer::compare);
        assertEquals(newest, r.reason(), "reason of the edit member's rating");
        if (extra == 1) {
            done.add(inFlight);
        }
        return extra == 1;
    }

    private static Set<Integer> tags(List<String> texts, Pattern p) {
        Set<Integer> out = new HashSet<>();
        for (String s : texts) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                assertTrue(out.add(Integer.parseInt(m.group(1))), "tag " + m.group() + " twice");
            }
        }
        return out;
    }
}
