package vn.dangvu.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AppVersion;

/// The embedded H2 database file, opened as shared/reliability.md §0 requires:
/// WRITE_DELAY=0 (a commit survives a process kill), CHECKPOINT SYNC after each confirmed save and on exit,
/// IFEXISTS=TRUE except when creating, file lock on, SHUTDOWN on close.
/// Before migrations touch an existing file it is copied beside itself and the copy is opened to verify it;
/// a failed migration restores that copy. A file written by a newer app or schema is refused untouched.
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String USER = "dangvu";
    private static final String PASSWORD = "";
    private static final String SUFFIX = ".mv.db";
    private static final String H2_IN_USE = "90020";
    private static final String H2_NOT_FOUND = "90146";

    private final Path base;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Optional<Path> migrationBackup;
    private boolean closed;

    private Database(Path base, JdbcConnectionPool pool, FileChannel lockChannel, FileLock lock, Optional<Path> migrationBackup) {
        this.base = base;
        this.pool = pool;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.migrationBackup = migrationBackup;
        Settings settings = new Settings().withExecuteLogging(false).withRenderFormatted(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
    }

    /// Opens an existing database file (base name without ".mv.db"); migrates it after a verified backup.
    public static Database open(Path base) throws AppException {
        Path b = base.toAbsolutePath().normalize();
        if (!Files.exists(dataFile(b))) {
            throw new AppException("db.error.notFound", dataFile(b));
        }
        return openLocked(b, false);
    }

    /// Creates a new database; refuses an existing file.
    public static Database create(Path base) throws AppException {
        Path b = base.toAbsolutePath().normalize();
        if (Files.exists(dataFile(b))) {
            throw new AppException("db.error.exists", dataFile(b));
        }
        try {
            Files.createDirectories(b.getParent());
        } catch (IOException e) {
            throw new AppException(e, "db.error.cannotCreate", b.getParent(), e.getMessage());
        }
        return openLocked(b, true);
    }

    /// The window's start: creates the default database on first run, else opens it.
    public static Database openOrCreate(Path base) throws AppException {
        return Files.exists(dataFile(base.toAbsolutePath().normalize())) ? open(base) : create(base);
    }

    public static Path dataFile(Path base) {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    private static Database openLocked(Path b, boolean creating) throws AppException {
        FileChannel channel = null;
        FileLock fileLock;
        try {
            Files.createDirectories(b.getParent());
            channel = FileChannel.open(b.resolveSibling(b.getFileName() + ".app.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            fileLock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            fileLock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new AppException(e, "db.error.cannotOpen", dataFile(b), e.getMessage());
        }
        if (fileLock == null) {
            closeQuietly(channel);
            throw new AppException("db.error.inUse", dataFile(b));
        }
        try {
            Optional<Path> backup = Optional.empty();
            if (!creating) {
                Optional<SchemaState> state = readState(b);
                if (state.isPresent()) {
                    refuseNewer(b, state.get());
                    if (state.get().pendingMigrations()) {
                        backup = Optional.of(backupBeforeMigration(b, state.get()));
                    }
                }
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(url(b, !creating), USER, PASSWORD);
            pool.setMaxConnections(8);
            try {
                migrate(pool, b, backup);
                Database db = new Database(b, pool, channel, fileLock, backup);
                db.stampVersion(creating);
                db.checkpoint();
                return db;
            } catch (AppException | RuntimeException e) {
                pool.dispose();
                throw e;
            }
        } catch (AppException | RuntimeException e) {
            releaseQuietly(fileLock, channel);
            throw e;
        }
    }

    static String url(Path base, boolean ifExists) {
        return "jdbc:h2:file:" + base.toString().replace('\\', '/')
                + ";WRITE_DELAY=0" + (ifExists ? ";IFEXISTS=TRUE" : "");
    }

    /// What the file says about itself, read through a read-only connection so the check never writes.
    record SchemaState(String schemaVersion, String lastWrittenByApp, boolean pendingMigrations) {
    }

    private static Optional<SchemaState> readState(Path b) throws AppException {
        try (Connection c = DriverManager.getConnection(url(b, true) + ";ACCESS_MODE_DATA=r", USER, PASSWORD);
             Statement st = c.createStatement()) {
            if (!tableExists(st, "flyway_schema_history")) {
                return Optional.empty();
            }
            String schema = null;
            try (ResultSet rs = st.executeQuery(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
                MigrationVersion max = null;
                while (rs.next()) {
                    MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                    if (max == null || v.compareTo(max) > 0) {
                        max = v;
                    }
                }
                schema = max == null ? null : max.getVersion();
            }
            String app = null;
            if (tableExists(st, "APP_META")) {
                try (ResultSet rs = st.executeQuery("SELECT meta_value FROM app_meta WHERE meta_key = 'last_written_by_app'")) {
                    app = rs.next() ? rs.getString(1) : null;
                }
            }
            MigrationVersion latest = Migrations.latest();
            boolean pending = schema == null || MigrationVersion.fromVersion(schema).compareTo(latest) < 0;
            return Optional.of(new SchemaState(schema, app, pending));
        } catch (SQLException e) {
            throw translate(e, b);
        }
    }

    private static boolean tableExists(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '" + name + "'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static void refuseNewer(Path b, SchemaState s) throws AppException {
        if (s.schemaVersion() != null && MigrationVersion.fromVersion(s.schemaVersion()).compareTo(Migrations.latest()) > 0) {
            throw new AppException("db.error.newerSchema", dataFile(b), s.schemaVersion(), Migrations.latest().getVersion());
        }
        if (s.lastWrittenByApp() != null && AppVersion.compare(s.lastWrittenByApp(), AppVersion.current()) > 0) {
            throw new AppException("db.error.newerApp", dataFile(b), s.lastWrittenByApp(), AppVersion.current());
        }
    }

    /// Copies the closed file to "<name>.pre-v<schema>-<time>.mv.db" beside it and opens the copy to prove it is usable.
    private static Path backupBeforeMigration(Path b, SchemaState s) throws AppException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path copyBase = b.resolveSibling(b.getFileName() + ".pre-v" + (s.schemaVersion() == null ? "0" : s.schemaVersion()) + "-" + stamp);
        Path copy = dataFile(copyBase);
        try {
            Path tmp = copy.resolveSibling(copy.getFileName() + ".tmp");
            Files.copy(dataFile(b), tmp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AppException(e, "db.error.backupFailed", copy, e.getMessage());
        }
        try (Connection c = DriverManager.getConnection(url(copyBase, true) + ";ACCESS_MODE_DATA=r", USER, PASSWORD);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
        } catch (SQLException e) {
            throw new AppException(e, "db.error.backupUnreadable", copy, e.getMessage());
        }
        LOG.info("Pre-migration backup verified: {}", copy);
        return copy;
    }

    private static void migrate(JdbcConnectionPool pool, Path b, Optional<Path> backup) throws AppException {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations(Migrations.LOCATION)
                    .cleanDisabled(true)
                    .validateOnMigrate(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            LOG.error("Migration failed for {}", b, e);
            if (backup.isEmpty()) {
                throw new AppException(e, "db.error.migrationFailedNew", dataFile(b), e.getMessage());
            }
            pool.dispose();
            restore(b, backup.get());
            throw new AppException(e, "db.error.migrationFailedRestored", dataFile(b), backup.get(), e.getMessage());
        } catch (RuntimeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw translate(sql, b);
            }
            throw e;
        }
    }

    private static void restore(Path b, Path backupFile) throws AppException {
        try {
            Path tmp = dataFile(b).resolveSibling(b.getFileName() + ".restore.tmp");
            Files.copy(backupFile, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, dataFile(b), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.warn("Restored {} from {}", dataFile(b), backupFile);
        } catch (IOException e) {
            throw new AppException(e, "db.error.restoreFailed", dataFile(b), backupFile, e.getMessage());
        }
    }

    private void stampVersion(boolean creating) {
        dsl.transaction(trx -> {
            DSLContext t = trx.dsl();
            if (creating) {
                putMeta(t, "created_by_app", AppVersion.current());
                putMeta(t, "db_uuid", UUID.randomUUID().toString());
            }
            putMeta(t, "last_written_by_app", AppVersion.current());
            putMeta(t, "h2_version", org.h2.engine.Constants.FULL_VERSION);
            putMeta(t, "schema_version", Migrations.latest().getVersion());
        });
    }

    private static void putMeta(DSLContext t, String key, String value) {
        var meta = vn.dangvu.db.jooq.tables.AppMeta.APP_META;
        t.mergeInto(meta).using(DSL.selectOne())
                .on(meta.META_KEY.eq(key))
                .whenMatchedThenUpdate().set(meta.META_VALUE, value)
                .whenNotMatchedThenInsert(meta.META_KEY, meta.META_VALUE).values(key, value)
                .execute();
    }

    static AppException translate(SQLException e, Path b) {
        String state = String.valueOf(e.getErrorCode());
        if (H2_IN_USE.equals(state) || (e.getMessage() != null && e.getMessage().contains("[90020"))) {
            return new AppException(e, "db.error.inUse", dataFile(b));
        }
        if (H2_NOT_FOUND.equals(state)) {
            return new AppException(e, "db.error.notFound", dataFile(b));
        }
        return new AppException(e, "db.error.cannotOpen", dataFile(b), e.getMessage());
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path base() {
        return base;
    }

    public Path file() {
        return dataFile(base);
    }

    /// The verified copy made before this open migrated the file, if any.
    public Optional<Path> migrationBackup() {
        return migrationBackup;
    }

    /// Runs work in one transaction and makes it durable (CHECKPOINT SYNC) before returning:
    /// when this returns, the save is confirmed and survives a crash.
    public <T> T save(org.jooq.TransactionalCallable<T> work) {
        T result = dsl.transactionResult(work);
        checkpoint();
        return result;
    }

    /// Forces everything committed so far to the disk (the only fsync path in MVStore).
    public void checkpoint() {
        dsl.execute("CHECKPOINT SYNC");
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            // SHUTDOWN closes the connection under the statement; H2 reports that as 90121 "already closed"
            if (e.getErrorCode() != 90121) {
                LOG.warn("Shutdown of {} failed", base, e);
            }
        } finally {
            pool.dispose();
            releaseQuietly(lock, lockChannel);
        }
    }

    private static void releaseQuietly(FileLock l, FileChannel ch) {
        try {
            if (l != null && l.isValid()) {
                l.release();
            }
        } catch (IOException e) {
            LOG.warn("Could not release the app lock", e);
        }
        closeQuietly(ch);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null) {
            return;
        }
        try {
            ch.close();
        } catch (IOException e) {
            LOG.warn("Could not close the app lock", e);
        }
    }
}
