package vn.dangvu.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.dangvu.AppContext;
import vn.dangvu.TestMembers;
import vn.dangvu.common.AppException;
import vn.dangvu.party.Gender;
import vn.dangvu.settings.SetupRequest;

/// Helpers for the database reliability tests.
final class DbFiles {

    private DbFiles() {
    }

    /// A new database with the organisation set up and the given members registered; closed on return.
    static void createWithMembers(Path base, String... names) throws AppException {
        try (AppContext ctx = new AppContext(Database.create(base))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "Nguyễn Văn A", "", 2025, 2030));
            long root = ctx.units().all().get(0).id();
            for (String n : names) {
                ctx.members().save(TestMembers.form(n, Gender.FEMALE, LocalDate.of(1980, 1, 1), root,
                        LocalDate.of(2005, 2, 3), null, LocalDate.of(2006, 2, 3)));
            }
        }
    }

    /// Runs SQL on the file with a plain H2 connection (no app code), then shuts it down cleanly
    /// (or as the last statement says, e.g. "SHUTDOWN COMPACT").
    static void sql(Path base, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.url(base, true), Database.USER, Database.PASSWORD);
             Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
            if (statements.length == 0 || !statements[statements.length - 1].startsWith("SHUTDOWN")) {
                st.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != 90121) { // SHUTDOWN closed the connection under the statement
                throw e;
            }
        }
    }

    static String sha(Path base) throws IOException {
        return MigrationBackup.sha256(Database.dataFile(base));
    }

    /// Pre-migration backups of the databases in dir: files in its backup folder whose names contain "-pre-v"
    /// (and, from older versions, files beside them containing ".pre-v").
    static List<Path> backups(Path dir) throws IOException {
        Path folder = dir.resolve("backups");
        List<Path> out = new ArrayList<>();
        for (Path d : List.of(dir, folder)) {
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(p -> p.getFileName().toString().matches(".*[.-]pre-v.*\\.mv\\.db")).forEach(out::add);
                }
            }
        }
        return out.stream().sorted().toList();
    }

    static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
