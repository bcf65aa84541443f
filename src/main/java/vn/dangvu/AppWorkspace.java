package vn.dangvu;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.audit.ui.AuditScreens;
import vn.dangvu.audit.ui.EntityHistory;
import vn.dangvu.audit.ui.OperatorPreference;
import vn.dangvu.backup.Backup;
import vn.dangvu.backup.BackupRepository;
import vn.dangvu.backup.BackupTexts;
import vn.dangvu.backup.CheckReport;
import vn.dangvu.backup.DamageRules;
import vn.dangvu.backup.EncryptionService;
import vn.dangvu.backup.RestoreService;
import vn.dangvu.backup.ui.BackupDialogs;
import vn.dangvu.backup.ui.BackupScheduler;
import vn.dangvu.backup.ui.BackupView;
import vn.dangvu.backup.ui.BackupViewModel;
import vn.dangvu.backup.ui.PasswordDialog;
import vn.dangvu.cli.Cli;
import vn.dangvu.common.AppException;
import vn.dangvu.common.AppPaths;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.db.Contents;
import vn.dangvu.db.Database;
import vn.dangvu.db.LastClose;
import vn.dangvu.importing.ui.ImportWizardDialog;
import vn.dangvu.meetings.ui.MeetingView;
import vn.dangvu.meetings.ui.MeetingViewModel;
import vn.dangvu.members.MemberService;
import vn.dangvu.members.ui.MemberScreens;
import vn.dangvu.overview.ui.OverviewView;
import vn.dangvu.overview.ui.OverviewViewModel;
import vn.dangvu.party.UnitKind;
import vn.dangvu.plans.ui.PlanViewModel;
import vn.dangvu.plans.ui.PlansScreen;
import vn.dangvu.plans.ui.YearsViewModel;
import vn.dangvu.rating.ui.RatingView;
import vn.dangvu.rating.ui.RatingViewModel;
import vn.dangvu.rating.ui.RuleSetView;
import vn.dangvu.rating.ui.RuleSetViewModel;
import vn.dangvu.registrations.ui.RegistrationScreens;
import vn.dangvu.reports.ui.AppReportServices;
import vn.dangvu.reports.ui.BadgeHoldsView;
import vn.dangvu.reports.ui.BadgeHoldsViewModel;
import vn.dangvu.reports.ui.ReportsView;
import vn.dangvu.reports.ui.ReportsViewModel;
import vn.dangvu.setup.ui.SetupView;
import vn.dangvu.setup.ui.SetupViewModel;
import vn.dangvu.shell.MainWindowViewModel;
import vn.dangvu.shell.Section;
import vn.dangvu.shell.Workspace;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.Choice;
import vn.dangvu.ui.FxDialogService;
import vn.dangvu.units.ui.UnitTreeView;
import vn.dangvu.units.ui.UnitTreeViewModel;
import vn.dangvu.years.WorkingYear;

/// The window's view of one open [AppContext]: the map of section → screen factory the shell shows, the setup
/// screen and the menu actions that need a feature. Part of the composition root, so the shell imports no feature.
public final class AppWorkspace implements Workspace {

    private static final Logger LOG = LoggerFactory.getLogger(AppWorkspace.class);
    /// Opening failures a restore of the newest verified backup can cure (not: in use, newer, read-only, missing).
    private static final Set<String> RECOVERABLE = Set.of("db.error.damaged", "db.error.cannotOpen", "db.error.schemaMismatch",
            "db.error.notDangvu", "db.error.restoreFailed");

    /// Builds a section's screen; `loaded` runs once it shows its data.
    @FunctionalInterface
    private interface Screen {
        Node build(Runnable loaded);
    }

    private final AppContext ctx;
    private final BackgroundTasks tasks;
    private final boolean demo;
    private final boolean configured;
    private final Map<Section, Screen> screens = new EnumMap<>(Section.class);
    private Optional<Question> startQuestion = Optional.empty();
    private Optional<String> startNotice = Optional.empty();
    private DamageRules.Verdict startVerdict = DamageRules.Verdict.SAME;
    private Host host;
    private BackupScheduler scheduler;
    private boolean restoring;
    private boolean closed;
    /// Reloads the member list once it is built (a member changed from the overview's reminders).
    private Runnable reloadMemberList = () -> { };

    /// Call on a background thread: reads whether the setup was done.
    public AppWorkspace(AppContext ctx, BackgroundTasks tasks, boolean demo) {
        this.ctx = ctx;
        this.tasks = tasks;
        this.demo = demo;
        this.configured = ctx.settings().load().isPresent();
        screens.put(Section.OVERVIEW, this::overview);
        screens.put(Section.UNITS, loaded -> shown(loaded, units()));
        screens.put(Section.MEMBERS, loaded -> shown(loaded, MemberScreens.create(ctx.members(), ctx.memberExport(),
                cells(ctx), tasks, ctx.clock(), Optional.of(memberHistory()), r -> reloadMemberList = r)));
        screens.put(Section.REGISTRATIONS, loaded -> shown(loaded, RegistrationScreens.create(ctx.registrations(),
                ctx.registrationImport(), ctx.registrationDocuments(), ctx.years(), tasks)));
        screens.put(Section.EVALUATION, loaded -> shown(loaded, rating()));
        screens.put(Section.PLANS, loaded -> shown(loaded, plans()));
        screens.put(Section.REPORTS, loaded -> shown(loaded, reports()));
        screens.put(Section.BACKUP, loaded -> shown(loaded, backupAndTrail()));
        AuditScreens.restoreOperator(ctx.audit(), operatorPreference());
        if (!demo && !ctx.db().readOnly()) {
            ctx.backups().adoptUpgradeCopy();
            startCheck();
        }
    }

    /// After an unclean close (a kill, a power cut) or a file changed outside the app: the file read in full and
    /// compared with the newest backup. Damage or unexplained changes: a question (open anyway / restore); else a note.
    private void startCheck() {
        Optional<CheckReport> report;
        try {
            report = ctx.backups().startCheck();
        } catch (AppException e) {
            LOG.warn("The check after an unclean close failed", e);
            return;
        }
        if (report.isEmpty()) {
            return;
        }
        CheckReport r = report.get();
        startVerdict = r.verdict();
        boolean alarming = r.verdict() == DamageRules.Verdict.DAMAGED || r.verdict() == DamageRules.Verdict.SUSPICIOUS
                || (r.lastClose() == LastClose.CHANGED && r.verdict() != DamageRules.Verdict.SAME);
        String why = I18n.t(BackupTexts.lastCloseKey(r.lastClose()));
        if (!alarming) {
            if (r.lastClose() == LastClose.NOT_CLOSED) {
                startNotice = Optional.of(why + " " + I18n.t("backup.start.checkedFine"));
            }
            return;
        }
        String text = why + "\n\n" + String.join("\n", BackupTexts.check(r));
        Optional<Backup> newest = ctx.backups().newestVerified();
        if (newest.isEmpty()) {
            startNotice = Optional.of(why + " " + I18n.t(r.verdict().i18nKey()));
            return;
        }
        Path base = ctx.db().base();
        startQuestion = Optional.of(new Question(I18n.t("backup.start.title"), text + "\n\n" + I18n.t("backup.start.choose",
                BackupTexts.when(newest.get().createdAt())), I18n.t("backup.start.openAnyway"),
                I18n.t("backup.start.restore", BackupTexts.when(newest.get().createdAt())),
                () -> restoreAndOpen(base, newest.get().binaryFile(), true, tasks, false, ctx.db().encryption())));
    }

    /// The workspace of an encrypted database, with the key the password dialog found; a password forgotten and
    /// replaced through the recovery code is changed here (the key re-wrapped, recorded in the trail).
    public static AppWorkspace openEncrypted(Path base, PasswordDialog.Answer a, BackgroundTasks tasks) throws AppException {
        AppContext ctx = new AppContext(Database.open(base, a.key()));
        if (a.recoveryCode().isPresent() && a.newPassword().isPresent()) {
            try {
                AppContext.encryption(ctx.clock()).changePassword(ctx.db(), Optional.empty(), a.recoveryCode(), a.newPassword().get());
            } catch (AppException e) {
                ctx.close();
                throw e;
            }
        }
        return new AppWorkspace(ctx, tasks, false);
    }

    /// Opens the database at `base` again with the key it had (`key` empty: a plain file).
    private static Database reopen(Path base, Optional<Database.Encryption> key) throws AppException {
        return key.isPresent() && EncryptionService.encrypted(base) ? Database.open(base, key.get()) : Database.open(base);
    }

    /// Restores `backup` over the closed database at `base`, then opens it (a workspace showing what was done). An
    /// encrypted database's backups share its file key (a new password re-wraps the same key), so `key` opens them.
    private static AppWorkspace restoreAndOpen(Path base, Path backup, boolean otherCommune, BackgroundTasks tasks, boolean demo,
                                               Optional<Database.Encryption> key) throws AppException {
        RestoreService.Restored r = new RestoreService(new BackupRepository(), AppContext.systemClock())
                .restore(base, backup, otherCommune, key, key);
        AppWorkspace w = new AppWorkspace(new AppContext(reopen(base, key)), tasks, demo);
        w.startNotice = Optional.of(I18n.t("backup.restored.notice", BackupTexts.when(r.restored().createdAt()),
                r.before().map(b -> b.binaryFile().toString()).orElse("—")));
        return w;
    }

    /// What the window offers when the database does not open: the newest verified backup, restored over it; the
    /// damaged file is kept aside under a new name (`<name>.damaged-<time>.mv.db`), never deleted.
    public static MainWindowViewModel.Recovery recovery(Path base, BackgroundTasks tasks) {
        return failure -> {
            if (!RECOVERABLE.contains(failure.key())) {
                return Optional.empty();
            }
            RestoreService restore = new RestoreService(new BackupRepository(), AppContext.systemClock());
            return restore.newestVerified(base).map(b -> new Question(I18n.t("backup.recover.title"),
                    I18n.t("backup.recover.message", failure.userMessage(), BackupTexts.when(b.createdAt()),
                            BackupTexts.count(b.manifest().rows(Contents.MEMBERS)), b.binaryFile()),
                    I18n.t("backup.recover.exit"), I18n.t("backup.recover.restore"), () -> {
                        RestoreService.Restored r = restore.recover(base, b.binaryFile(), Optional.empty());
                        AppWorkspace w = new AppWorkspace(new AppContext(Database.open(base)), tasks, false);
                        w.startNotice = Optional.of(I18n.t("backup.recover.done", BackupTexts.when(b.createdAt()),
                                r.setAside().map(Path::toString).orElse("—")));
                        return w;
                    }));
        };
    }

    /// The demo commune's workspace (creating the demo database on first use); call on a background thread.
    public static AppWorkspace demo(BackgroundTasks tasks, DoubleConsumer progress) throws AppException {
        return new AppWorkspace(DemoDatabase.open(DemoDatabase.defaultBase(), progress), tasks, true);
    }

    public AppContext context() {
        return ctx;
    }

    @Override
    public Path file() {
        return ctx.db().file();
    }

    @Override
    public boolean configured() {
        return configured;
    }

    @Override
    public boolean demo() {
        return demo;
    }

    @Override
    public Optional<String> notice() {
        return ctx.db().readOnly() ? Optional.of(I18n.t("db.readOnly.banner", ctx.db().file())) : startNotice;
    }

    @Override
    public Optional<Question> startQuestion() {
        return startQuestion;
    }

    @Override
    public void attach(Host h) {
        this.host = h;
        if (!demo && !ctx.db().readOnly() && scheduler == null) {
            scheduler = new BackupScheduler(ctx.backups(), tasks, () -> { });
            scheduler.start();
        }
    }

    @Override
    public Optional<Node> view(Section section, Runnable loaded) {
        return Optional.ofNullable(screens.get(section)).map(s -> s.build(loaded));
    }

    @Override
    public Node setupView(Runnable done, Consumer<Workspace> replace) {
        SetupViewModel vm = new SetupViewModel(ctx.settings()::setup, progress -> {
            AppWorkspace w = demo(tasks, progress);
            return () -> replace.accept(w);
        }, tasks, s -> done.run());
        return new SetupView(vm, tasks).root();
    }

    @Override
    public void importMembers(Window owner, String style, Runnable imported) {
        ImportWizardDialog.open(owner, style, ctx.memberImport(), ctx.clock(), imported);
    }

    @Override
    public Workspace openOther(Path file) throws AppException {
        Path base = Cli.databaseBase(file.toString());
        return sameFile(base) ? this : new AppWorkspace(new AppContext(Database.open(base)), tasks, isDemo(base));
    }

    @Override
    public Workspace createNew(Path file) throws AppException {
        Path base = Cli.databaseBase(file.toString());
        return sameFile(base) ? this : new AppWorkspace(new AppContext(Database.create(base)), tasks, false);
    }

    @Override
    public Workspace leaveDemo() throws AppException {
        Path base = EarlyStart.databaseBase();
        return sameFile(base) ? this : new AppWorkspace(new AppContext(Database.openOrCreate(base)), tasks, false);
    }

    private boolean sameFile(Path base) {
        return Database.dataFile(base.toAbsolutePath().normalize()).equals(ctx.db().file());
    }

    private static boolean isDemo(Path base) {
        return base.toAbsolutePath().normalize().equals(DemoDatabase.defaultBase().toAbsolutePath().normalize());
    }

    /// Closes the database; at a clean exit (not for a restore, not when the start found the file damaged) then
    /// makes the exit backup of the closed file.
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (scheduler != null) {
            scheduler.stop();
        }
        ctx.close();
        if (!demo && !restoring && startVerdict != DamageRules.Verdict.DAMAGED) {
            ctx.backups().afterClose();
        }
    }

    /// A member's history from the audit trail (the member form's "Lịch sử thay đổi").
    private EntityHistory memberHistory() {
        return AuditScreens.history(ctx.audit(), this::names, tasks);
    }

    private Node overview(Runnable loaded) {
        OverviewViewModel vm = new OverviewViewModel(ctx.overview(), ctx.reminders(), tasks);
        vm.loaded().addListener((o, a, b) -> loaded.run());
        Node view = new OverviewView(vm).root();
        // a reminder opens the member's record; what is saved there updates the reminders and the member list
        vm.setOpenMember(id -> MemberScreens.openForm(ctx.members(), cells(ctx), tasks, ctx.clock(), id,
                view.getScene().getWindow(), view.getScene().getRoot().getStyle(), () -> {
                    vm.loadReminders();
                    reloadMemberList.run();
                }, Optional.of(memberHistory())));
        vm.load();
        if (!demo) {
            vm.loadNotices(p -> ctx.backups().health().warnings());
        }
        return view;
    }

    private Node units() {
        UnitTreeViewModel vm = new UnitTreeViewModel(ctx.units(), tasks, ctx.members()::invalidate, ctx.clock());
        vm.load();
        return new UnitTreeView(vm).root();
    }

    private Node rating() {
        RatingViewModel vm = new RatingViewModel(ctx.rating(), ctx.ratingDocuments(),
                () -> ctx.years().list().stream().map(WorkingYear::year).sorted(Comparator.reverseOrder()).toList(), tasks, ctx.clock());
        vm.load();
        RuleSetViewModel rules = new RuleSetViewModel(ctx.ruleSets(), ctx.years()::setRuleSet, tasks, vm::reload);
        rules.year().bind(vm.year());
        rules.load();
        return new RatingView(vm, Optional.of(new RuleSetView(rules).root())).root();
    }

    /// The Kế hoạch section: the year bar, the plan, the cell meetings and the working-year panel.
    private Node plans() {
        YearsViewModel years = new YearsViewModel(ctx.years(), ctx.plans(), tasks, ctx.clock());
        PlanViewModel plan = new PlanViewModel(ctx.plans(), ctx.planDocuments(), tasks, ctx.clock(), years.year());
        MeetingViewModel meetings = new MeetingViewModel(ctx.meetings(), ctx.plans(), tasks, LocalDate.now(ctx.clock()),
                years.year());
        PlansScreen screen = new PlansScreen(years, plan, List.of(new PlansScreen.Extra(I18n.t("meeting.ui.tab"),
                new MeetingView(meetings).root())));
        years.load();
        return screen.root();
    }

    private Node reports() {
        ReportsViewModel vm = new ReportsViewModel(new AppReportServices(ctx.units(), ctx.members(), ctx.register(),
                ctx.badgeList(), ctx.memberSheets()), tasks, ctx.clock());
        vm.load();
        ReportsView view = new ReportsView(vm, tasks);
        view.setOpenBadgeHolds(() -> {
            LocalDate round = vm.round().get();
            BadgeHoldsViewModel holds = new BadgeHoldsViewModel(BadgeHoldsView.source(ctx.badges()), tasks,
                    (round == null ? LocalDate.now(ctx.clock()) : round).getYear());
            holds.load();
            Node root = view.root();
            new BadgeHoldsView(holds).show(root.getScene().getWindow(), root.getScene().getRoot().getStyle());
        });
        return view.root();
    }

    private Node backups() {
        Node[] root = new Node[1];
        BackupViewModel vm = new BackupViewModel(ctx.backups(), tasks, FxDialogService.over(() -> root[0]),
                new BackupDialogs(() -> root[0]), this::restoreFrom);
        root[0] = new BackupView(vm).root();
        vm.load();
        return root[0];
    }

    /// "Khôi phục": the window closes this workspace (no exit backup: the restore backs the data up itself), the
    /// backup is put in place, and the data is opened again; on failure the data is reopened as it was.
    private void restoreFrom(Path backup, boolean otherCommune) {
        if (host == null) {
            return;
        }
        restoring = true;
        Path base = ctx.db().base();
        Optional<Database.Encryption> key = ctx.db().encryption();
        host.reopen(() -> restoreAndOpen(base, backup, otherCommune, tasks, demo, key),
                () -> new AppWorkspace(new AppContext(reopen(base, key)), tasks, demo));
    }

    /// Sao lưu và nhật ký: the backup screen and the audit trail as two tabs (the trail is part of data safety,
    /// issue 9; the overview stays a page of counts and reminders).
    private Node backupAndTrail() {
        Tab backup = new Tab(I18n.t("shell.section.backupTab"), backups());
        backup.setId("backupTab");
        Tab trail = new Tab(I18n.t("audit.tab"), AuditScreens.trail(ctx.audit(), this::names, operatorPreference(), tasks));
        trail.setId("auditTab");
        TabPane tabs = new TabPane(backup, trail);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId(Section.BACKUP.viewId());
        return tabs;
    }

    private static OperatorPreference operatorPreference() {
        return new OperatorPreference(AppPaths.home().resolve("operator.properties"));
    }

    /// Names of the entities the audit trail shows: members, units, document numbers, working years.
    private Map<Long, String> names(String entityType, Set<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        switch (entityType) {
            case MemberService.AUDIT_ENTITY -> ids.forEach(id -> ctx.members().find(id).ifPresent(d -> out.put(id,
                    Text.clean(d.familyName() + " " + Text.clean(d.middleName()) + " " + d.givenName()))));
            case "party_unit" -> ctx.units().all().stream().filter(u -> ids.contains(u.id())).forEach(u -> out.put(u.id(), u.name()));
            case "document_number" -> ids.forEach(id -> ctx.documentNumbers().find(id).ifPresent(n -> out.put(id, n.text())));
            case "working_year" -> ids.forEach(id -> out.put(id, Long.toString(id)));
            default -> {
                // other entities are shown by number
            }
        }
        return out;
    }

    /// The units below the commune committee; `activeOnly` for those a member may be placed in (the form).
    public static MemberScreens.Cells cells(AppContext ctx) {
        return activeOnly -> ctx.units().all().stream()
                .filter(u -> u.kind() != UnitKind.COMMUNE_COMMITTEE && (u.active() || !activeOnly))
                .map(u -> new Choice<>(u.id(), u.name())).toList();
    }

    private static Node shown(Runnable loaded, Node node) {
        loaded.run();
        return node;
    }
}
