package vn.dangvu.settings;

import java.time.LocalDate;
import java.util.Optional;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.party.UnitKind;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.UnitService;

/// Organisation settings and the first-run setup.
public final class SettingsService {

    private final Database db;
    private final SettingsRepository repo;
    private final UnitService units;
    private final AuditService audit;

    public SettingsService(Database db, SettingsRepository repo, UnitService units, AuditService audit) {
        this.db = db;
        this.repo = repo;
        this.units = units;
        this.audit = audit;
    }

    public Optional<OrganizationSettings> load() {
        return db.read(trx -> repo.load(trx.dsl()));
    }

    /// Records a past committee term (the demo commune's previous term, whose documents are numbered in it);
    /// joins the caller's transaction when there is one. Returns its id.
    public long addPastTerm(String label, int startYear, int endYear, LocalDate startDate, LocalDate endDate) {
        return db.save(trx -> repo.insertTerm(trx.dsl(), label, startYear, endYear, startDate, endDate));
    }

    /// Validates and stores the setup in one transaction: settings row, current term, root of the unit tree.
    public OrganizationSettings setup(SetupRequest r) throws AppException {
        String commune = OrganizationSettings.normaliseCommune(r.commune());
        String province = OrganizationSettings.normaliseProvince(r.province());
        if (commune.isEmpty()) {
            throw new AppException("setup.error.communeRequired");
        }
        if (province.isEmpty()) {
            throw new AppException("setup.error.provinceRequired");
        }
        if (commune.length() > 200 || province.length() > 200) {
            throw new AppException("setup.error.tooLong", 200);
        }
        if (r.termEndYear() < r.termStartYear() || r.termStartYear() < 1930 || r.termEndYear() > 2100) {
            throw new AppException("setup.error.termYears", r.termStartYear(), r.termEndYear());
        }
        if (load().isPresent()) {
            throw new AppException("setup.error.alreadyDone");
        }
        String label = Text.clean(r.termLabel()).isEmpty()
                ? r.termStartYear() + "–" + r.termEndYear() : Text.clean(r.termLabel());
        db.change(trx -> {
            long term = repo.insertTerm(trx.dsl(), label, r.termStartYear(), r.termEndYear());
            repo.insert(trx.dsl(), commune, province, r.secretaryName(), term);
            OrganizationSettings s = new OrganizationSettings(commune, province, Optional.empty(), Optional.empty());
            units.create(new NewUnit(Optional.empty(), UnitKind.COMMUNE_COMMITTEE, Optional.empty(),
                    s.partyOrganizationName(), Optional.empty(), Optional.empty()));
            audit.record(AuditChange.general("SETTINGS_SETUP", "organization_settings",
                    "Setup of " + commune + ", " + province + ", term " + label));
            return term;
        });
        return load().orElseThrow();
    }
}
