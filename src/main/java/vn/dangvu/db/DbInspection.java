package vn.dangvu.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.h2.engine.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AppVersion;

/// The read-only look at a database file before anything writes to it: which schema, app and H2 version wrote it
/// last, a full read of every row (a damaged file is refused here, never replaced by an empty one), and the
/// refusal of a file written by a newer app, H2 or schema. Opens the file with ACCESS_MODE_DATA=r, so not a byte
/// changes (measured by NewerVersionRefusalTest).
final class DbInspection {

    private static final Logger LOG = LoggerFactory.getLogger(DbInspection.class);
    static final String HISTORY = "flyway_schema_history";

    private DbInspection() {
    }

    /// What the file says about itself.
    record SchemaState(String schemaVersion, String lastWrittenByApp, String h2Version, String migrationsChecked) {

        boolean behind(MigrationVersion known) {
            return schemaVersion == null || MigrationVersion.fromVersion(schemaVersion).compareTo(known) < 0;
        }
    }

    static SchemaState readState(Path b) throws AppException {
        Path file = Database.dataFile(b);
        try {
            if (Files.size(file) == 0) {
                // H2 reports an empty file as "in use" (90020); it is a damaged file
                throw new AppException("db.error.damaged", file);
            }
        } catch (IOException e) {
            throw new AppException(e, "db.error.cannotOpen", file, e.getMessage());
        }
        try (Connection c = DriverManager.getConnection(Database.readOnlyUrl(b), Database.USER, Database.password());
             Statement st = c.createStatement()) {
            boolean history = tableExists(st, HISTORY);
            if (!history && countTables(st) > 0) {
                throw new AppException("db.error.notDangvu", file);
            }
            if (CloseSeal.intact(b).isPresent()) {
                LOG.debug("{} unchanged since its clean close: full read skipped", file);
            } else {
                verifyReadable(c, b);
            }
            String schema = history ? appliedVersion(c) : null;
            String app = null;
            String h2 = null;
            String checked = null;
            if (tableExists(st, "APP_META")) {
                try (ResultSet rs = st.executeQuery("SELECT meta_key, meta_value FROM app_meta"
                        + " WHERE meta_key IN ('last_written_by_app', 'h2_version', 'migrations_sha256')")) {
                    while (rs.next()) {
                        switch (rs.getString(1)) {
                            case "last_written_by_app" -> app = rs.getString(2);
                            case "h2_version" -> h2 = rs.getString(2);
                            default -> checked = rs.getString(2);
                        }
                    }
                }
            }
            return new SchemaState(schema, app, h2, checked);
        } catch (SQLException e) {
            if (!looksLikeH2(file) || damagedOnReadOnlyOpen(e)) {
                LOG.error("Damaged database file {}", file, e);
                throw new AppException(e, "db.error.damaged", file);
            }
            throw H2Errors.translate(e, b);
        }
    }

    /// Errors of the read-only look that mean the file itself is broken: an MVStore read failure (H2 wraps it as a
    /// general error 50000, also when a torn chunk makes H2 fail with a NullPointerException inside its recovery:
    /// the power-loss test met one), or a file that H2 can only open by writing to it (90097 "read only"), which a
    /// truncated file does. A file that was merely not closed (kill -9, power cut) opens read-only without writing:
    /// KillDuringWritesTest reopens every killed file through this path.
    static boolean damagedOnReadOnlyOpen(SQLException e) {
        return e.getErrorCode() == H2Errors.READ_ONLY || e.getErrorCode() == H2Errors.GENERAL;
    }

    /// An MVStore file starts with its first header, "H:2,...".
    static boolean looksLikeH2(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return Arrays.equals(head, "H:2,".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return true; // cannot tell; let the H2 error speak
        }
    }

    /// Reads every row of every table. MVStore checks a page's checksum only when it reads the page, so a file
    /// with a damaged chunk in the middle opens fine and fails later; this read makes it fail here, read-only.
    /// Secondary index pages are not read (see ADR 0008).
    private static void verifyReadable(Connection c, Path b) throws AppException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new AppException(e, "db.error.damaged", Database.dataFile(b));
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION TRUE");
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            LOG.error("Damaged database file {}", Database.dataFile(b), e);
            throw new AppException(e, "db.error.damaged", Database.dataFile(b));
        }
    }

    /// The highest successfully applied migration version, or null.
    static String appliedVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (!tableExists(st, HISTORY)) {
                return null;
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT \"version\" FROM \"" + HISTORY + "\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
                MigrationVersion max = null;
                while (rs.next()) {
                    MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                    if (max == null || v.compareTo(max) > 0) {
                        max = v;
                    }
                }
                return max == null ? null : max.getVersion();
            }
        }
    }

    private static boolean tableExists(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + name + "'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static int countTables(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /// Refuses a file written by a newer schema, app or H2 engine; the file is not touched.
    static void refuseNewer(Path b, SchemaState s, MigrationVersion known) throws AppException {
        Path file = Database.dataFile(b);
        if (s.schemaVersion() != null && MigrationVersion.fromVersion(s.schemaVersion()).compareTo(known) > 0) {
            throw new AppException("db.error.newerSchema", file, s.schemaVersion(), known.getVersion());
        }
        if (s.lastWrittenByApp() != null && AppVersion.compare(s.lastWrittenByApp(), AppVersion.current()) > 0) {
            throw new AppException("db.error.newerApp", file, s.lastWrittenByApp(), AppVersion.current());
        }
        String ours = Constants.FULL_VERSION;
        if (s.h2Version() != null && AppVersion.compare(engineVersion(s.h2Version()), engineVersion(ours)) > 0) {
            throw new AppException("db.error.newerEngine", file, s.h2Version(), ours);
        }
    }

    /// "2.4.240 (2025-09-22)" -> "2.4.240".
    private static String engineVersion(String full) {
        int space = full.indexOf(' ');
        return space < 0 ? full : full.substring(0, space);
    }
}
