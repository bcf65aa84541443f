package vn.dangvu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import vn.dangvu.AppContext;
import vn.dangvu.backup.EncryptionService;
import vn.dangvu.db.Database;
import vn.dangvu.db.KeyFile;
import vn.dangvu.members.MemberQuery;

/// Issue 9 "Encryption and access": what H2 `CIPHER=AES` costs. The same 100k-member database plain and encrypted
/// (a copy turned on by [EncryptionService], that conversion timed too): Database.open, the member index load
/// (every member row read from the file) and the full member list query, each on a fresh open; and the KDF (PBKDF2-HMAC-SHA256,
/// 600,000 rounds) that unwraps the file key from the password. Rounds alternate plain and encrypted.
final class EncryptionBench {

    private static final char[] PASSWORD = "benchmark password".toCharArray();

    private EncryptionBench() {
    }

    static void run(Path dir, int members, int rounds, StringBuilder report) throws Exception {
        Path plain = SearchBench.demoDb(dir, members, report);
        Database.open(plain).close(); // an older copy is upgraded once, before anything is timed
        Path enc = dir.resolve("encrypted-" + members);
        for (String ext : new String[] {".mv.db", ".key", ".closed.sha256"}) {
            Files.deleteIfExists(enc.resolveSibling(enc.getFileName() + ext));
        }
        Files.copy(Database.dataFile(plain), Database.dataFile(enc));
        long c0 = System.nanoTime();
        AppContext.encryption(Clock.systemDefaultZone()).turnOn(enc, PASSWORD);
        double convert = ms(c0);
        double[] kdf = new double[rounds];
        double[][] p = new double[3][rounds];
        double[][] e = new double[3][rounds];
        Database.Encryption key = null;
        for (int r = 0; r < rounds; r++) {
            long k0 = System.nanoTime();
            key = EncryptionService.unlock(enc, PASSWORD);
            kdf[r] = ms(k0);
            once(plain, Optional.empty(), p, r);
            once(enc, Optional.of(key), e, r);
            System.out.printf(Locale.ROOT, "encryption round %d: kdf %.0f, plain %.0f/%.0f/%.0f, AES %.0f/%.0f/%.0f%n", r, kdf[r],
                    p[0][r], p[1][r], p[2][r], e[0][r], e[1][r], e[2][r]);
        }
        report.append(String.format(Locale.ROOT, "%n#### %,d members, %d rounds (median / min / p95 ms)%n%n", members, rounds));
        report.append(String.format(Locale.ROOT, "File: %,d KiB plain, %,d KiB encrypted; turning encryption on (backup + conversion"
                + " + verification + audit): %.1f s.%n%n", Files.size(Database.dataFile(plain)) / 1024,
                Files.size(Database.dataFile(enc)) / 1024, convert / 1000));
        report.append("| step | plain | CIPHER=AES |\n|---|---|---|\n");
        String[] names = {"Database.open", "member index load (all rows)", "member list query (all)"};
        for (int i = 0; i < names.length; i++) {
            report.append("| ").append(names[i]).append(" | ").append(Stats.of(p[i]).fmt()).append(" | ").append(Stats.of(e[i]).fmt())
                    .append(" |\n");
        }
        report.append("| unwrap the file key (PBKDF2 ").append(KeyFile.ITERATIONS).append(" rounds) | — | ").append(Stats.of(kdf).fmt())
                .append(" |\n");
    }

    private static void once(Path base, Optional<Database.Encryption> key, double[][] out, int r) throws Exception {
        long o0 = System.nanoTime();
        try (AppContext ctx = new AppContext(key.isPresent() ? Database.open(base, key.get()) : Database.open(base))) {
            out[0][r] = ms(o0);
            long i0 = System.nanoTime();
            ctx.members().preload();
            out[1][r] = ms(i0);
            long l0 = System.nanoTime();
            int n = ctx.members().list(MemberQuery.all()).size();
            out[2][r] = ms(l0);
            if (n == 0) {
                throw new IllegalStateException("no members in " + base);
            }
        }
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
