package vn.dangvu.db;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.db.Store;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.common.IoFaults;

/// Copies of a database file, for the backup feature: reading a copy in full (read-only, not a byte changed), its
/// version-independent SQL script, rebuilding a database from that script, and putting a copy in the place of the
/// database (with the database closed and its app lock held). The online copy itself is [Database#copyTo].
///
/// A copy is an H2 file named `*.mv.db`; its script is `SCRIPT TO … COMPRESSION GZIP` (any later H2 can read it back
/// with `RUNSCRIPT`); an encrypted database's copies keep its encryption, its script is encrypted with H2's
/// `CIPHER AES` (which allows only DEFLATE compression).
public final class Copies {

    private static final Logger LOG = LoggerFactory.getLogger(Copies.class);
    private static final String RESTORING = ".restoring";
    private static final int COPY_BUFFER = 1 << 20;

    private Copies() {
    }

    /// Reads something more from a copy while it is open (the commune's name: a repository's typed query).
    @FunctionalInterface
    public interface Extra<T> {
        T read(DSLContext dsl);
    }

    /// What a copy holds, and what `extra` read from it.
    public record Read<T>(Contents contents, T extra) {
    }

    /// Opens a copy read-only, reads every row ([Contents]) and `extra`. A file that is not a Đảng vụ database, or
    /// that H2 cannot read through, is refused with a message naming it; the file is never changed.
    public static <T> Read<T> read(Path file, Optional<Database.Encryption> enc, Extra<T> extra) throws AppException {
        Path base = base(file);
        if (!Files.isRegularFile(file)) {
            throw new AppException("backup.error.missing", file);
        }
        String url = plainReadOnlyUrl(base) + ";TRACE_LEVEL_FILE=0" + cipher(enc);
        try (Connection c = DriverManager.getConnection(url, Database.USER, password(enc))) {
            Contents contents = ContentsReader.read(c, () -> DriverManager.getConnection(url, Database.USER, password(enc)));
            if (contents.schemaVersion() == null || !contents.tables().containsKey("APP_META")) {
                throw new AppException("backup.error.notBackup", file);
            }
            return new Read<>(contents, extra.read(DSL.using(c, SQLDialect.H2)));
        } catch (SQLException e) {
            if (!DbInspection.looksLikeH2(file) && enc.isEmpty()) {
                throw new AppException(e, "backup.error.notBackup", file);
            }
            if (e.getErrorCode() == H2Errors.WRONG_USER_OR_PASSWORD) {
                throw new AppException(e, "backup.error.notBackup", file);
            }
            LOG.warn("Copy {} could not be read through", file, e);
            throw new AppException(e, "backup.error.damaged", file);
        }
    }

    /// Writes the version-independent SQL script of a copy to `out` (forced, named when whole). Reads the copy
    /// read-only; the live database is not involved.
    public static void script(Path copy, Path out, Optional<Database.Encryption> enc) throws AppException {
        if (enc.isEmpty()) {
            scriptFrom(plainReadOnlyUrl(base(copy)), out, enc);
            return;
        }
        // H2 writes an encrypted script only from a database open for writing: from a copy of the copy (encrypted
        // too, so nothing readable touches the disk), removed afterwards; the backup's own copy is not changed
        Path work = out.resolveSibling(".script-" + UUID.randomUUID() + ".mv.db");
        try {
            Files.copy(copy, work);
            scriptFrom("jdbc:h2:file:" + slashes(base(work)) + ";IFEXISTS=TRUE", out, enc);
        } catch (IOException e) {
            throw fault(e, out, "backup.error.script");
        } finally {
            try {
                Files.deleteIfExists(work);
                Files.deleteIfExists(base(work).resolveSibling(base(work).getFileName() + ".trace.db"));
            } catch (IOException e) {
                LOG.warn("Could not remove the work copy {}", work, e);
            }
        }
    }

    private static void scriptFrom(String url, Path out, Optional<Database.Encryption> enc) throws AppException {
        try (Connection c = DriverManager.getConnection(url + ";TRACE_LEVEL_FILE=0" + cipher(enc),
                Database.USER, password(enc)); Statement st = c.createStatement()) {
            AtomicFile.replace(out, tmp -> {
                try {
                    st.execute("SCRIPT TO " + literal(tmp.toString()) + compression(enc));
                } catch (SQLException e) {
                    throw new IOException(e);
                }
            });
        } catch (SQLException | IOException e) {
            throw fault(e, out, "backup.error.script");
        }
    }

    /// Rebuilds a database from a script in a folder of its own under `work`, reads it in full and removes it:
    /// proves the script can be read back and tells what it holds.
    public static Contents replay(Path script, Optional<Database.Encryption> enc, Path work) throws AppException {
        Path dir = work.resolve(".replay-" + UUID.randomUUID());
        try {
            Files.createDirectories(dir);
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + slashes(dir.resolve("r")) + ";TRACE_LEVEL_FILE=0"
                    + cipher(enc), Database.USER, password(enc)); Statement st = c.createStatement()) {
                st.execute("RUNSCRIPT FROM " + literal(script.toString()) + compression(enc));
                Contents contents = ContentsReader.read(c);
                shutdown(st);
                return contents;
            }
        } catch (SQLException | IOException e) {
            throw fault(e, script, "backup.error.replay");
        } finally {
            deleteTree(dir);
        }
    }

    /// Puts a backup in the place of the database at `base`; the database must be closed (the app lock is taken
    /// here, so an open window or command refuses it). A binary copy is copied in through a forced temporary file
    /// and checked byte for byte; a script is first rebuilt beside the database and moved in when whole. The seal
    /// is forgotten first, so the next open reads the restored file in full. When `setAside` is given, the current
    /// file is first copied to `<name>.damaged-<setAside>.mv.db` beside it (never deleted): the damaged file of a
    /// failed start. Returns that file.
    public static Optional<Path> putInPlace(Path base, Path backup, boolean script, Optional<String> setAside,
                                           Optional<Database.Encryption> enc) throws AppException {
        Path b = base.toAbsolutePath().normalize();
        Path file = Database.dataFile(b);
        try (AppLock lock = AppLock.acquire(b)) {
            Optional<Path> aside = Optional.empty();
            if (setAside.isPresent() && Files.exists(file)) {
                Path target = unique(b, ".damaged-" + setAside.get());
                AtomicFile.copy(file, target);
                aside = Optional.of(target);
                LOG.warn("Damaged file {} kept as {}", file, target);
            }
            CloseSeal.forget(b);
            if (script) {
                rebuild(b, backup, enc);
            } else {
                AtomicFile.copy(backup, file);
                if (!MigrationBackup.sha256(file).equals(MigrationBackup.sha256(backup))) {
                    throw new IOException("restored file differs from " + backup);
                }
            }
            LOG.warn("Restored {} from {}", file, backup);
            return aside;
        } catch (IOException e) {
            throw fault(e, file, "backup.error.restoreWrite");
        }
    }

    private static void rebuild(Path b, Path script, Optional<Database.Encryption> enc) throws IOException {
        Path dir = b.resolveSibling(b.getFileName() + RESTORING);
        deleteTree(dir);
        Files.createDirectories(dir);
        Path built = dir.resolve(b.getFileName().toString());
        try {
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + slashes(built) + ";TRACE_LEVEL_FILE=0" + cipher(enc),
                    Database.USER, password(enc));
                 Statement st = c.createStatement()) {
                st.execute("RUNSCRIPT FROM " + literal(script.toString()) + compression(enc));
                shutdown(st);
            } catch (SQLException e) {
                throw new IOException(e);
            }
            AtomicFile.replaceWith(Database.dataFile(built), Database.dataFile(b));
        } finally {
            deleteTree(dir);
        }
    }

    /// Refuses when a program (a window, a command) has the database at `base` open: a restore must wait for it.
    public static void requireClosed(Path base) throws AppException {
        try (AppLock lock = AppLock.acquire(base.toAbsolutePath().normalize())) {
            LOG.debug("{} is not open anywhere", base);
        } catch (IOException e) {
            throw fault(e, Database.dataFile(base), "backup.error.restoreWrite");
        }
    }

    /// Refuses a copy written by a newer app, schema or H2 engine than this program (the same refusal as opening).
    public static void refuseNewer(Path copy, Contents c) throws AppException {
        DbInspection.refuseNewer(base(copy), new DbInspection.SchemaState(c.schemaVersion(),
                c.meta().get("last_written_by_app"), c.meta().get("h2_version"), null), Migrations.latest());
    }

    /// Bytes of an H2 store copied as they are: [Database#copyTo] hands H2's own online backup (the one `BACKUP TO`
    /// uses) a zip stream that passes the bytes through uncompressed, so the result is a plain `.mv.db` file. H2
    /// writes in 4 KiB pieces: they are gathered into 1 MiB writes. Returns the CRC-32C of the bytes written (counted
    /// as they pass, a hardware instruction: no measurable cost), which the copy read back from the disk must have.
    static long rawCopy(Connection c, Path tmp) throws IOException {
        try {
            Store store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore();
            store.flush();
            CRC32C crc = new CRC32C();
            try (OutputStream out = new CheckedOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), COPY_BUFFER), crc);
                 PassThrough zip = new PassThrough(out)) {
                store.getMvStore().getFileStore().backup(zip);
            }
            return crc.getValue();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /// A ZipOutputStream that writes its entry's bytes straight through: no zip headers, no compression.
    private static final class PassThrough extends ZipOutputStream {
        private final OutputStream target;

        PassThrough(OutputStream target) {
            super(OutputStream.nullOutputStream());
            this.target = target;
        }

        @Override
        public void putNextEntry(ZipEntry e) {
            // one entry, the store file: its bytes are the whole output
        }

        @Override
        public void closeEntry() {
            // nothing to close: no zip structure is written
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void finish() {
            // no central directory
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }

    private static Path unique(Path b, String tag) {
        Path p = b.resolveSibling(b.getFileName() + tag + ".mv.db");
        for (int i = 2; Files.exists(p); i++) {
            p = b.resolveSibling(b.getFileName() + tag + "-" + i + ".mv.db");
        }
        return p;
    }

    /// The H2 base name of a `*.mv.db` file.
    static Path base(Path file) {
        Path f = file.toAbsolutePath().normalize();
        String n = f.getFileName().toString();
        return n.endsWith(".mv.db") ? f.resolveSibling(n.substring(0, n.length() - ".mv.db".length())) : f;
    }

    private static String plainReadOnlyUrl(Path base) {
        return "jdbc:h2:file:" + slashes(base) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
    }

    private static String cipher(Optional<Database.Encryption> enc) {
        return enc.map(e -> ";CIPHER=" + e.cipher()).orElse("");
    }

    private static String password(Optional<Database.Encryption> enc) {
        return enc.map(e -> e.filePassword() + " " + Database.PASSWORD).orElse(Database.PASSWORD);
    }

    private static String compression(Optional<Database.Encryption> enc) {
        return enc.map(e -> " COMPRESSION DEFLATE CIPHER AES PASSWORD " + literal(e.filePassword())).orElse(" COMPRESSION GZIP");
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static void shutdown(Statement st) {
        try {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.debug("Shutdown of a work database", e);
        }
    }

    private static AppException fault(Exception e, Path where, String key) {
        return IoFaults.recognize(e, where).or(() -> H2Errors.ofTheComputer(e, where))
                .orElseGet(() -> new AppException(e, key, where, String.valueOf(e.getMessage())));
    }

    /// Removes a work folder this class made (a replay, a rebuild), deepest first.
    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = s.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the work folder {}", dir, e);
        }
    }
}
