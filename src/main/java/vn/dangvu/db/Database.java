package vn.dangvu.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.ValidateResult;
import org.h2.engine.Constants;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionalCallable;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AppVersion;

/// The embedded H2 database file, opened as shared/reliability.md §0/§1.2 require (ADR 0008):
/// WRITE_DELAY=0 (a commit survives a process kill), CHECKPOINT SYNC after each confirmed save and on close,
/// IFEXISTS=TRUE except when creating, file lock on (H2's own plus an app lock file), SHUTDOWN on close.
///
/// Opening an existing file happens in this order, and nothing writes to the file before step 4:
/// 1. app lock `<name>.app.lock` (one holder per machine, also within this JVM);
/// 2. a read-only look at the file: schema version, app and H2 version that last wrote it, and a full read of
///    every table (a damaged file is refused here, never replaced by an empty one);
/// 3. refusal of a file written by a newer app, H2 or schema (file untouched);
/// 4. only when migrations are pending: a copy `<name>.pre-v<schema>-<time>.mv.db` beside it, verified byte for
///    byte and by opening it; then Flyway migrates; on any failure the copy is put back and the user is told.
///    When nothing is pending Flyway only validates, so no migration can ever run without a verified backup.
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String USER = "dangvu";
    static final String PASSWORD = "";
    private static final String SUFFIX = ".mv.db";
    private static final int H2_IN_USE = 90020;
    private static final int H2_NOT_FOUND = 90146;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_FILE_VERSION = 90048;
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
    private static final int H2_ALREADY_CLOSED = 90121;
    private static final int H2_READ_ONLY = 90097;
    private static final int H2_GENERAL = 50000;
    private static final String HISTORY = "flyway_schema_history";
    /// App lock files held by this JVM. Checked before a second channel is opened: on Linux/macOS closing any
    /// channel to a file drops every POSIX lock this process holds on it (measured; see ADR 0008).
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    /// How many [#save] calls are running on this thread (only the outermost one checkpoints).
    private static final ThreadLocal<Integer> SAVE_DEPTH = ThreadLocal.withInitial(() -> 0);

    private final Path base;
    private final Path lockFile;
    private final JdbcConnectionPool pool;
    private final Connection anchor;
    private final DSLContext dsl;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Optional<Path> migrationBackup;
    private boolean closed;
    private volatile boolean compactOnClose;
    /// The schema version recorded in the close seal.
    private String sealedSchema = "0";

    private Database(Path base, Path lockFile, JdbcConnectionPool pool, Connection anchor, FileChannel lockChannel,
                     FileLock lock, Optional<Path> migrationBackup) {
        this.base = base;
        this.lockFile = lockFile;
        this.pool = pool;
        this.anchor = anchor;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.migrationBackup = migrationBackup;
        Settings settings = new Settings().withExecuteLogging(false).withRenderFormatted(false);
        // Thread-bound transactions: a service called inside another service's transaction (on the same thread)
        // joins it (nested = savepoint), so one use case spanning features stays one transaction (ADR 0011).
        this.dsl = DSL.using(new DefaultConfiguration().set(SQLDialect.H2).set(settings)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool), true)));
    }

    /// Opens an existing database file (base name without ".mv.db"); migrates it after a verified backup.
    public static Database open(Path base) throws AppException {
        return open(base, List.of());
    }

    /// As [#open(Path)], with extra Flyway locations after the shipped ones (tests inject migrations here).
    static Database open(Path base, List<String> extraLocations) throws AppException {
        Path b = base.toAbsolutePath().normalize();
        Path file = dataFile(b);
        if (!Files.isRegularFile(file)) {
            throw new AppException("db.error.notFound", file);
        }
        return openLocked(b, false, extraLocations);
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
        return openLocked(b, true, List.of());
    }

    /// The window's start: creates the default database on first run, else opens it.
    public static Database openOrCreate(Path base) throws AppException {
        return Files.exists(dataFile(base.toAbsolutePath().normalize())) ? open(base) : create(base);
    }

    public static Path dataFile(Path base) {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    static Path lockFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".app.lock");
    }

    private static Database openLocked(Path b, boolean creating, List<String> extraLocations) throws AppException {
        Path lockPath = lockFile(b);
        if (!HELD.add(lockPath)) {
            throw new AppException("db.error.inUse", dataFile(b));
        }
        FileChannel channel = null;
        FileLock fileLock = null;
        try {
            channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            fileLock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            closeQuietly(channel);
            HELD.remove(lockPath);
            throw new AppException(e, "db.error.cannotOpen", dataFile(b), e.getMessage());
        }
        if (fileLock == null) {
            closeQuietly(channel);
            HELD.remove(lockPath);
            throw new AppException("db.error.inUse", dataFile(b));
        }
        try {
            List<String> locations = new ArrayList<>();
            locations.add(Migrations.LOCATION);
            locations.addAll(extraLocations);
            MigrationVersion known = Migrations.latest(locations);
            Optional<Path> backup = Optional.empty();
            boolean scriptsChecked = false;
            long t0 = System.nanoTime();
            Optional<CloseSeal.Sealed> sealed = creating ? Optional.empty() : CloseSeal.intact(b);
            if (sealed.isPresent() && extraLocations.isEmpty() && AppVersion.compare(sealed.get().app(), AppVersion.current()) <= 0
                    && sealed.get().schema().equals(known.getVersion()) && sealed.get().migrations().equals(Migrations.fingerprint())) {
                // The file is byte for byte what a clean close of this app version left: nothing to refuse, migrate
                // or re-check, so the read-only look is skipped.
                scriptsChecked = true;
                LOG.debug("{} sealed by a clean close of app {}: opened directly", b, sealed.get().app());
            } else if (!creating) {
                SchemaState state = readState(b);
                LOG.debug("Read-only look at {} took {} ms", b, (System.nanoTime() - t0) / 1_000_000);
                scriptsChecked = extraLocations.isEmpty() && Migrations.fingerprint().equals(state.migrationsChecked());
                refuseNewer(b, state, known);
                if (state.schemaVersion() == null || MigrationVersion.fromVersion(state.schemaVersion()).compareTo(known) < 0) {
                    backup = Optional.of(backupBeforeMigration(b, state));
                }
            }
            long t1 = System.nanoTime();
            Database db = start(b, lockPath, channel, fileLock, creating, locations, backup, scriptsChecked);
            LOG.debug("Opening {} for writing took {} ms (Flyway {})", b, (System.nanoTime() - t1) / 1_000_000,
                    scriptsChecked ? "skipped: scripts unchanged" : "ran");
            return db;
        } catch (AppException | RuntimeException e) {
            releaseQuietly(fileLock, channel, lockPath);
            throw e;
        }
    }

    private static Database start(Path b, Path lockPath, FileChannel channel, FileLock fileLock, boolean creating,
                                  List<String> locations, Optional<Path> backup, boolean scriptsChecked) throws AppException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(b, !creating), USER, PASSWORD);
        pool.setMaxConnections(8);
        Connection anchor = null;
        try {
            // Keeps the database open for the Database's lifetime, whatever the pool does with idle connections.
            // A plain connection, not a pooled one: closing a pooled connection after SHUTDOWN rolls back on a
            // closed session, which H2 writes as error 90121 into a .trace.db file on every exit.
            anchor = DriverManager.getConnection(url(b, !creating), USER, PASSWORD);
            boolean migrating = creating || backup.isPresent();
            if (migrating) {
                flyway(pool, locations).migrate();
            } else if (!scriptsChecked) {
                ValidateResult v = flyway(pool, locations).validateWithResult();
                if (!v.validationSuccessful) {
                    throw new SchemaMismatch(v.getAllErrorMessages());
                }
            }
            Database db = new Database(b, lockPath, pool, anchor, channel, fileLock, backup);
            String applied = appliedVersion(anchor);
            db.sealedSchema = applied == null ? "0" : applied;
            db.stampVersion(creating, applied, locations.size() == 1);
            db.checkpoint();
            CloseSeal.opened(b);
            return db;
        } catch (SchemaMismatch e) {
            shutdownQuietly(anchor, pool);
            throw new AppException(e, "db.error.schemaMismatch", dataFile(b), e.getMessage());
        } catch (SQLException e) {
            shutdownQuietly(anchor, pool);
            AppException translated = translate(e, b);
            if (backup.isPresent()) {
                LOG.error("Could not finish opening {} after its pre-migration backup", b, e);
                restore(b, backup.get());
                throw new AppException(e, "db.error.migrationFailedRestored", dataFile(b), backup.get(), e.getMessage());
            }
            throw translated;
        } catch (RuntimeException e) {
            // FlywayException (a migration failed halfway: H2 DDL is not transactional) or a jOOQ error while stamping
            LOG.error("Opening {} failed", b, e);
            shutdownQuietly(anchor, pool);
            if (creating) {
                deleteQuietly(dataFile(b));
                throw new AppException(e, "db.error.migrationFailedNew", dataFile(b), e.getMessage());
            }
            if (backup.isEmpty()) {
                throw new AppException(e, "db.error.cannotOpen", dataFile(b), e.getMessage());
            }
            restore(b, backup.get());
            throw new AppException(e, "db.error.migrationFailedRestored", dataFile(b), backup.get(), e.getMessage());
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

    static String url(Path base, boolean ifExists) {
        return "jdbc:h2:file:" + base.toString().replace('\\', '/')
                + ";WRITE_DELAY=0" + (ifExists ? ";IFEXISTS=TRUE" : "");
    }

    /// Read-only, for looking at a file without changing a byte of it (measured by NewerVersionRefusalTest).
    static String readOnlyUrl(Path base) {
        return "jdbc:h2:file:" + base.toString().replace('\\', '/') + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
    }

    /// What the file says about itself.
    record SchemaState(String schemaVersion, String lastWrittenByApp, String h2Version, String migrationsChecked) {
    }

    private static SchemaState readState(Path b) throws AppException {
        Path file = dataFile(b);
        try {
            if (Files.size(file) == 0) {
                // H2 reports an empty file as "in use" (90020); it is a damaged file
                throw new AppException("db.error.damaged", file);
            }
        } catch (IOException e) {
            throw new AppException(e, "db.error.cannotOpen", file, e.getMessage());
        }
        try (Connection c = DriverManager.getConnection(readOnlyUrl(b), USER, PASSWORD);
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
            throw translate(e, b);
        }
    }

    /// Errors of the read-only look that mean the file itself is broken: an MVStore read failure (H2 wraps it as a
    /// general error 50000), or a file that H2 can only open by writing to it (90097 "read only"), which a
    /// truncated file does. A file that was merely not closed (kill -9, power cut) opens read-only without writing:
    /// KillDuringWritesTest reopens every killed file through this path.
    private static boolean damagedOnReadOnlyOpen(SQLException e) {
        String text = String.valueOf(e.getMessage());
        return e.getErrorCode() == H2_READ_ONLY
                || (e.getErrorCode() == H2_GENERAL && (text.contains("MVStoreException") || text.contains("corrupt")));
    }

    /// An MVStore file starts with its first header, "H:2,...".
    private static boolean looksLikeH2(Path file) {
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
            throw new AppException(e, "db.error.damaged", dataFile(b));
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
            LOG.error("Damaged database file {}", dataFile(b), e);
            throw new AppException(e, "db.error.damaged", dataFile(b));
        }
    }

    /// The highest successfully applied migration version, or null.
    private static String appliedVersion(Connection c) throws SQLException {
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

    private static void refuseNewer(Path b, SchemaState s, MigrationVersion known) throws AppException {
        if (s.schemaVersion() != null && MigrationVersion.fromVersion(s.schemaVersion()).compareTo(known) > 0) {
            throw new AppException("db.error.newerSchema", dataFile(b), s.schemaVersion(), known.getVersion());
        }
        if (s.lastWrittenByApp() != null && AppVersion.compare(s.lastWrittenByApp(), AppVersion.current()) > 0) {
            throw new AppException("db.error.newerApp", dataFile(b), s.lastWrittenByApp(), AppVersion.current());
        }
        String ours = Constants.FULL_VERSION;
        if (s.h2Version() != null && AppVersion.compare(engineVersion(s.h2Version()), engineVersion(ours)) > 0) {
            throw new AppException("db.error.newerEngine", dataFile(b), s.h2Version(), ours);
        }
    }

    /// "2.4.240 (2025-09-22)" -> "2.4.240".
    private static String engineVersion(String full) {
        int space = full.indexOf(' ');
        return space < 0 ? full : full.substring(0, space);
    }

    /// Copies the closed file to "<name>.pre-v<schema>-<time>.mv.db" beside it, checks the copy is byte-identical
    /// and opens it read-only to prove it is usable. The time is the file's last write (the state the copy holds),
    /// so the database layer reads no clock of its own (the app has one, in the composition root).
    private static Path backupBeforeMigration(Path b, SchemaState s) throws AppException {
        String stamp;
        try {
            stamp = LocalDateTime.ofInstant(Files.getLastModifiedTime(dataFile(b)).toInstant(), ZoneId.systemDefault())
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        } catch (IOException e) {
            throw new AppException(e, "db.error.backupFailed", dataFile(b), e.getMessage());
        }
        String prefix = b.getFileName() + ".pre-v" + (s.schemaVersion() == null ? "0" : s.schemaVersion()) + "-" + stamp;
        Path copyBase = b.resolveSibling(prefix);
        for (int i = 2; Files.exists(dataFile(copyBase)); i++) {
            copyBase = b.resolveSibling(prefix + "-" + i);
        }
        Path copy = dataFile(copyBase);
        try {
            Path tmp = copy.resolveSibling(copy.getFileName() + ".tmp");
            Files.copy(dataFile(b), tmp, StandardCopyOption.REPLACE_EXISTING);
            force(tmp);
            Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE);
            if (!sha256(copy).equals(sha256(dataFile(b)))) {
                throw new AppException("db.error.backupUnreadable", copy, "SHA-256");
            }
        } catch (IOException e) {
            throw new AppException(e, "db.error.backupFailed", copy, e.getMessage());
        }
        try (Connection c = DriverManager.getConnection(readOnlyUrl(copyBase), USER, PASSWORD)) {
            String v = appliedVersion(c);
            if (!Objects.equals(v, s.schemaVersion())) {
                throw new AppException("db.error.backupUnreadable", copy, "schema " + v);
            }
        } catch (SQLException e) {
            throw new AppException(e, "db.error.backupUnreadable", copy, e.getMessage());
        }
        LOG.info("Pre-migration backup verified: {}", copy);
        return copy;
    }

    /// Puts the verified pre-migration copy back (the database must be closed) and checks the result byte for byte.
    private static void restore(Path b, Path backupFile) throws AppException {
        try {
            Path tmp = dataFile(b).resolveSibling(b.getFileName() + ".restore.tmp");
            Files.copy(backupFile, tmp, StandardCopyOption.REPLACE_EXISTING);
            force(tmp);
            Files.move(tmp, dataFile(b), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (!sha256(dataFile(b)).equals(sha256(backupFile))) {
                throw new IOException("restored file differs from " + backupFile);
            }
            LOG.warn("Restored {} from {}", dataFile(b), backupFile);
        } catch (IOException e) {
            throw new AppException(e, "db.error.restoreFailed", dataFile(b), backupFile, e.getMessage());
        }
    }

    private static void force(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /// Records in app_meta who wrote the file last (and, at creation, who created it). Plain JDBC on the anchor
    /// connection, writing only what changed: this runs on every start, before anything else needs jOOQ.
    private void stampVersion(boolean creating, String schemaVersion, boolean bundledScriptsOnly) throws SQLException {
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

    /// H2 errors the user can meet while opening, as Vietnamese messages; never the raw H2 text for the common ones.
    static AppException translate(SQLException e, Path b) {
        int code = e.getErrorCode();
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (code == H2_IN_USE || text.contains("[90020")) {
            return new AppException(e, "db.error.inUse", dataFile(b));
        }
        if (code == H2_NOT_FOUND) {
            return new AppException(e, "db.error.notFound", dataFile(b));
        }
        if (code == H2_FILE_CORRUPTED || code == H2_FILE_VERSION || text.contains("[90030")) {
            LOG.error("Damaged database file {}", dataFile(b), e);
            return new AppException(e, "db.error.damaged", dataFile(b));
        }
        if (code == H2_WRONG_USER_OR_PASSWORD) {
            return new AppException(e, "db.error.notDangvu", dataFile(b));
        }
        LOG.error("Cannot open {}", dataFile(b), e);
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
    /// Inside another save on the same thread it joins that transaction, and the outer save makes it durable.
    public <T> T save(TransactionalCallable<T> work) {
        int depth = SAVE_DEPTH.get();
        SAVE_DEPTH.set(depth + 1);
        try {
            T result = inTransaction(work);
            if (depth == 0) {
                checkpoint();
            }
            return result;
        } finally {
            SAVE_DEPTH.set(depth);
        }
    }

    /// Runs reads in one transaction (a consistent view); inside a save on the same thread it joins that save.
    public <T> T read(TransactionalCallable<T> work) {
        return inTransaction(work);
    }

    /// The only entry to a jOOQ transaction: the thread-bound form, so a transaction begun inside another one on
    /// the same thread is nested (a savepoint) instead of committing and closing the outer one's connection.
    private <T> T inTransaction(TransactionalCallable<T> work) {
        return dsl.transactionResult(() -> work.run(dsl.configuration()));
    }

    /// [#save] for a change the rules may refuse: an [AppException] thrown inside rolls the transaction back and
    /// comes out as itself (jOOQ wraps it while rolling back).
    public <T> T change(TransactionalCallable<T> work) throws AppException {
        try {
            return save(work);
        } catch (RuntimeException e) {
            throw AppException.unwrap(e);
        }
    }

    /// Forces everything committed so far to the disk (the only fsync path in MVStore).
    public void checkpoint() {
        dsl.execute("CHECKPOINT SYNC");
    }

    /// Asks [#close] to rewrite the file without its free space (SHUTDOWN COMPACT): after a bulk load such as
    /// the demo commune, the file is 3–4× smaller (100,000 demo members: 503 MB → 146 MB) and opens faster.
    public void compactOnClose() {
        compactOnClose = true;
    }

    /// Stop writers first. Then: pool, CHECKPOINT SYNC, SHUTDOWN (closes the file), app lock.
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // Pooled connections close first, while the anchor keeps the database open: closing them after
            // SHUTDOWN made H2 log 90121 "already closed" into a .trace.db file on every exit.
            pool.dispose();
            shutdown(anchor, compactOnClose);
            CloseSeal.closed(base, new CloseSeal.Sealed(AppVersion.current(), sealedSchema, Migrations.fingerprint()));
        } finally {
            releaseQuietly(lock, lockChannel, lockFile);
        }
    }

    private static void shutdown(Connection c, boolean compact) {
        try (Statement st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
            st.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            // SHUTDOWN closes the connection under the statement; H2 reports that as 90121 "already closed"
            if (e.getErrorCode() != H2_ALREADY_CLOSED) {
                LOG.warn("Shutdown failed", e);
            }
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

    private static void releaseQuietly(FileLock l, FileChannel ch, Path lockPath) {
        try {
            if (l != null && l.isValid()) {
                l.release();
            }
        } catch (IOException e) {
            LOG.warn("Could not release the app lock", e);
        }
        closeQuietly(ch);
        HELD.remove(lockPath);
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
