package vn.dangvu.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

import vn.dangvu.AppContext;
import vn.dangvu.backup.Backup;
import vn.dangvu.backup.BackupTrigger;
import vn.dangvu.db.Contents;
import vn.dangvu.db.Copies;
import vn.dangvu.db.Database;

/// Issue 9 "Speed": a backup of the 100,000-member demo database takes at most 2× a plain copy of its file, and
/// verifying that backup at most 3×, measured in the same run. Per round, interleaved:
/// - plain copy: `Files.copy` of the database file, then `force` (a copy that is on the disk, as a backup must be);
/// - backup: the online binary copy of the open database (`Database.copyTo`: checkpoint, row counts, H2's online
///   backup through a forced temporary file, atomic rename);
/// - verify: that copy opened read-only and read in full, every table's rows counted and digested (`Copies.read`,
///   what a backup's manifest is made from and compared with), then the file read back once (SHA-256 for the
///   manifest, CRC-32C compared with the bytes the backup wrote), as `BackupService` does;
/// - with `script`, once, for information: the SQL script of the copy and its replay into a work database (daily,
///   manual and outside backups add them after the verified binary copy), and the whole `BackupService.backup(MANUAL)`.
final class BackupBench {

    private BackupBench() {
    }

    /// What the backup service does with a copy after reading its rows: reads the file back once for the manifest's
    /// SHA-256 and the CRC-32C compared with the bytes written (`Backups.readBack`).
    private static long readBack(Path f) throws Exception {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            CRC32C crc = new CRC32C();
            byte[] buf = new byte[1 << 20];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
                crc.update(buf, 0, n);
            }
            md.digest();
            return crc.getValue();
        }
    }

    static void run(Path dir, int members, int rounds, boolean withScript, StringBuilder report) throws Exception {
        Path base = SearchBench.demoDb(dir, members, report);
        Path file = Database.dataFile(base);
        Path work = Files.createDirectories(dir.resolve("backup-bench"));
        Path plain = work.resolve("plain.mv.db");
        Path copy = work.resolve("copy.mv.db");
        Path script = work.resolve("copy.sql.gz");
        Map<String, List<Double>> ms = new LinkedHashMap<>();
        List<Double> backupRatio = new ArrayList<>();
        List<Double> verifyRatio = new ArrayList<>();
        int warm = 1;
        double full = -1;
        double scriptMs = -1;
        double replayMs = -1;
        long rows = 0;
        try (AppContext ctx = new AppContext(Database.open(base))) {
            for (int r = 0; r < warm + rounds; r++) {
                Files.deleteIfExists(plain);
                Files.deleteIfExists(copy);
                Files.deleteIfExists(script);
                long c0 = ImportBench.cpu();
                long t0 = System.nanoTime();
                Files.copy(file, plain, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel ch = FileChannel.open(plain, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                long t1 = System.nanoTime();
                long c1 = ImportBench.cpu();
                long written = ctx.db().copyTo(copy).crc32c();
                long t2 = System.nanoTime();
                long c2 = ImportBench.cpu();
                Contents c = Copies.read(copy, Optional.empty(), dsl -> null).contents();
                long tRows = System.nanoTime();
                long cRows = ImportBench.cpu();
                if (readBack(copy) != written) {
                    throw new IllegalStateException("copy differs from the bytes written");
                }
                long t3 = System.nanoTime();
                long c3 = ImportBench.cpu();
                rows = c.counts().values().stream().mapToLong(Long::longValue).sum();
                double p = (t1 - t0) / 1e6;
                double b = (t2 - t1) / 1e6;
                double v = (t3 - t2) / 1e6;
                System.out.printf(Locale.ROOT, "backup round %d: plain copy %.0f ms, backup %.0f ms (%.2f×), verify %.0f ms (%.2f×:"
                        + " rows %.0f, read-back %.0f); process CPU: copy %.0f, backup %.0f, verify %.0f ms (rows %.0f, read-back %.0f);"
                        + " load %.1f%n", r, p, b, b / p, v, v / p, (tRows - t2) / 1e6, (t3 - tRows) / 1e6, (c1 - c0) / 1e6,
                        (c2 - c1) / 1e6, (c3 - c2) / 1e6, (cRows - c2) / 1e6, (c3 - cRows) / 1e6,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                if (r >= warm) {
                    ms.computeIfAbsent("plain file copy + force", x -> new ArrayList<>()).add(p);
                    ms.computeIfAbsent("**backup** (online binary copy)", x -> new ArrayList<>()).add(b);
                    ms.computeIfAbsent("**verify** (copy read in full, counts + digests)", x -> new ArrayList<>()).add(v);
                    ms.computeIfAbsent("process CPU: plain copy", x -> new ArrayList<>()).add((c1 - c0) / 1e6);
                    ms.computeIfAbsent("process CPU: backup", x -> new ArrayList<>()).add((c2 - c1) / 1e6);
                    ms.computeIfAbsent("process CPU: verify", x -> new ArrayList<>()).add((c3 - c2) / 1e6);
                    ms.computeIfAbsent("verify part: rows read (wall)", x -> new ArrayList<>()).add((tRows - t2) / 1e6);
                    ms.computeIfAbsent("verify part: read-back SHA-256 + CRC-32C (wall)", x -> new ArrayList<>()).add((t3 - tRows) / 1e6);
                    ms.computeIfAbsent("verify part: rows read (CPU)", x -> new ArrayList<>()).add((cRows - c2) / 1e6);
                    ms.computeIfAbsent("verify part: read-back (CPU)", x -> new ArrayList<>()).add((c3 - cRows) / 1e6);
                    ms.computeIfAbsent("load average (1 min)", x -> new ArrayList<>())
                            .add(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    backupRatio.add(b / p);
                    verifyRatio.add(v / p);
                }
            }
            if (withScript) {
                long t0 = System.nanoTime();
                Copies.script(copy, script, Optional.empty());
                long t1 = System.nanoTime();
                Copies.replay(script, Optional.empty(), work);
                long t2 = System.nanoTime();
                scriptMs = (t1 - t0) / 1e6;
                replayMs = (t2 - t1) / 1e6;
                Backup made = ctx.backups().backup(BackupTrigger.MANUAL);
                full = (System.nanoTime() - t2) / 1e6;
                System.out.printf(Locale.ROOT, "script %.0f ms, replay %.0f ms, backup(MANUAL) %.0f ms, verified %s%n", scriptMs,
                        replayMs, full, made.verified());
            }
        }
        long size = Files.size(file);
        report.append(String.format(Locale.ROOT, "%n#### Backup of %,d members (file %,d KiB, %,d rows), %d rounds after %d warm-up%n%n",
                members, size / 1024, rows, rounds, warm));
        report.append("| step | median / min / p95 ms |\n|---|---|\n");
        for (var e : ms.entrySet()) {
            report.append("| ").append(e.getKey()).append(" | ")
                    .append(Stats.of(e.getValue().stream().mapToDouble(Double::doubleValue).toArray()).fmt()).append(" |\n");
        }
        report.append(String.format(Locale.ROOT, "| backup ÷ plain copy, same round | %s (target ≤ 2) |%n",
                Stats.of(backupRatio.stream().mapToDouble(Double::doubleValue).toArray()).fmt()));
        report.append(String.format(Locale.ROOT, "| verify ÷ plain copy, same round | %s (target ≤ 3) |%n",
                Stats.of(verifyRatio.stream().mapToDouble(Double::doubleValue).toArray()).fmt()));
        if (withScript) {
            report.append(String.format(Locale.ROOT, "%nOnce, for information: SQL script of the copy %.0f ms, its replay into a work database"
                    + " and read %.0f ms, the whole `backup(MANUAL)` (copy, verify, script, replay, rotation) %.0f ms.%n",
                    scriptMs, replayMs, full));
        }
    }
}
