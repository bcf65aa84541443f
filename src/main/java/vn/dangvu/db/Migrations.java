package vn.dangvu.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;

/// The newest schema version this build knows, read from db/migration/index.txt (MigrationIndexTest keeps it in
/// step with the folder). An index is used rather than a classpath listing because listing a folder inside a jar
/// or a jlink image is not reliable; the refuse-newer check must never depend on it.
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";
    private static final String CLASSPATH = "classpath:";
    static final Pattern NAME = Pattern.compile("V([0-9_.]+)__.*\\.sql");
    private static final MigrationVersion LATEST = fromIndex(LOCATION);

    private Migrations() {
    }

    public static MigrationVersion latest() {
        return LATEST;
    }

    /// The newest version over several Flyway locations: the shipped one plus any a test injects.
    /// A location is read from its index.txt, or (test folders only) by listing its directory.
    static MigrationVersion latest(List<String> locations) {
        MigrationVersion max = MigrationVersion.EMPTY;
        for (String location : locations) {
            MigrationVersion v = LOCATION.equals(location) ? LATEST : fromIndexOrFolder(location);
            if (v.compareTo(max) > 0) {
                max = v;
            }
        }
        return max;
    }

    private static MigrationVersion fromIndex(String location) {
        String resource = "/" + resourcePath(location) + "/index.txt";
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the build");
            }
            return max(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static MigrationVersion fromIndexOrFolder(String location) {
        String path = resourcePath(location);
        if (Migrations.class.getResource("/" + path + "/index.txt") != null) {
            return fromIndex(location);
        }
        URL folder = Migrations.class.getResource("/" + path);
        if (folder == null || !"file".equals(folder.getProtocol())) {
            throw new IllegalArgumentException("Migration location without index.txt: " + location);
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return max(files.map(f -> f.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + location, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(location, e);
        }
    }

    /// SHA-256 over the bundled migration scripts (in index order). Stored in app_meta after Flyway has migrated or
    /// validated a file; when it matches on the next open, the scripts are the ones already checked and Flyway
    /// (about half a second to start) is not needed.
    static String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String dir = "/" + resourcePath(LOCATION) + "/";
            try (InputStream in = Migrations.class.getResourceAsStream(dir + "index.txt")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String name = line.trim();
                    if (name.isEmpty()) {
                        continue;
                    }
                    md.update(name.getBytes(StandardCharsets.UTF_8));
                    try (InputStream script = Migrations.class.getResourceAsStream(dir + name)) {
                        md.update(script.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException | NullPointerException e) {
            throw new IllegalStateException("Cannot read the bundled migrations", e);
        }
    }

    private static String resourcePath(String location) {
        if (!location.startsWith(CLASSPATH)) {
            throw new IllegalArgumentException("Only classpath: migration locations are supported: " + location);
        }
        String p = location.substring(CLASSPATH.length());
        return p.startsWith("/") ? p.substring(1) : p;
    }

    /// The newest version among migration file names; other lines are ignored.
    static MigrationVersion max(List<String> names) {
        List<MigrationVersion> versions = new ArrayList<>();
        for (String name : names) {
            Matcher m = NAME.matcher(name.trim());
            if (m.matches()) {
                versions.add(MigrationVersion.fromVersion(m.group(1).replace('_', '.')));
            }
        }
        return versions.stream().max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
    }
}
