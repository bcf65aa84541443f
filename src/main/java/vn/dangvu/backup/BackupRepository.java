package vn.dangvu.backup;

import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import vn.dangvu.db.jooq.Tables;

/// Reads, from a backup copy opened read-only, whose commune it holds. Writes nothing.
public final class BackupRepository {

    /// The commune of the organisation settings in the copy; empty before the first-run setup.
    public Optional<Commune> commune(DSLContext dsl) {
        try {
            return dsl.select(Tables.ORGANIZATION_SETTINGS.COMMUNE_NAME, Tables.ORGANIZATION_SETTINGS.PROVINCE_LINE)
                    .from(Tables.ORGANIZATION_SETTINGS).orderBy(Tables.ORGANIZATION_SETTINGS.ID).limit(1)
                    .fetchOptional(r -> new Commune(r.value1(), r.value2()));
        } catch (DataAccessException e) {
            return Optional.empty();
        }
    }
}
