package vn.dangvu.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;

/// The newest schema version this build knows, read from db/migration/index.txt (written by the build test
/// MigrationIndexTest keeps it in step with the folder).
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";
    private static final Pattern NAME = Pattern.compile("V([0-9_.]+)__.*\\.sql");
    private static final MigrationVersion LATEST = readLatest();

    private Migrations() {
    }

    public static MigrationVersion latest() {
        return LATEST;
    }

    private static MigrationVersion readLatest() {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/index.txt")) {
            if (in == null) {
                throw new IllegalStateException("db/migration/index.txt missing from the build");
            }
            MigrationVersion max = MigrationVersion.EMPTY;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                Matcher m = NAME.matcher(line.trim());
                if (m.matches()) {
                    MigrationVersion v = MigrationVersion.fromVersion(m.group(1).replace('_', '.'));
                    if (v.compareTo(max) > 0) {
                        max = v;
                    }
                }
            }
            return max;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read db/migration/index.txt", e);
        }
    }
}
