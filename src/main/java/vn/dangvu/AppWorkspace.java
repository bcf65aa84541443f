package vn.dangvu;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

import vn.dangvu.audit.ui.AuditScreens;
import vn.dangvu.audit.ui.OperatorPreference;
import vn.dangvu.common.AppException;
import vn.dangvu.common.AppPaths;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.importing.ui.ImportWizardDialog;
import vn.dangvu.members.MemberService;
import vn.dangvu.members.ui.MemberScreens;
import vn.dangvu.overview.ui.OverviewView;
import vn.dangvu.overview.ui.OverviewViewModel;
import vn.dangvu.party.UnitKind;
import vn.dangvu.registrations.ui.RegistrationScreens;
import vn.dangvu.reports.ui.AppReportServices;
import vn.dangvu.reports.ui.ReportsView;
import vn.dangvu.reports.ui.ReportsViewModel;
import vn.dangvu.setup.ui.SetupView;
import vn.dangvu.setup.ui.SetupViewModel;
import vn.dangvu.shell.Section;
import vn.dangvu.shell.Workspace;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.Choice;
import vn.dangvu.units.ui.UnitTreeView;
import vn.dangvu.units.ui.UnitTreeViewModel;

/// The window's view of one open [AppContext]: the map of section → screen factory the shell shows, the setup
/// screen and the menu actions that need a feature. Part of the composition root, so the shell imports no feature.
public final class AppWorkspace implements Workspace {

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

    /// Call on a background thread: reads whether the setup was done.
    public AppWorkspace(AppContext ctx, BackgroundTasks tasks, boolean demo) {
        this.ctx = ctx;
        this.tasks = tasks;
        this.demo = demo;
        this.configured = ctx.settings().load().isPresent();
        screens.put(Section.OVERVIEW, this::overview);
        screens.put(Section.UNITS, loaded -> shown(loaded, units()));
        screens.put(Section.MEMBERS, loaded -> shown(loaded, MemberScreens.create(ctx.members(), ctx.memberExport(),
                cells(ctx), tasks, ctx.clock(), Optional.of(AuditScreens.history(ctx.audit(), this::names, tasks)))));
        screens.put(Section.REGISTRATIONS, loaded -> shown(loaded, RegistrationScreens.create(ctx.registrations(),
                ctx.registrationImport(), ctx.registrationDocuments(), ctx.years(), tasks)));
        screens.put(Section.REPORTS, loaded -> shown(loaded, reports()));
        screens.put(Section.BACKUP, loaded -> shown(loaded, backupAndTrail()));
        AuditScreens.restoreOperator(ctx.audit(), operatorPreference());
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
        return ctx.db().readOnly() ? Optional.of(I18n.t("db.readOnly.banner", ctx.db().file())) : Optional.empty();
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
    public void close() {
        ctx.close();
    }

    private Node overview(Runnable loaded) {
        OverviewViewModel vm = new OverviewViewModel(ctx.overview(), ctx.reminders(), tasks);
        vm.loaded().addListener((o, a, b) -> loaded.run());
        vm.load();
        return new OverviewView(vm).root();
    }

    private Node units() {
        UnitTreeViewModel vm = new UnitTreeViewModel(ctx.units(), tasks, ctx.members()::invalidate, ctx.clock());
        vm.load();
        return new UnitTreeView(vm).root();
    }

    private Node reports() {
        ReportsViewModel vm = new ReportsViewModel(new AppReportServices(ctx.units(), ctx.members(), ctx.register(),
                ctx.badgeList(), ctx.memberSheets()), tasks, ctx.clock());
        vm.load();
        return new ReportsView(vm, tasks).root();
    }

    /// Sao lưu và nhật ký: the backup screen and the audit trail as two tabs (the trail is part of data safety,
    /// issue 9; the overview stays a page of counts and reminders).
    private Node backupAndTrail() {
        Tab backup = new Tab(I18n.t("shell.section.backupTab"), backupScreen());
        backup.setId("backupTab");
        Tab trail = new Tab(I18n.t("audit.tab"), AuditScreens.trail(ctx.audit(), this::names, operatorPreference(), tasks));
        trail.setId("auditTab");
        TabPane tabs = new TabPane(backup, trail);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId(Section.BACKUP.viewId());
        return tabs;
    }

    /// The Sao lưu screen (issue 9, built on its own branch); until it lands, what it will do.
    private static Node backupScreen() {
        Label note = new Label(I18n.t("shell.future.backup") + "\n" + I18n.t("shell.future.note"));
        note.setWrapText(true);
        note.setPadding(new Insets(24));
        return note;
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
