package vn.dangvu.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoRepository.Insert;
import vn.dangvu.settings.SettingsService;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.UnitService;

/// Generates a fictional commune into an empty database, deterministically for a seed: the same seed gives the
/// same content (only timestamps such as created_at differ). Bulk rows go in plain JDBC batches of 1,000 rows.
public final class DemoService {

    private static final Logger LOG = LoggerFactory.getLogger(DemoService.class);
    /// With the app's WRITE_DELAY=0 every commit writes an MVStore chunk, and one transaction over a million rows
    /// grows a huge undo log (100k members took minutes and a 2.9 GB file). The generator therefore commits every
    /// 1,000-row batch with the default 500 ms delay, restores 0 and ends with CHECKPOINT SYNC. The file is new:
    /// the command line deletes it if generation fails.
    private static final int BULK_WRITE_DELAY_MS = 500;

    private final Database db;
    private final SettingsService settings;
    private final UnitService units;
    private final DemoRepository repo = new DemoRepository();

    public DemoService(Database db, SettingsService settings, UnitService units) {
        this.db = db;
        this.settings = settings;
        this.units = units;
    }

    /// Fills the empty database; `progress` receives 0..1. Refuses a database that already holds data.
    public DemoSummary populate(DemoOptions o, DoubleConsumer progress) throws AppException {
        if (o.members() < 1 || o.members() > DemoOptions.MAX_MEMBERS) {
            throw new AppException("demo.error.members", o.members(), DemoOptions.MAX_MEMBERS);
        }
        if (!db.dsl().connectionResult(repo::isEmpty)) {
            throw new AppException("demo.error.notEmpty", db.file());
        }
        List<DemoCommune.Unit> plan = DemoCommune.plan(o.members());
        long firstId = db.dsl().connectionResult(c -> repo.nextId(c, Insert.MEMBER));
        List<DemoMember> members = new DemoPeople(plan)
                .generate(o.members(), firstId, random(o, 1), p -> progress.accept(0.2 * p));
        DemoLeaders leaders = DemoLeaders.choose(plan, members, random(o, 2));
        settings.setup(new SetupRequest(DemoCommune.COMMUNE, DemoCommune.PROVINCE, leaders.communeSecretaryName(),
                "2025–2030", 2025, 2030));
        long rootId = units.root().orElseThrow().id();
        long[] unitIds = db.change(trx -> {
            long[] ids = new long[plan.size()];
            for (int i = 0; i < plan.size(); i++) {
                DemoCommune.Unit u = plan.get(i);
                ids[i] = units.create(new NewUnit(Optional.of(u.parent() < 0 ? rootId : ids[u.parent()]),
                        u.kind(), Optional.ofNullable(u.type()), u.name(), Optional.of(u.established()), Optional.empty()));
            }
            return ids;
        });
        int[] counts = db.dsl().connectionResult(c -> write(c, o, plan, unitIds, rootId, members, leaders, progress));
        db.checkpoint();
        db.compactOnClose(); // the bulk load leaves the file 3–4× larger than its live data
        progress.accept(1.0);
        int cells = (int) plan.stream().filter(DemoCommune.Unit::isCell).count();
        return new DemoSummary(plan.size() + 1, cells, members.size(), counts[0], counts[1], counts[2], counts[3]);
    }

    private int[] write(Connection c, DemoOptions o, List<DemoCommune.Unit> plan, long[] unitIds, long rootId,
                        List<DemoMember> members, DemoLeaders leaders, DoubleConsumer progress) throws SQLException {
        boolean auto = c.getAutoCommit();
        repo.writeDelay(c, BULK_WRITE_DELAY_MS);
        c.setAutoCommit(false);
        int[] counts = new int[4];
        try {
            long t0 = System.nanoTime();
            DemoWriter w = new DemoWriter(repo, c, plan, unitIds);
            w.members(members, random(o, 3), p -> progress.accept(0.2 + 0.25 * p));
            long t1 = System.nanoTime();
            w.events(members, random(o, 4));
            w.leaders(leaders, rootId, random(o, 5));
            long t2 = System.nanoTime();
            progress.accept(0.55);
            DemoHistory h = new DemoHistory(repo, c, plan, unitIds, rootId, members.size());
            h.workingYears();
            counts[0] = h.evaluations(members, leaders, random(o, 6), p -> progress.accept(0.55 + 0.2 * p));
            long t3 = System.nanoTime();
            counts[1] = h.registrations(members, random(o, 7), p -> progress.accept(0.75 + 0.15 * p));
            long t4 = System.nanoTime();
            DemoAwards a = new DemoAwards(repo, c, plan, unitIds);
            counts[2] = a.commendations(members, h, repo.currentTermId(c), leaders.communeSecretaryName(), random(o, 8));
            counts[3] = a.badges(members);
            long t5 = System.nanoTime();
            c.commit();
            LOG.info("Demo written in ms: members {}, events {}, ratings {}, registrations {}, awards {}",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                    (t5 - t4) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
            repo.writeDelay(c, 0);
        }
        for (Insert t : Insert.values()) {
            if (t.explicitId) {
                repo.restartIdentity(c, t);
            }
        }
        return counts;
    }

    /// One independent random stream per phase, so changing one phase leaves the others' data unchanged.
    private static SplittableRandom random(DemoOptions o, int phase) {
        return new SplittableRandom(o.seed() * 0x9E3779B97F4A7C15L + phase);
    }
}
