package vn.dangvu.settings;

import static vn.dangvu.db.jooq.Tables.COMMITTEE_TERM;
import static vn.dangvu.db.jooq.Tables.ORGANIZATION_SETTINGS;

import java.time.LocalDate;
import java.util.Optional;

import org.jooq.DSLContext;

import vn.dangvu.common.Text;

/// SQL for the single organisation-settings row and committee terms.
public final class SettingsRepository {

    public Optional<OrganizationSettings> load(DSLContext t) {
        return t.selectFrom(ORGANIZATION_SETTINGS).where(ORGANIZATION_SETTINGS.ID.eq(1)).fetchOptional()
                .map(r -> new OrganizationSettings(r.getCommuneName(), r.getProvinceLine(),
                        Optional.ofNullable(r.getSecretaryName()),
                        Optional.ofNullable(r.getCurrentTermId()).flatMap(id -> term(t, id))));
    }

    private Optional<OrganizationSettings.Term> term(DSLContext t, long id) {
        return t.selectFrom(COMMITTEE_TERM).where(COMMITTEE_TERM.ID.eq(id)).fetchOptional()
                .map(r -> new OrganizationSettings.Term(r.getId(), r.getLabel(), r.getStartYear(), r.getEndYear()));
    }

    public long insertTerm(DSLContext t, String label, int startYear, int endYear) {
        return insertTerm(t, label, startYear, endYear, null, null);
    }

    /// A committee term with its first and last day when known (null: not known).
    public long insertTerm(DSLContext t, String label, int startYear, int endYear, LocalDate startDate, LocalDate endDate) {
        return t.insertInto(COMMITTEE_TERM)
                .set(COMMITTEE_TERM.LABEL, Text.clean(label))
                .set(COMMITTEE_TERM.START_YEAR, startYear)
                .set(COMMITTEE_TERM.END_YEAR, endYear)
                .set(COMMITTEE_TERM.START_DATE, startDate)
                .set(COMMITTEE_TERM.END_DATE, endDate)
                .returningResult(COMMITTEE_TERM.ID).fetchOne(COMMITTEE_TERM.ID);
    }

    public void insert(DSLContext t, String commune, String provinceLine, String secretary, Long termId) {
        t.insertInto(ORGANIZATION_SETTINGS)
                .set(ORGANIZATION_SETTINGS.ID, 1)
                .set(ORGANIZATION_SETTINGS.COMMUNE_NAME, commune)
                .set(ORGANIZATION_SETTINGS.PROVINCE_LINE, provinceLine)
                .set(ORGANIZATION_SETTINGS.SECRETARY_NAME, Text.cleanOrNull(secretary))
                .set(ORGANIZATION_SETTINGS.CURRENT_TERM_ID, termId)
                .execute();
    }
}
