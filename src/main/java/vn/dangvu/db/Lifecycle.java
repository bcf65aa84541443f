package vn.dangvu.db;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.ValidateResult;
import org.h2.engine.Constants;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AppVersion;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.common.IoFaults;

/// Opening, creating and closing a database file (ADR 0008). Opening an existing file, in this order, and nothing
/// writes to the file before step 4:
/// 1. the app lock ([AppLock]); on a medium where no lock file can be made, the file is opened read-only instead;
/// 2. a read-only look at the file ([DbInspection]), skipped when the close seal ([CloseSeal]) shows the file is
///    byte for byte what this app version's clean close left;
/// 3. refusal of a file written by a newer app, H2 or schema (file untouched);
/// 4. only when migrations are pending: a verified copy ([MigrationBackup]), then Flyway migrates; on any failure
///    the copy is put back. When nothing is pending Flyway only validates (or nothing, when the scripts are the
///    ones the file was last checked against).
///
/// A new database is built in a folder `<name>.building` beside the real name, closed, and only then moved to
/// its real name: a kill, a full disk or a failed first fill never leaves a half-made file under that name, and
/// the next attempt clears what the interrupted one left.
final class Lifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);
    private static final String BUILDING = ".building";

    private Lifecycle() {
    }

    static Database open(Path b, List<String> extraLocations) throws AppException {
        Path file = Database.dataFile(b);
        if (!Files.isRegularFile(file)) {
            throw new AppException("db.error.notFound", file);
        }
        if (!writable(b)) {
            return openReadOnly(b, extraLocations);
        }
        AppLock lock;
        try {
            lock = AppLock.acquire(b);
        } catch (IOException e) {
            if (IoFaults.recognize(e, file).isPresent()) {
                LOG.info("No app lock possible beside {} ({}): opening it read-only", file, e.toString());
                return openReadOnly(b, extraLocations);
            }
            throw new AppException(e, "db.error.cannotOpen", file, e.getMessage());
        }
        // a build killed after it named the file (sealing, clearing) left its folder; with the lock, nobody builds now
        clearQuietly(b.resolveSibling(b.getFileName() + BUILDING), b);
        return openLocked(b, lock, extraLocations);
    }

    /// The file and its folder can be written: else the file is opened read-only (a CD, a write-protected stick).
    static boolean writable(Path b) {
        return Files.isWritable(Database.dataFile(b)) && Files.isWritable(b.getParent());
    }

    static Database create(Path b, Database.Build fill) throws AppException {
        Path file = Database.dataFile(b);
        if (Files.exists(file)) {
            throw new AppException("db.error.exists", file);
        }
        AppLock lock;
        try {
            Files.createDirectories(b.getParent());
            lock = AppLock.acquire(b);
        } catch (IOException e) {
            throw IoFaults.recognize(e, b.getParent())
                    .orElseGet(() -> new AppException(e, "db.error.cannotCreate", b.getParent(), e.getMessage()));
        }
        try {
            if (Files.exists(file)) {
                throw new AppException("db.error.exists", file);
            }
            build(b, fill);
            return openLocked(b, lock, List.of());
        } catch (AppException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /// Builds the new database in `<name>.building/`, fills it, closes it and moves it to its real name.
    /// The caller holds the app lock of the real name, so nobody else builds there at the same time.
    private static void build(Path b, Database.Build fill) throws AppException {
        Path work = b.resolveSibling(b.getFileName() + BUILDING);
        Path wb = work.resolve(b.getFileName());
        try {
            clear(work, b);
            Files.createDirectories(work);
        } catch (IOException e) {
            throw IoFaults.recognize(e, work).orElseGet(() -> new AppException(e, "db.error.cannotCreate", work, e.getMessage()));
        }
        Database db;
        try {
            db = start(wb, b, null, true, List.of(Migrations.LOCATION), Optional.empty(), false);
        } catch (AppException | RuntimeException e) {
            clearQuietly(work, b);
            throw e;
        }
        try {
            fill.fill(db);
        } catch (AppException e) {
            db.close();
            clearQuietly(work, b);
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Filling the new database {} failed", Database.dataFile(b), e);
            db.close();
            clearQuietly(work, b);
            Optional<AppException> reason = AppException.in(e).or(() -> H2Errors.ofTheComputer(e, Database.dataFile(b)));
            if (reason.isPresent()) {
                throw reason.get();
            }
            throw e;
        }
        if (!db.closeCleanly()) {
            clearQuietly(work, b);
            throw new AppException("db.error.migrationFailedNew", Database.dataFile(b), "SHUTDOWN");
        }
        try {
            // what a database that once had this name left beside it must not describe the new one
            Files.deleteIfExists(CloseSeal.marker(b));
            Files.deleteIfExists(CloseSeal.seal(b));
            AtomicFile.publish(Database.dataFile(wb), Database.dataFile(b));
            if (Files.exists(CloseSeal.seal(wb))) {
                AtomicFile.copy(CloseSeal.seal(wb), CloseSeal.seal(b));
            }
        } catch (IOException e) {
            clearQuietly(work, b);
            throw IoFaults.recognize(e, Database.dataFile(b))
                    .orElseGet(() -> new AppException(e, "db.error.cannotCreate", b.getParent(), e.getMessage()));
        }
        clearQuietly(work, b);
        LOG.info("New database {} built and put in place", Database.dataFile(b));
    }

    /// Removes what a build of `b` left in its folder (this run's, or an interrupted one's), then the folder.
    /// Only names of that database are touched: the folder is ours by its name, but a user could put files there.
    private static void clear(Path work, Path b) throws IOException {
        if (!Files.isDirectory(work)) {
            return;
        }
        String prefix = b.getFileName().toString() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(work)) {
            for (Path p : files) {
                if (p.getFileName().toString().startsWith(prefix) && Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
        try {
            Files.delete(work);
        } catch (IOException e) {
            LOG.warn("Build folder {} kept: it holds other files", work, e);
        }
    }

    private static void clearQuietly(Path work, Path b) {
        try {
            clear(work, b);
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished database in {}", work, e);
        }
    }

    private static Database openLocked(Path b, AppLock lock, List<String> extraLocations) throws AppException {
        try {
            List<String> locations = new ArrayList<>();
            locations.add(Migrations.LOCATION);
            locations.addAll(extraLocations);
            MigrationVersion known = Migrations.latest(locations);
            Optional<Path> backup = Optional.empty();
            boolean scriptsChecked;
            long t0 = System.nanoTime();
            CloseSeal.Look look = CloseSeal.look(b);
            if (sealedByThisVersion(look, known, extraLocations)) {
                // The file is byte for byte what a clean close of this app version left: nothing to refuse, migrate
                // or re-check, so the read-only look is skipped.
                scriptsChecked = true;
                LOG.debug("{} sealed by a clean close: opened directly", b);
            } else {
                DbInspection.SchemaState state = DbInspection.readState(b);
                LOG.debug("Read-only look at {} took {} ms", b, (System.nanoTime() - t0) / 1_000_000);
                scriptsChecked = extraLocations.isEmpty() && Migrations.fingerprint().equals(state.migrationsChecked());
                DbInspection.refuseNewer(b, state, known);
                if (state.behind(known)) {
                    backup = Optional.of(MigrationBackup.make(b, state));
                }
            }
            long t1 = System.nanoTime();
            Database db = start(b, b, lock, false, locations, backup, scriptsChecked);
            db.lastClose(look.lastClose());
            LOG.debug("Opening {} for writing took {} ms (Flyway {})", b, (System.nanoTime() - t1) / 1_000_000,
                    scriptsChecked ? "skipped: scripts unchanged" : "ran");
            return db;
        } catch (AppException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static boolean sealedByThisVersion(CloseSeal.Look look, MigrationVersion known, List<String> extraLocations) {
        Optional<CloseSeal.Sealed> sealed = look.sealed();
        return sealed.isPresent() && extraLocations.isEmpty() && AppVersion.compare(sealed.get().app(), AppVersion.current()) <= 0
                && sealed.get().schema().equals(known.getVersion()) && sealed.get().migrations().equals(Migrations.fingerprint());
    }

    /// A file that cannot be written (read-only medium or file): opened with H2's ACCESS_MODE_DATA=r and no app
    /// lock (none can be made), after the same read-only look and refusals; a file that would need migrating is
    /// refused, since it cannot be upgraded there. Every write is then refused with [StorageFault].
    private static Database openReadOnly(Path b, List<String> extraLocations) throws AppException {
        List<String> locations = new ArrayList<>();
        locations.add(Migrations.LOCATION);
        locations.addAll(extraLocations);
        MigrationVersion known = Migrations.latest(locations);
        LastClose lastClose = CloseSeal.look(b).lastClose();
        DbInspection.SchemaState state = DbInspection.readState(b);
        DbInspection.refuseNewer(b, state, known);
        if (state.behind(known)) {
            throw new AppException("db.error.readOnlyOld", Database.dataFile(b),
                    state.schemaVersion() == null ? "0" : state.schemaVersion(), known.getVersion());
        }
        String url = Database.readOnlyUrl(b) + ";TRACE_LEVEL_FILE=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, Database.USER, Database.password());
        pool.setMaxConnections(8);
        try {
            Connection anchor = DriverManager.getConnection(url, Database.USER, Database.password());
            LOG.info("Opened {} read-only: the file or its folder cannot be written", Database.dataFile(b));
            return new Database(b, b, null, pool, anchor, Optional.empty(), true, state.schemaVersion()).lastClose(lastClose);
        } catch (SQLException e) {
            pool.dispose();
            throw H2Errors.translate(e, b);
        }
    }

    /// Opens the H2 file at `b` for writing; `name` is the database's real name (differs from `b` while it is built).
    private static Database start(Path b, Path name, AppLock lock, boolean creating, List<String> locations,
                                  Optional<Path> backup, boolean scriptsChecked) throws AppException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(Database.url(b, !creating), Database.USER, Database.password());
        pool.setMaxConnections(8);
        Connection anchor = null;
        try {
            // Keeps the database open for the Database's lifetime, whatever the pool does with idle connections.
            // A plain connection, not a pooled one: closing a pooled connection after SHUTDOWN rolls back on a
            // closed session, which H2 writes as error 90121 into a .trace.db file on every exit.
            anchor = DriverManager.getConnection(Database.url(b, !creating), Database.USER, Database.password());
            if (creating || backup.isPresent()) {
                flyway(pool, locations).migrate();
            } else if (!scriptsChecked) {
                ValidateResult v = flyway(pool, locations).validateWithResult();
                if (!v.validationSuccessful) {
                    throw new SchemaMismatch(v.getAllErrorMessages());
                }
            }
            String applied = DbInspection.appliedVersion(anchor);
            stampVersion(anchor, creating, applied, locations.size() == 1);
            Database db = new Database(b, name, lock, pool, anchor, backup, false, applied == null ? "0" : applied)
                    .lastClose(creating ? LastClose.NEW : LastClose.UNKNOWN);
            db.checkpoint();
            CloseSeal.opened(b);
            return db;
        } catch (SchemaMismatch e) {
            shutdownQuietly(anchor, pool);
            throw new AppException(e, "db.error.schemaMismatch", Database.dataFile(b), e.getMessage());
        } catch (SQLException | RuntimeException e) {
            // FlywayException (a migration failed halfway: H2 DDL is not transactional), an H2 error, a full disk
            LOG.error("Opening {} failed", b, e);
            shutdownQuietly(anchor, pool);
            Optional<AppException> computer = H2Errors.ofTheComputer(e, Database.dataFile(name));
            if (creating) {
                deleteQuietly(Database.dataFile(b));
                throw computer.orElseGet(() -> new AppException(e, "db.error.migrationFailedNew", Database.dataFile(name),
                        e.getMessage()));
            }
            if (backup.isPresent()) {
                MigrationBackup.restore(b, backup.get());
                throw new AppException(e, "db.error.migrationFailedRestored", Database.dataFile(b), backup.get(),
                        computer.map(AppException::userMessage).orElse(e.getMessage()));
            }
            if (computer.isPresent()) {
                throw computer.get();
            }
            throw e instanceof SQLException s ? H2Errors.translate(s, b)
                    : new AppException(e, "db.error.cannotOpen", Database.dataFile(b), e.getMessage());
        }
    }

    private static Flyway flyway(JdbcConnectionPool pool, List<String> locations) {
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(pool)
                .locations(locations.toArray(String[]::new))
                .cleanDisabled(true)
                .validateOnMigrate(true)
                .baselineOnMigrate(false)
                .load();
    }

    /// A failed validation when nothing was pending: the file was not touched.
    private static final class SchemaMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SchemaMismatch(String message) {
            super(message);
        }
    }

    /// Records in app_meta who wrote the file last (and, at creation, who created it). Plain JDBC on the anchor
    /// connection, writing only what changed: this runs on every start, before anything else needs jOOQ.
    private static void stampVersion(Connection anchor, boolean creating, String schemaVersion, boolean bundledScriptsOnly)
            throws SQLException {
        Map<String, String> want = new LinkedHashMap<>();
        if (creating) {
            want.put("created_by_app", AppVersion.current());
            want.put("db_uuid", UUID.randomUUID().toString());
        }
        want.put("last_written_by_app", AppVersion.current());
        want.put("h2_version", Constants.FULL_VERSION);
        want.put("schema_version", schemaVersion == null ? Migrations.latest().getVersion() : schemaVersion);
        if (bundledScriptsOnly) {
            want.put("migrations_sha256", Migrations.fingerprint());
        }
        Map<String, String> have = new HashMap<>();
        try (Statement st = anchor.createStatement(); ResultSet rs = st.executeQuery("SELECT meta_key, meta_value FROM app_meta")) {
            while (rs.next()) {
                have.put(rs.getString(1), rs.getString(2));
            }
        }
        want.entrySet().removeIf(e -> e.getValue().equals(have.get(e.getKey())));
        if (want.isEmpty()) {
            return;
        }
        boolean auto = anchor.getAutoCommit();
        anchor.setAutoCommit(false);
        try (PreparedStatement upd = anchor.prepareStatement("UPDATE app_meta SET meta_value = ? WHERE meta_key = ?");
             PreparedStatement ins = anchor.prepareStatement("INSERT INTO app_meta (meta_key, meta_value) VALUES (?, ?)")) {
            for (var e : want.entrySet()) {
                upd.setString(1, e.getValue());
                upd.setString(2, e.getKey());
                if (upd.executeUpdate() == 0) {
                    ins.setString(1, e.getKey());
                    ins.setString(2, e.getValue());
                    ins.executeUpdate();
                }
            }
            anchor.commit();
        } catch (SQLException e) {
            anchor.rollback();
            throw e;
        } finally {
            anchor.setAutoCommit(auto);
        }
    }

    /// CHECKPOINT SYNC (unless read-only) and SHUTDOWN (COMPACT when asked) on the anchor connection, which closes
    /// the file. True when the file was closed cleanly.
    static boolean shutdown(Connection c, boolean compact, boolean readOnly) {
        try (Statement st = c.createStatement()) {
            if (!readOnly) {
                st.execute("CHECKPOINT SYNC");
            }
            st.execute(compact && !readOnly ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            return true;
        } catch (SQLException e) {
            // SHUTDOWN closes the connection under the statement; H2 reports that as 90121 "already closed"
            if (e.getErrorCode() == H2Errors.ALREADY_CLOSED) {
                return true;
            }
            LOG.warn("Shutdown failed", e);
            return false;
        } finally {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Anchor connection already closed", e);
            }
        }
    }

    /// Closes the half-opened database so its file can be replaced or left alone.
    private static void shutdownQuietly(Connection anchor, JdbcConnectionPool pool) {
        if (anchor != null) {
            try (Statement st = anchor.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.debug("Shutdown after a failed open", e);
            }
            try {
                anchor.close();
            } catch (SQLException e) {
                LOG.debug("Anchor already closed", e);
            }
        }
        pool.dispose();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", p, e);
        }
    }
}
