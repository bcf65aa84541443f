package vn.dangvu.db;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/// Reads a whole database into [Contents]: every row of every table, in primary-key order, so that the digest does
/// not depend on where H2 keeps the rows (a copy, a database rebuilt from its script, the live file all agree).
final class ContentsReader {

    private static final byte NULL = 0;
    private static final byte VALUE = 1;

    private ContentsReader() {
    }

    private record Column(String name, boolean nullable, boolean text) {
    }

    /// One more connection to the same database, for a second reader.
    @FunctionalInterface
    interface MoreConnections {
        Connection open() throws SQLException;
    }

    static Contents read(Connection c) throws SQLException {
        return read(c, null);
    }

    /// Reads every table; with `more`, on two connections at once (two readers take the tables largest first: on a
    /// 2-core PC the read of a 100,000-member commune takes about the time of its largest tables, not of all). What
    /// is read and how each table is digested is the same either way.
    static Contents read(Connection c, MoreConnections more) throws SQLException {
        Map<String, List<Column>> columns = columns(c);
        Map<String, List<String>> keys = primaryKeys(c);
        Map<String, Long> counts = counts(c, columns.keySet());
        Queue<String> queue = new ConcurrentLinkedQueue<>(columns.keySet().stream()
                .sorted(Comparator.comparing((String t) -> counts.get(t)).reversed()).toList());
        Map<String, Contents.TableFacts> done = new ConcurrentHashMap<>();
        Reader reader = conn -> {
            try (Statement st = conn.createStatement()) {
                st.execute("SET LAZY_QUERY_EXECUTION TRUE");
                for (String t; (t = queue.poll()) != null; ) {
                    done.put(t, table(st, t, columns.get(t), keys.getOrDefault(t, List.of())));
                }
            }
        };
        AtomicReference<SQLException> helperFailed = new AtomicReference<>();
        Thread helper = more == null || Runtime.getRuntime().availableProcessors() < 2 || queue.size() < 2 ? null
                : Thread.ofPlatform().name("contents-reader").daemon().start(() -> {
                    try (Connection second = more.open()) {
                        reader.read(second);
                    } catch (SQLException | RuntimeException e) {
                        queue.clear();
                        helperFailed.set(e instanceof SQLException q ? q : new SQLException(e));
                    }
                });
        try {
            reader.read(c);
        } finally {
            queue.clear();
            join(helper);
        }
        if (helperFailed.get() != null) {
            throw helperFailed.get();
        }
        Map<String, Contents.TableFacts> tables = new LinkedHashMap<>();
        for (String t : columns.keySet()) {
            tables.put(t, done.get(t));
        }
        Map<String, String> meta = new HashMap<>();
        if (columns.containsKey("APP_META")) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT meta_key, meta_value FROM app_meta")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return new Contents(tables, meta, DbInspection.appliedVersion(c));
    }

    private static Contents.TableFacts table(Statement st, String table, List<Column> cols, List<String> key) throws SQLException {
        List<String> order = key.isEmpty() ? cols.stream().map(Column::name).toList() : key;
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < cols.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(cols.get(i).name()));
        }
        sql.append(" FROM ").append(quote(table)).append(" ORDER BY ");
        for (int i = 0; i < order.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(order.get(i)));
        }
        MessageDigest md = sha256();
        ByteBuffer length = ByteBuffer.allocate(4);
        long rows = 0;
        long nulls = 0;
        long bad = 0;
        try (ResultSet rs = st.executeQuery(sql.toString())) {
            int n = cols.size();
            while (rs.next()) {
                rows++;
                for (int i = 0; i < n; i++) {
                    String v = rs.getString(i + 1);
                    if (v == null) {
                        md.update(NULL);
                        if (!cols.get(i).nullable()) {
                            nulls++;
                        }
                        continue;
                    }
                    if (cols.get(i).text() && v.indexOf('\0') >= 0) {
                        bad++;
                    }
                    byte[] b = v.getBytes(StandardCharsets.UTF_8);
                    md.update(VALUE);
                    md.update(length.clear().putInt(b.length).array());
                    md.update(b);
                }
            }
        }
        return new Contents.TableFacts(table, rows, HexFormat.of().formatHex(md.digest()), nulls, bad);
    }

    /// Base tables of the PUBLIC schema, by name, with their columns in order.
    private static Map<String, List<Column>> columns(Connection c) throws SQLException {
        Map<String, List<Column>> m = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT c.TABLE_NAME, c.COLUMN_NAME, c.IS_NULLABLE, c.DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS c"
                        + " JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                        + " WHERE c.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_TYPE = 'BASE TABLE'"
                        + " ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION")) {
            while (rs.next()) {
                String type = String.valueOf(rs.getString(4));
                m.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Column(rs.getString(2),
                        !"NO".equals(rs.getString(3)), type.contains("CHAR")));
            }
        }
        return m;
    }

    private static Map<String, List<String>> primaryKeys(Connection c) throws SQLException {
        Map<String, List<String>> m = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT k.TABLE_NAME, k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                        + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                        + " AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                        + " WHERE tc.TABLE_SCHEMA = 'PUBLIC' AND tc.CONSTRAINT_TYPE = 'PRIMARY KEY'"
                        + " ORDER BY k.TABLE_NAME, k.ORDINAL_POSITION")) {
            while (rs.next()) {
                m.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return m;
    }

    /// Reads tables from the shared queue on one connection.
    @FunctionalInterface
    private interface Reader {
        void read(Connection c) throws SQLException;
    }

    private static void join(Thread t) {
        if (t == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /// Row counts only (H2 keeps them: no table is read), for the moment a copy is taken.
    static Map<String, Long> counts(Connection c) throws SQLException {
        return counts(c, columns(c).keySet());
    }

    private static Map<String, Long> counts(Connection c, Iterable<String> tables) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String t : tables) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + quote(t))) {
                rs.next();
                m.put(t, rs.getLong(1));
            }
        }
        return m;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
