package vn.dangvu;

import vn.dangvu.db.Database;
import vn.dangvu.importing.MemberImportRepository;
import vn.dangvu.importing.MemberImportService;
import vn.dangvu.members.BadgeRepository;
import vn.dangvu.members.BadgeService;
import vn.dangvu.members.MemberExportService;
import vn.dangvu.members.MemberRepository;
import vn.dangvu.members.MemberService;
import vn.dangvu.reports.MemberRegisterService;
import vn.dangvu.reports.RegisterRepository;
import vn.dangvu.settings.SettingsRepository;
import vn.dangvu.settings.SettingsService;
import vn.dangvu.units.UnitRepository;
import vn.dangvu.units.UnitService;

/// Composition root: one open database and the services built on it. Used by the window and the CLI alike.
public final class AppContext implements AutoCloseable {

    private final Database db;
    private final SettingsService settings;
    private final UnitService units;
    private final MemberService members;
    private final MemberImportService memberImport;
    private final BadgeService badges;
    private final MemberRegisterService register;
    private final MemberExportService memberExport;

    public AppContext(Database db) {
        this.db = db;
        UnitRepository unitRepo = new UnitRepository();
        this.settings = new SettingsService(db, new SettingsRepository(), unitRepo);
        this.units = new UnitService(db, unitRepo);
        this.members = new MemberService(db, new MemberRepository());
        this.memberImport = new MemberImportService(db, new MemberImportRepository(), unitRepo, members);
        this.badges = new BadgeService(db, new BadgeRepository());
        this.register = new MemberRegisterService(db, new RegisterRepository(), units, settings);
        this.memberExport = new MemberExportService(members);
    }

    public Database db() {
        return db;
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

    public MemberImportService memberImport() {
        return memberImport;
    }

    @Override
    public void close() {
        db.close();
    }
}
