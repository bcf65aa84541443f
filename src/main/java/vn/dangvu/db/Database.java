package vn.dangvu.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionalCallable;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AppVersion;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.common.IoFaults;

/// The embedded H2 database file, opened as shared/reliability.md §0/§1.2 require (ADR 0008): WRITE_DELAY=0 (a
/// commit survives a process kill), CHECKPOINT SYNC after each confirmed save and on close, IFEXISTS=TRUE except
/// when creating, file lock on (H2's own plus [AppLock]), SHUTDOWN on close.
///
/// This class is what the rest of the app uses: open, create and close, and the only way into a transaction.
/// The work behind it lives beside it: [Lifecycle] (open, create under a temporary name, read-only opening),
/// [AppLock], [DbInspection] (the read-only look), [MigrationBackup], [H2Errors] and [CloseSeal].
public final class Database implements AutoCloseable {

    static final String USER = "dangvu";
    static final String PASSWORD = "";
    private static final String SUFFIX = ".mv.db";
    /// How many [#save] calls are running on this thread (only the outermost one checkpoints).
    private static final ThreadLocal<Integer> SAVE_DEPTH = ThreadLocal.withInitial(() -> 0);
    /// The key of the file being opened or created on this thread (every connection the open makes needs it).
    private static final ThreadLocal<Optional<Encryption>> OPENING = ThreadLocal.withInitial(Optional::empty);

    /// How an encrypted file is opened (encryption at rest, issue 9): H2's cipher and the file password. The backup
    /// copies of an encrypted file are encrypted with the same key, and its SQL script with this password.
    public record Encryption(String cipher, String filePassword) {

        /// H2's AES cipher with the file password made from a file key ([KeyFile]).
        public static Encryption aes(byte[] fileKey) {
            return new Encryption("AES", KeyFile.filePassword(fileKey));
        }
    }

    /// Fills a new database before it gets its real name ([#create(Path, Build)]).
    @FunctionalInterface
    public interface Build {
        void fill(Database db) throws AppException;
    }

    private final Path base;
    private final Path name;
    private final AppLock lock;
    private final JdbcConnectionPool pool;
    private final Connection anchor;
    private final DSLContext dsl;
    private final Optional<Path> migrationBackup;
    private final boolean readOnly;
    /// The schema version recorded in the close seal.
    private final String sealedSchema;
    private boolean closed;
    private volatile boolean compactOnClose;
    private LastClose lastClose = LastClose.UNKNOWN;
    private Optional<Encryption> encryption = Optional.empty();
    /// Saves hold it shared; an online copy ([#copyTo]) holds it alone, so the copy is the state of one moment.
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();

    /// `base`: where the H2 files are; `name`: the database's real name (another while a new one is built).
    Database(Path base, Path name, AppLock lock, JdbcConnectionPool pool, Connection anchor, Optional<Path> migrationBackup,
             boolean readOnly, String sealedSchema) {
        this.base = base;
        this.name = name;
        this.lock = lock;
        this.pool = pool;
        this.anchor = anchor;
        this.migrationBackup = migrationBackup;
        this.readOnly = readOnly;
        this.sealedSchema = sealedSchema;
        Settings settings = new Settings().withExecuteLogging(false).withRenderFormatted(false);
        // Thread-bound transactions: a service called inside another service's transaction (on the same thread)
        // joins it (nested = savepoint), so one use case spanning features stays one transaction (ADR 0011).
        this.dsl = DSL.using(new DefaultConfiguration().set(SQLDialect.H2).set(settings)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool), true)));
    }

    /// Opens an existing database file (base name without ".mv.db"); migrates it after a verified backup.
    /// A file on a medium that cannot be written is opened read-only ([#readOnly]).
    public static Database open(Path base) throws AppException {
        if (KeyFile.exists(absolute(base))) {
            throw new AppException("db.error.passwordNeeded", dataFile(absolute(base)));
        }
        return open(base, List.of());
    }

    /// Opens an encrypted database with its file key (unwrapped from [KeyFile] with the user's password).
    public static Database open(Path base, Encryption key) throws AppException {
        OPENING.set(Optional.of(key));
        try {
            return Lifecycle.open(absolute(base), List.of()).encryption(Optional.of(key));
        } finally {
            OPENING.remove();
        }
    }

    /// Creates a new encrypted database (the key file is the caller's: [KeyFile#write]).
    public static Database create(Path base, Encryption key, Build fill) throws AppException {
        OPENING.set(Optional.of(key));
        try {
            return Lifecycle.create(absolute(base), fill).encryption(Optional.of(key));
        } finally {
            OPENING.remove();
        }
    }

    /// As [#open(Path)], with extra Flyway locations after the shipped ones (tests inject migrations here).
    static Database open(Path base, List<String> extraLocations) throws AppException {
        return Lifecycle.open(absolute(base), extraLocations);
    }

    /// Creates a new, empty database; refuses an existing file. Built under a temporary name and named when whole.
    public static Database create(Path base) throws AppException {
        return create(base, db -> { });
    }

    /// Creates a new database and fills it (the organisation of `init`, the demo commune) before it gets its real
    /// name: until `fill` has returned and the file is closed, nothing exists under that name, so a kill or a failure
    /// leaves no half-made database. Returns the database opened under its real name.
    public static Database create(Path base, Build fill) throws AppException {
        return Lifecycle.create(absolute(base), fill);
    }

    /// The window's start: creates the default database on first run, else opens it.
    public static Database openOrCreate(Path base) throws AppException {
        return Files.exists(dataFile(absolute(base))) ? open(base) : create(base);
    }

    public static Path dataFile(Path base) {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    private static Path absolute(Path base) {
        return base.toAbsolutePath().normalize();
    }

    static String url(Path base, boolean ifExists) {
        return "jdbc:h2:file:" + base.toString().replace('\\', '/')
                + ";WRITE_DELAY=0" + (ifExists ? ";IFEXISTS=TRUE" : "") + cipher();
    }

    /// The password H2 is given: for an encrypted file, the file password, a space, the user password.
    static String password() {
        return OPENING.get().map(e -> e.filePassword() + " " + PASSWORD).orElse(PASSWORD);
    }

    private static String cipher() {
        return OPENING.get().map(e -> ";CIPHER=" + e.cipher()).orElse("");
    }

    /// Read-only, for looking at a file without changing a byte of it (measured by NewerVersionRefusalTest).
    static String readOnlyUrl(Path base) {
        return "jdbc:h2:file:" + base.toString().replace('\\', '/') + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r" + cipher();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path base() {
        return name;
    }

    public Path file() {
        return dataFile(name);
    }

    /// Opened read-only: the file or its folder cannot be written (a CD, a write-protected USB stick, a read-only
    /// share). Reading works; every [#save] and [#change] is refused with a message that says so.
    public boolean readOnly() {
        return readOnly;
    }

    /// How the file was left before this open: closed cleanly, not closed (a kill, a power cut), changed since.
    public LastClose lastClose() {
        return lastClose;
    }

    Database lastClose(LastClose state) {
        this.lastClose = state;
        return this;
    }

    /// The file's encryption, when it is encrypted: the key it was opened with; backups follow it ([Copies]).
    public Optional<Encryption> encryption() {
        return encryption;
    }

    private Database encryption(Optional<Encryption> key) {
        this.encryption = key;
        return this;
    }

    /// Where the backups of the database at `base` go: the folder `backups` beside it (the pre-migration copies too).
    public static Path backupFolder(Path base) {
        return absolute(base).resolveSibling("backups");
    }

    /// The verified copy made before this open migrated the file, if any.
    public Optional<Path> migrationBackup() {
        return migrationBackup;
    }

    /// Runs work in one transaction and makes it durable (CHECKPOINT SYNC) before returning:
    /// when this returns, the save is confirmed and survives a crash.
    /// Inside another save on the same thread it joins that transaction, and the outer save makes it durable.
    /// A read-only database, a full disk or a folder without permission ends in a [StorageFault] saying so.
    public <T> T save(TransactionalCallable<T> work) {
        if (readOnly) {
            throw new StorageFault(new AppException("db.error.readOnly", file()));
        }
        int depth = SAVE_DEPTH.get();
        SAVE_DEPTH.set(depth + 1);
        if (depth == 0) {
            gate.readLock().lock();
        }
        try {
            T result = inTransaction(work);
            if (depth == 0) {
                checkpoint();
            }
            return result;
        } finally {
            if (depth == 0) {
                gate.readLock().unlock();
            }
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
        try {
            return dsl.transactionResult(() -> work.run(dsl.configuration()));
        } catch (RuntimeException e) {
            throw recognised(e);
        }
    }

    /// A failure the computer caused, as a [StorageFault] naming the cause; anything else as it came.
    private RuntimeException recognised(RuntimeException e) {
        if (e instanceof StorageFault || AppException.in(e).isPresent()) {
            return e;
        }
        return H2Errors.ofTheComputer(e, file()).<RuntimeException>map(StorageFault::new).orElse(e);
    }

    /// [#save] for a change the rules may refuse: an [AppException] thrown inside rolls the transaction back and
    /// comes out as itself (jOOQ wraps it while rolling back), as does the reason of a [StorageFault].
    public <T> T change(TransactionalCallable<T> work) throws AppException {
        try {
            return save(work);
        } catch (RuntimeException e) {
            throw AppException.unwrap(e);
        }
    }

    /// Bulk writes (an import, the demo commune; later a rating import or a consolidation). `work` runs its own
    /// transactions: one [#change] for all or nothing (an import), or several [#save]s for a load committed in chunks
    /// (the demo: one transaction over a million rows grows a huge undo log). Under the app's WRITE_DELAY=0 every
    /// commit, and within a big transaction every batch statement, makes MVStore write a chunk (measured: 10,000
    /// imported rows took about 10 s and bloated the file); for the duration of the work the delay is 500 ms, so
    /// MVStore writes in the background. Durability is unchanged: afterwards, whatever happened, the delay is 0 again
    /// and CHECKPOINT SYNC forces everything committed to the disk before this returns (the saves inside do not
    /// checkpoint one by one); a crash before a commit loses only that uncommitted transaction. Inside a running
    /// save it simply runs the work there (the outer save checkpoints).
    public <T> T bulk(BulkWork<T> work) throws AppException {
        int depth = SAVE_DEPTH.get();
        if (depth > 0) {
            return work.run();
        }
        SAVE_DEPTH.set(1);
        dsl.execute("SET WRITE_DELAY 500");
        try {
            return work.run();
        } finally {
            SAVE_DEPTH.set(depth);
            try {
                dsl.execute("SET WRITE_DELAY 0");
            } finally {
                checkpoint();
            }
        }
    }

    /// Forces everything committed so far to the disk (the only fsync path in MVStore). Nothing to do read-only.
    public void checkpoint() {
        if (readOnly) {
            return;
        }
        try {
            dsl.execute("CHECKPOINT SYNC");
        } catch (RuntimeException e) {
            throw recognised(e);
        }
    }

    /// The online binary backup: waits for running saves, holds new ones back, forces the file, notes every table's
    /// row count and copies the file's bytes to `target` the way H2's `BACKUP TO` does (chunk space not reused while
    /// it copies; an encrypted file is copied as it is on disk), through a forced temporary file that is named
    /// `target` only when whole. Uncompressed, so it costs about a plain file copy. Returns the row counts of that
    /// moment, which the copy must show when it is opened ([Copies#read]), and the CRC-32C of the bytes written, which
    /// the copy read back from the disk must have.
    public OnlineCopy copyTo(Path target) throws AppException {
        if (SAVE_DEPTH.get() > 0) {
            throw new IllegalStateException("an online copy inside a save would wait for itself");
        }
        gate.writeLock().lock();
        try (Connection c = pool.getConnection()) {
            checkpoint();
            Map<String, Long> counts = ContentsReader.counts(c);
            long[] crc = new long[1];
            AtomicFile.replace(target, tmp -> crc[0] = Copies.rawCopy(c, tmp));
            return new OnlineCopy(counts, crc[0]);
        } catch (IOException | SQLException | RuntimeException e) {
            throw IoFaults.recognize(e, target).or(() -> H2Errors.ofTheComputer(e, target))
                    .orElseGet(() -> new AppException(e, "backup.error.copy", target, String.valueOf(e.getMessage())));
        } finally {
            gate.writeLock().unlock();
        }
    }

    /// What [#copyTo] made: every table's row count at the moment of the copy, and the CRC-32C of the bytes written.
    public record OnlineCopy(Map<String, Long> counts, long crc32c) {
    }

    /// Reads every row of the open database ([Contents]): for `check` and for the look after an unclean close.
    public Contents contents() throws AppException {
        try (Connection c = pool.getConnection()) {
            return ContentsReader.read(c, pool::getConnection);
        } catch (SQLException e) {
            throw H2Errors.ofTheComputer(e, file()).orElseGet(() -> new AppException(e, "db.error.damaged", file()));
        }
    }

    /// Asks [#close] to rewrite the file without its free space (SHUTDOWN COMPACT): after a bulk load such as
    /// the demo commune, the file is 3–4× smaller (100,000 demo members: 503 MB → 146 MB) and opens faster.
    public void compactOnClose() {
        compactOnClose = true;
    }

    /// Stop writers first. Then: pool, CHECKPOINT SYNC, SHUTDOWN (closes the file), close seal, app lock.
    @Override
    public void close() {
        closeCleanly();
    }

    /// [#close], telling whether the file was shut down cleanly (and sealed); false also when already closed.
    synchronized boolean closeCleanly() {
        if (closed) {
            return false;
        }
        closed = true;
        try {
            // Pooled connections close first, while the anchor keeps the database open: closing them after
            // SHUTDOWN made H2 log 90121 "already closed" into a .trace.db file on every exit.
            pool.dispose();
            boolean clean = Lifecycle.shutdown(anchor, compactOnClose, readOnly);
            if (clean && !readOnly) {
                CloseSeal.closed(base, new CloseSeal.Sealed(AppVersion.current(), sealedSchema, Migrations.fingerprint()));
            }
            return clean;
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
