package vn.dangvu.db;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/// What a database file holds, table by table, read in full: the row count and a digest of every table (SHA-256 over
/// every value in primary-key order), and the values H2 returns without complaint although no save of this app can
/// have written them: NULL in a NOT NULL column and a NUL character inside text. Those are what a sector a power cut
/// left unwritten reads back as (docs: powerloss findings), so they count as damage.
///
/// Two files with the same contents have equal digests, whatever their bytes: a copy, the database rebuilt from its
/// SQL script, the live file. `meta` is the `app_meta` table (app, schema and H2 versions, the database's id).
public record Contents(Map<String, TableFacts> tables, Map<String, String> meta, String schemaVersion) {

    public static final String MEMBERS = "PARTY_MEMBER";
    public static final String UNITS = "PARTY_UNIT";
    public static final String YEARS = "WORKING_YEAR";
    public static final String AUDIT = "AUDIT_LOG";

    /// One table: rows, digest, NULLs found in NOT NULL columns, text values holding a NUL character.
    public record TableFacts(String table, long rows, String digest, long nullsInNotNull, long badText) {

        public boolean damaged() {
            return nullsInNotNull > 0 || badText > 0;
        }
    }

    public Contents {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        meta = Map.copyOf(meta);
    }

    /// Rows of a table; 0 when the table is not there.
    public long rows(String table) {
        TableFacts t = tables.get(table);
        return t == null ? 0 : t.rows();
    }

    public Optional<String> meta(String key) {
        return Optional.ofNullable(meta.get(key));
    }

    /// Row count of every table, in table order.
    public Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        tables.forEach((k, v) -> m.put(k, v.rows()));
        return m;
    }

    public long totalRows() {
        return tables.values().stream().mapToLong(TableFacts::rows).sum();
    }

    public boolean damaged() {
        return tables.values().stream().anyMatch(TableFacts::damaged);
    }
}
