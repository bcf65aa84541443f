package vn.dangvu.db;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.IoFaults;

/// H2's errors as Vietnamese [AppException]s: the ones met while opening (in use, damaged, not ours), and those of
/// the computer met while writing (disk full, no permission, read-only medium), never H2's or Flyway's raw text.
final class H2Errors {

    private static final Logger LOG = LoggerFactory.getLogger(H2Errors.class);
    static final int IN_USE = 90020;
    static final int NOT_FOUND = 90146;
    static final int FILE_CORRUPTED = 90030;
    static final int FILE_VERSION = 90048;
    static final int WRONG_USER_OR_PASSWORD = 28000;
    static final int ALREADY_CLOSED = 90121;
    static final int READ_ONLY = 90097;
    static final int NO_DISK_SPACE = 90100;
    static final int GENERAL = 50000;

    private H2Errors() {
    }

    /// H2 errors the user can meet while opening, as Vietnamese messages; never the raw H2 text for the common ones.
    static AppException translate(SQLException e, Path b) {
        Path file = Database.dataFile(b);
        int code = e.getErrorCode();
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (code == IN_USE || text.contains("[90020")) {
            return new AppException(e, "db.error.inUse", file);
        }
        if (code == NOT_FOUND) {
            return new AppException(e, "db.error.notFound", file);
        }
        Optional<AppException> computer = ofTheComputer(e, file);
        if (computer.isPresent()) {
            return computer.get();
        }
        if (code == FILE_CORRUPTED || code == FILE_VERSION || text.contains("[90030")) {
            LOG.error("Damaged database file {}", file, e);
            return new AppException(e, "db.error.damaged", file);
        }
        if (code == WRONG_USER_OR_PASSWORD) {
            return new AppException(e, "db.error.notDangvu", file);
        }
        LOG.error("Cannot open {}", file, e);
        return new AppException(e, "db.error.cannotOpen", file, e.getMessage());
    }

    /// A failure while writing the database at `file` that the computer caused (disk full, no permission, read-only
    /// medium), as the message naming that cause; empty for anything else.
    static Optional<AppException> ofTheComputer(Throwable failure, Path file) {
        boolean noSpace = causes(failure).anyMatch(t -> t instanceof SQLException s && s.getErrorCode() == NO_DISK_SPACE);
        if (noSpace) {
            return Optional.of(new AppException(failure, "io.error.diskFull", file));
        }
        Optional<AppException> io = IoFaults.recognize(failure, file);
        if (io.isPresent()) {
            return io;
        }
        boolean readOnly = causes(failure).anyMatch(t -> t instanceof SQLException s && s.getErrorCode() == READ_ONLY);
        return readOnly ? Optional.of(new AppException(failure, "db.error.readOnly", file)) : Optional.empty();
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(30);
    }
}
