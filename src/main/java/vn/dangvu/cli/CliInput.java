package vn.dangvu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;

/// Small checks and clean-ups shared by the commands.
final class CliInput {

    private static final Logger LOG = LoggerFactory.getLogger(CliInput.class);

    private CliInput() {
    }

    /// A required text option given as blank is bad input, named by its option.
    static void requireText(String option, String value) throws AppException {
        if (Text.clean(value).isEmpty()) {
            throw new AppException("cli.error.blank", option);
        }
    }

    /// Removes a database file this command created itself and could not finish, so a retry starts clean.
    static void deleteCreated(Database db) {
        db.close();
        Path base = db.base();
        for (String suffix : new String[] {".mv.db", ".trace.db", ".app.lock"}) {
            Path p = base.resolveSibling(base.getFileName() + suffix);
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("Could not delete the unfinished file {}", p, e);
            }
        }
    }
}
