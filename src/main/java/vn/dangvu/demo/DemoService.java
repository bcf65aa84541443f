package vn.dangvu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.commendation.CommendationService;
import vn.dangvu.commendation.ImportedDecision;
import vn.dangvu.commendation.ImportedEntry;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoRepository.Ids;
import vn.dangvu.docnumbers.DocumentNumber;
import vn.dangvu.docnumbers.DocumentNumberService;
import vn.dangvu.meetings.MeetingService;
import vn.dangvu.members.BadgeAward;
import vn.dangvu.members.BadgeService;
import vn.dangvu.members.MemberService;
import vn.dangvu.plans.PlanService;
import vn.dangvu.rating.Evaluation;
import vn.dangvu.rating.RatingService;
import vn.dangvu.registrations.HistoryRegistration;
import vn.dangvu.registrations.RegistrationService;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SettingsService;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.UnitService;
import vn.dangvu.years.WorkingYearService;

/// Generates a fictional commune into an empty database, deterministically for a seed: the same seed gives the
/// same content (only timestamps such as created_at differ). Everything is written through the services that own
/// the tables (settings, units, members, badges), in
/// jOOQ batches of 1,000 rows, each its own transaction, inside `Database.bulk` (one transaction over a million
/// rows grows a huge undo log: 100k members took minutes and a 2.9 GB file). The file is new: the command line
/// deletes it if generation fails.
public final class DemoService {

    private static final Logger LOG = LoggerFactory.getLogger(DemoService.class);

    private final Database db;
    private final SettingsService settings;
    private final UnitService units;
    private final MemberService members;
    private final BadgeService badges;
    private final WorkingYearService years;
    private final DocumentNumberService documentNumbers;
    private final CommendationService commendations;
    private final RegistrationService registrations;
    private final RatingService rating;
    private final PlanService plans;
    private final MeetingService meetings;
    private final Clock clock;
    private final DemoRepository repo = new DemoRepository();

    public DemoService(Database db, SettingsService settings, UnitService units, MemberService members, BadgeService badges,
                       WorkingYearService years, DocumentNumberService documentNumbers, RegistrationService registrations,
                       RatingService rating, PlanService plans, MeetingService meetings, CommendationService commendations,
                       Clock clock) {
        this.db = db;
        this.settings = settings;
        this.units = units;
        this.members = members;
        this.badges = badges;
        this.years = years;
        this.documentNumbers = documentNumbers;
        this.commendations = commendations;
        this.registrations = registrations;
        this.rating = rating;
        this.plans = plans;
        this.meetings = meetings;
        this.clock = clock;
    }

    /// Fills the empty database; `progress` receives 0..1. Refuses a database that already holds data.
    public DemoSummary populate(DemoOptions o, DoubleConsumer progress) throws AppException {
        if (o.members() < 1 || o.members() > DemoOptions.MAX_MEMBERS) {
            throw new AppException("demo.error.members", o.members(), DemoOptions.MAX_MEMBERS);
        }
        if (!db.read(trx -> repo.isEmpty(trx.dsl()))) {
            throw new AppException("demo.error.notEmpty", db.file());
        }
        List<DemoCommune.Unit> plan = DemoCommune.plan(o.members());
        long firstId = db.read(trx -> repo.nextId(trx.dsl(), Ids.MEMBERS));
        List<DemoMember> people = new DemoPeople(plan)
                .generate(o.members(), firstId, random(o, 1), p -> progress.accept(0.2 * p));
        DemoLeaders leaders = DemoLeaders.choose(plan, people, random(o, 2));
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
        int[] counts = db.bulk(() -> write(o, plan, unitIds, rootId, people, leaders, progress));
        db.compactOnClose(); // the bulk load leaves the file 3–4× larger than its live data
        progress.accept(1.0);
        int cells = (int) plan.stream().filter(DemoCommune.Unit::isCell).count();
        return new DemoSummary(plan.size() + 1, cells, people.size(), counts[0], counts[1], counts[2], counts[3]);
    }

    private int[] write(DemoOptions o, List<DemoCommune.Unit> plan, long[] unitIds, long rootId, List<DemoMember> people,
                        DemoLeaders leaders, DoubleConsumer progress) throws AppException {
        int[] counts = new int[4];
        long t0 = System.nanoTime();
        DemoWriter w = new DemoWriter(plan, unitIds);
        w.members(people, random(o, 3), random(o, 4), chunk -> members.importMembers(chunk, List.of()),
                p -> progress.accept(0.2 + 0.25 * p));
        long t1 = System.nanoTime();
        units.importLeaders(w.leaders(leaders, rootId, random(o, 5)));
        long t2 = System.nanoTime();
        progress.accept(0.55);
        DemoHistory h = new DemoHistory(plan, unitIds, rootId, people.size());
        years.importYears(DemoHistory.workingYears());
        try (DemoBatch<Evaluation> b = new DemoBatch<>(rating::importEvaluations)) {
            counts[0] = h.evaluations(people, random(o, 6), b, p -> progress.accept(0.55 + 0.2 * p));
        }
        long t3 = System.nanoTime();
        try (DemoBatch<HistoryRegistration> rb = new DemoBatch<>(registrations::importHistory)) {
            counts[1] = h.registrations(people, random(o, 7),
                    (y, title, source, deadline) -> years.addTheme(y, "NATIONAL", title, source, deadline), rb,
                    p -> progress.accept(0.75 + 0.15 * p));
        }
        long t4 = System.nanoTime();
        DemoAwards a = new DemoAwards(plan, unitIds);
        long currentTerm = settings.load().flatMap(OrganizationSettings::term).orElseThrow().id();
        long oldTerm = settings.addPastTerm(DemoAwards.OLD_TERM, 2020, 2025, DemoAwards.OLD_TERM_START, DemoAwards.OLD_TERM_END);
        long docId = db.read(trx -> repo.nextId(trx.dsl(), Ids.DOCUMENT_NUMBERS));
        long decisionId = db.read(trx -> repo.nextId(trx.dsl(), Ids.DECISIONS));
        try (DemoBatch<DocumentNumber> nb = new DemoBatch<>(documentNumbers::importNumbers);
             DemoBatch<ImportedDecision> qb = new DemoBatch<>(commendations::importDecisions).after(nb);
             DemoBatch<ImportedEntry> eb = new DemoBatch<>(commendations::importEntries).after(qb)) {
            counts[2] = a.commendations(people, h, oldTerm, currentTerm, leaders.communeSecretaryName(), random(o, 8),
                    docId, decisionId, nb, qb, eb);
        }
        try (DemoBatch<BadgeAward> b = new DemoBatch<>(badges::recordAwards)) {
            counts[3] = a.badges(people, b);
        }
        db.save(trx -> {
            repo.restartIdentity(trx.dsl(), Ids.DECISIONS);
            return null;
        });
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = DemoCommune.AS_OF.isBefore(today) ? DemoCommune.AS_OF : today.minusDays(1);
        int meetingsRecorded = asOf.getYear() == DemoCommune.AS_OF.getYear()
                ? DemoPlans.write(plans, meetings, asOf.getYear(), asOf, random(o, 9)) : 0;
        long t5 = System.nanoTime();
        LOG.info("Demo written in ms: members {}, leaders {}, ratings {}, registrations {}, awards, plan and {} meetings {}",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                meetingsRecorded, (t5 - t4) / 1_000_000);
        return counts;
    }

    /// One independent random stream per phase, so changing one phase leaves the others' data unchanged.
    private static SplittableRandom random(DemoOptions o, int phase) {
        return new SplittableRandom(o.seed() * 0x9E3779B97F4A7C15L + phase);
    }
}
