package vn.dangvu.backup;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/// What a backup is, written beside its files as `<stem>.manifest` (UTF-8 `key=value` lines, readable in any text
/// editor): when and why it was made, by which app, schema and H2 version, whose commune, its files with their
/// SHA-256, whether it was verified, and every table's row count and digest (what `check` compares a database with).
/// Copies made outside this PC are listed in the local manifest (`copy.N`).
public record BackupManifest(String database, long sequence, LocalDateTime createdAt, BackupTrigger trigger,
                             String appVersion, String dataAppVersion, String schemaVersion, String h2Version, String dbUuid,
                             Optional<Commune> commune, boolean encrypted, FileFacts binary, Optional<FileFacts> script,
                             boolean verified, String problem, Optional<String> sourceSha256, Map<String, TableEntry> tables,
                             List<Outside> copies) {

    public static final int FORMAT = 1;

    /// A file of the backup: its name (in the same folder), size and SHA-256.
    public record FileFacts(String name, long size, String sha256) {
    }

    /// A table as the backup holds it.
    public record TableEntry(long rows, String digest) {
    }

    /// A copy of this backup made outside this PC, and when.
    public record Outside(LocalDateTime at, String where) {
    }

    public BackupManifest {
        tables = new TreeMap<>(tables);
        copies = List.copyOf(copies);
    }

    public long rows(String table) {
        TableEntry t = tables.get(table);
        return t == null ? 0 : t.rows();
    }

    public BackupManifest withCopy(Outside copy) {
        List<Outside> c = new ArrayList<>(copies);
        c.add(copy);
        return new BackupManifest(database, sequence, createdAt, trigger, appVersion, dataAppVersion, schemaVersion, h2Version,
                dbUuid, commune, encrypted, binary, script, verified, problem, sourceSha256, tables, c);
    }

    public BackupManifest withoutCopies() {
        return new BackupManifest(database, sequence, createdAt, trigger, appVersion, dataAppVersion, schemaVersion, h2Version,
                dbUuid, commune, encrypted, binary, script, verified, problem, sourceSha256, tables, List.of());
    }

    public String toText() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("format", String.valueOf(FORMAT));
        p.put("database", database);
        p.put("sequence", String.valueOf(sequence));
        p.put("created_at", createdAt.toString());
        p.put("trigger", trigger.name());
        p.put("app_version", appVersion);
        p.put("data_app_version", dataAppVersion);
        p.put("schema_version", schemaVersion);
        p.put("h2_version", h2Version);
        p.put("db_uuid", dbUuid);
        commune.ifPresent(c -> {
            p.put("commune", c.name());
            p.put("province", c.province());
        });
        p.put("encrypted", String.valueOf(encrypted));
        file(p, "binary", binary);
        script.ifPresent(s -> file(p, "script", s));
        p.put("verified", String.valueOf(verified));
        p.put("problem", problem);
        sourceSha256.ifPresent(s -> p.put("source.sha256", s));
        tables.forEach((k, v) -> p.put("table." + k, v.rows() + " " + v.digest()));
        for (int i = 0; i < copies.size(); i++) {
            p.put("copy." + (i + 1), copies.get(i).at() + " " + copies.get(i).where());
        }
        StringBuilder out = new StringBuilder("# Đảng vụ: bản sao lưu (backup manifest)\n");
        p.forEach((k, v) -> out.append(k).append('=').append(escape(v)).append('\n'));
        return out.toString();
    }

    private static void file(Map<String, String> p, String prefix, FileFacts f) {
        p.put(prefix + ".file", f.name());
        p.put(prefix + ".size", String.valueOf(f.size()));
        p.put(prefix + ".sha256", f.sha256());
    }

    /// Reads a manifest; empty when it is not one (damaged, cut short, another program's file).
    public static Optional<BackupManifest> parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
            Optional<BackupTrigger> trigger = enumValue(p.getProperty("trigger", ""));
            if (!String.valueOf(FORMAT).equals(p.getProperty("format")) || trigger.isEmpty() || p.getProperty("binary.file") == null) {
                return Optional.empty();
            }
            Map<String, TableEntry> tables = new TreeMap<>();
            List<Outside> copies = new ArrayList<>();
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                if (k.startsWith("table.")) {
                    String[] rd = v.split(" ", 2);
                    tables.put(k.substring(6), new TableEntry(Long.parseLong(rd[0]), rd.length > 1 ? rd[1] : ""));
                }
            }
            for (int i = 1; p.getProperty("copy." + i) != null; i++) {
                String[] c = p.getProperty("copy." + i).split(" ", 2);
                copies.add(new Outside(LocalDateTime.parse(c[0]), c.length > 1 ? c[1] : ""));
            }
            Optional<Commune> commune = p.getProperty("commune") == null ? Optional.empty()
                    : Optional.of(new Commune(p.getProperty("commune"), p.getProperty("province", "")));
            Optional<FileFacts> script = p.getProperty("script.file") == null ? Optional.empty() : Optional.of(file(p, "script"));
            return Optional.of(new BackupManifest(p.getProperty("database", ""), Long.parseLong(p.getProperty("sequence", "0")),
                    LocalDateTime.parse(p.getProperty("created_at")), trigger.get(), p.getProperty("app_version", ""),
                    p.getProperty("data_app_version", ""), p.getProperty("schema_version", ""), p.getProperty("h2_version", ""),
                    p.getProperty("db_uuid", ""), commune, Boolean.parseBoolean(p.getProperty("encrypted")), file(p, "binary"),
                    script, Boolean.parseBoolean(p.getProperty("verified")), p.getProperty("problem", ""),
                    Optional.ofNullable(p.getProperty("source.sha256")), tables, copies));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static FileFacts file(Properties p, String prefix) {
        return new FileFacts(p.getProperty(prefix + ".file"), Long.parseLong(p.getProperty(prefix + ".size", "0")),
                p.getProperty(prefix + ".sha256", ""));
    }

    private static Optional<BackupTrigger> enumValue(String name) {
        try {
            return Optional.of(BackupTrigger.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /// Escapes what [Properties#load] would read otherwise: backslashes (Windows paths), line breaks, leading blanks.
    private static String escape(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case ' ' -> b.append(i == 0 ? "\\ " : " ");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
