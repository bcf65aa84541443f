package vn.dangvu;

import java.time.Clock;
import java.util.stream.Collectors;

import vn.dangvu.audit.AuditRepository;
import vn.dangvu.audit.AuditService;
import vn.dangvu.backup.BackupRepository;
import vn.dangvu.backup.BackupService;
import vn.dangvu.backup.EncryptionService;
import vn.dangvu.commendation.CommendationDocumentService;
import vn.dangvu.commendation.CommendationRepository;
import vn.dangvu.commendation.CommendationService;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoService;
import vn.dangvu.docnumbers.DocumentNumberRepository;
import vn.dangvu.docnumbers.DocumentNumberService;
import vn.dangvu.importing.MemberImportRepository;
import vn.dangvu.importing.MemberImportService;
import vn.dangvu.importing.SheetTableService;
import vn.dangvu.meetings.MeetingRepository;
import vn.dangvu.meetings.MeetingService;
import vn.dangvu.meetings.MemberAttendance;
import vn.dangvu.members.BadgeRepository;
import vn.dangvu.members.BadgeService;
import vn.dangvu.members.MemberExportService;
import vn.dangvu.members.MemberRepository;
import vn.dangvu.members.MemberService;
import vn.dangvu.overview.OverviewService;
import vn.dangvu.overview.ReminderRepository;
import vn.dangvu.overview.ReminderService;
import vn.dangvu.plans.PlanDocumentService;
import vn.dangvu.plans.PlanRepository;
import vn.dangvu.plans.PlanService;
import vn.dangvu.plans.YearCopy;
import vn.dangvu.rating.AttendanceFact;
import vn.dangvu.rating.AttendanceFacts;
import vn.dangvu.rating.RatingDocumentService;
import vn.dangvu.rating.RatingImportService;
import vn.dangvu.rating.RatingRepository;
import vn.dangvu.rating.RatingService;
import vn.dangvu.rating.RegistrationFact;
import vn.dangvu.rating.RegistrationFacts;
import vn.dangvu.rating.RuleSetRepository;
import vn.dangvu.rating.RuleSetService;
import vn.dangvu.registrations.CollectiveRepository;
import vn.dangvu.registrations.CopySummary;
import vn.dangvu.registrations.MemberResult;
import vn.dangvu.registrations.RegistrationDocumentService;
import vn.dangvu.registrations.RegistrationImportService;
import vn.dangvu.registrations.RegistrationRepository;
import vn.dangvu.registrations.RegistrationService;
import vn.dangvu.registrations.RosterRepository;
import vn.dangvu.registrations.TemplateRepository;
import vn.dangvu.reports.BadgeListService;
import vn.dangvu.reports.MemberRegisterService;
import vn.dangvu.reports.MemberSheetService;
import vn.dangvu.reports.RegisterRepository;
import vn.dangvu.settings.SettingsRepository;
import vn.dangvu.settings.SettingsService;
import vn.dangvu.units.UnitRepository;
import vn.dangvu.units.UnitService;
import vn.dangvu.years.WorkingYearRepository;
import vn.dangvu.years.WorkingYearService;

/// Composition root: one open database, the one [Clock] every service and ViewModel reads "today" from, and the
/// services built on them. Used by the window and the command line alike.
public final class AppContext implements AutoCloseable {

    private final Database db;
    private final Clock clock;
    private final AuditService audit;
    private final SettingsService settings;
    private final UnitService units;
    private final MemberService members;
    private final MemberImportService memberImport;
    private final BadgeService badges;
    private final MemberRegisterService register;
    private final MemberExportService memberExport;
    private final ReminderService reminders;
    private final OverviewService overview;
    private final BadgeListService badgeList;
    private final MemberSheetService memberSheets;
    private final DemoService demo;
    private final WorkingYearService years;
    private final DocumentNumberService documentNumbers;
    private final RegistrationService registrations;
    private final RegistrationImportService registrationImport;
    private final RegistrationDocumentService registrationDocuments;
    private final RuleSetService ruleSets;
    private final RatingService rating;
    private final RatingImportService ratingImport;
    private final RatingDocumentService ratingDocuments;
    private final PlanService plans;
    private final MeetingService meetings;
    private final PlanDocumentService planDocuments;
    private final BackupService backups;
    private final CommendationService commendations;
    private final CommendationDocumentService commendationDocuments;

    /// The context on the computer's clock.
    public AppContext(Database db) {
        this(db, systemClock());
    }

    /// Encryption at rest on a closed (or this) database file: its audit trail is built here for the database it opens.
    public static EncryptionService encryption(Clock clock) {
        return new EncryptionService(clock, db -> new AuditService(db, new AuditRepository(), clock, System.getProperty("user.name")));
    }

    /// The computer's clock: the one clock of the window and the command line (tests pass a fixed one).
    public static Clock systemClock() {
        return Clock.systemDefaultZone();
    }

    public AppContext(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.audit = new AuditService(db, new AuditRepository(), clock, System.getProperty("user.name"));
        this.members = new MemberService(db, new MemberRepository(), audit, clock);
        this.units = new UnitService(db, new UnitRepository(), audit, members, clock);
        this.settings = new SettingsService(db, new SettingsRepository(), units, audit);
        this.years = new WorkingYearService(db, new WorkingYearRepository(), audit, clock);
        this.backups = new BackupService(db, new BackupRepository(), settings, years, clock);
        this.badges = new BadgeService(db, new BadgeRepository(), audit);
        this.memberImport = new MemberImportService(db, new MemberImportRepository(), units, members, audit, backups, badges);
        this.register = new MemberRegisterService(db, new RegisterRepository(), units, settings);
        this.memberExport = new MemberExportService(members);
        this.overview = new OverviewService(settings, units, members);
        this.badgeList = new BadgeListService(badges, settings);
        this.memberSheets = new MemberSheetService(db, settings);
        this.documentNumbers = new DocumentNumberService(db, new DocumentNumberRepository(), audit, clock);
        RegistrationRepository registrationRepo = new RegistrationRepository();
        RosterRepository roster = new RosterRepository();
        this.registrations = new RegistrationService(db, registrationRepo, new CollectiveRepository(), new TemplateRepository(),
                roster, years, units, members, audit, clock);
        this.registrationImport = new RegistrationImportService(db, registrations, roster, registrationRepo,
                new SheetTableService(), years, clock);
        this.registrationDocuments = new RegistrationDocumentService(registrations, settings, units, years, clock);
        // "Sao chép từ năm trước": last year's plan, and each member's and cell's registration as a draft
        YearCopy registrationsCopy = (from, to) -> {
            CopySummary c = registrations.copyFromYear(from, to);
            return c.members() + c.cells();
        };
        this.plans = new PlanService(db, new PlanRepository(), audit, years, documentNumbers, registrationsCopy, clock);
        this.meetings = new MeetingService(db, new MeetingRepository(), audit, years, plans, clock);
        this.planDocuments = new PlanDocumentService(plans, years, settings);
        this.reminders = new ReminderService(db, new ReminderRepository(), audit, clock, plans, meetings);
        AttendanceFacts attendanceFacts = year -> meetings.attendance(year).stream()
                .collect(Collectors.toMap(MemberAttendance::memberId, m -> new AttendanceFact(m.memberId(), m.held(), m.present(),
                        m.absentExcused(), m.absentUnexcused(), m.longestUnexcusedRun())));
        this.ruleSets = new RuleSetService(db, new RuleSetRepository(), audit, clock);
        // the registration results and the meeting attendance beside each member
        RegistrationFacts registrationFacts = year -> registrations.results(year).values().stream()
                .collect(Collectors.toMap(MemberResult::memberId, r -> new RegistrationFact(r.memberId(), r.registered(),
                        r.tally().items(), r.tally().done(), r.tally().partly(), r.tally().notDone())));
        this.rating = new RatingService(db, new RatingRepository(), new RuleSetRepository(), audit, years, units, documentNumbers,
                clock, registrationFacts, attendanceFacts);
        this.ratingImport = new RatingImportService(rating, new SheetTableService(), years, clock);
        this.ratingDocuments = new RatingDocumentService(rating, settings);
        this.commendations = new CommendationService(db, new CommendationRepository(), audit, years, documentNumbers, rating,
                registrations, members, units, clock);
        this.commendationDocuments = new CommendationDocumentService(commendations, settings, members);
        this.demo = new DemoService(db, settings, units, members, badges, years, documentNumbers, registrations, rating,
                plans, meetings, commendations, clock);
    }

    public Database db() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    public AuditService audit() {
        return audit;
    }

    public SettingsService settings() {
        return settings;
    }

    public UnitService units() {
        return units;
    }

    public MemberService members() {
        return members;
    }

    public MemberExportService memberExport() {
        return memberExport;
    }

    public MemberRegisterService register() {
        return register;
    }

    public BadgeService badges() {
        return badges;
    }

    public BadgeListService badgeList() {
        return badgeList;
    }

    public MemberSheetService memberSheets() {
        return memberSheets;
    }

    public MemberImportService memberImport() {
        return memberImport;
    }

    public ReminderService reminders() {
        return reminders;
    }

    public OverviewService overview() {
        return overview;
    }

    public DemoService demo() {
        return demo;
    }

    public WorkingYearService years() {
        return years;
    }

    public DocumentNumberService documentNumbers() {
        return documentNumbers;
    }

    public RegistrationService registrations() {
        return registrations;
    }

    public RegistrationImportService registrationImport() {
        return registrationImport;
    }

    public RegistrationDocumentService registrationDocuments() {
        return registrationDocuments;
    }

    public RuleSetService ruleSets() {
        return ruleSets;
    }

    public RatingService rating() {
        return rating;
    }

    public RatingImportService ratingImport() {
        return ratingImport;
    }

    public RatingDocumentService ratingDocuments() {
        return ratingDocuments;
    }

    public PlanService plans() {
        return plans;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public CommendationService commendations() {
        return commendations;
    }

    public CommendationDocumentService commendationDocuments() {
        return commendationDocuments;
    }

    public PlanDocumentService planDocuments() {
        return planDocuments;
    }

    public BackupService backups() {
        return backups;
    }

    @Override
    public void close() {
        db.close();
    }
}
