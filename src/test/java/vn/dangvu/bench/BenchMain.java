package vn.dangvu.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/// Benchmark harness (mvn -Pbench package; see docs/benchmarks.md). Arguments: any of "search", "startup",
/// "keystroke", "openlist", "import", "demo", "registrations", "rating", "backup", "kill", "encryption" (default: search and startup)
/// and "sizes=1000,10000,100000", "rounds=7", "importrows=10000", "regmembers=3000", "members=100000" and "script"
/// (backup), "killcycles=1000", "killlanes=25", "killseed=N".
public final class BenchMain {

    private BenchMain() {
    }

    private static int option(List<String> a, String prefix, int otherwise) {
        return a.stream().filter(s -> s.startsWith(prefix)).findFirst().map(s -> Integer.parseInt(s.substring(prefix.length())))
                .orElse(otherwise);
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        List<String> parts = List.of("search", "startup", "keystroke", "openlist", "import", "demo", "registrations", "rating",
                "backup", "kill", "encryption");
        boolean all = a.stream().noneMatch(parts::contains);
        int[] sizes = a.stream().filter(s -> s.startsWith("sizes=")).findFirst()
                .map(s -> Arrays.stream(s.substring(6).split(",")).mapToInt(Integer::parseInt).toArray())
                .orElse(new int[] {1_000, 10_000, 100_000});
        int rounds = a.stream().filter(s -> s.startsWith("rounds=")).findFirst()
                .map(s -> Integer.parseInt(s.substring(7))).orElse(7);
        Path dir = Path.of("target", "bench").toAbsolutePath();
        Files.createDirectories(dir);
        StringBuilder report = new StringBuilder("## Benchmark run " + LocalDateTime.now().withNano(0) + "\n\n")
                .append("JVM: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", cores: ").append(Runtime.getRuntime().availableProcessors())
                .append(", load average at start: ").append(String.format(Locale.ROOT, "%.2f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append("\n\n");
        if (all || a.contains("search")) {
            report.append("### Member search (`members list --search` path: MemberService.list on the H2 file)\n\n");
            for (int n : sizes) {
                SearchBench.run(dir, n, report);
                System.out.println(report);
            }
        }
        if (a.contains("keystroke")) {
            report.append("\n### Search keystroke on the member screen (issue 3)\n");
            for (int n : sizes) {
                KeystrokeBench.run(dir, n, rounds, report);
            }
        }
        if (a.contains("openlist")) {
            report.append("\n### Opening the member list (issue 3)\n");
            for (int n : sizes) {
                OpenListBench.run(dir, n, rounds, report);
            }
        }
        if (a.contains("import")) {
            report.append("\n### Excel import (issue 3)\n");
            int rows = a.stream().filter(s -> s.startsWith("importrows=")).findFirst()
                    .map(s -> Integer.parseInt(s.substring(11))).orElse(10_000);
            ImportBench.run(dir, rows, rounds, report);
        }
        if (a.contains("demo")) {
            report.append("\n### Demo generation (issue 7)\n");
            DemoBench.run(dir, sizes, rounds, report);
        }
        if (a.contains("registrations")) {
            report.append("\n### Registrations screen and form (issue 10)\n");
            int members = a.stream().filter(s -> s.startsWith("regmembers=")).findFirst()
                    .map(s -> Integer.parseInt(s.substring(11))).orElse(3_000);
            RegistrationBench.run(dir, members, rounds, report);
        }
        if (a.contains("rating")) {
            report.append("\n### Rating: commune summary and live HTXSNV counter (issue 11)\n");
            for (int n : sizes) {
                RatingBench.run(dir, n, rounds, report);
                System.out.println(report);
            }
        }
        if (a.contains("backup")) {
            report.append("\n### Backup and its verification (issue 9)\n");
            int members = a.stream().filter(s -> s.startsWith("members=")).findFirst()
                    .map(s -> Integer.parseInt(s.substring(8))).orElse(100_000);
            BackupBench.run(dir, members, Math.min(rounds, 5), a.contains("script"), report);
        }
        if (a.contains("kill")) {
            report.append("\n### Kill during every kind of write (issue 9, reliability.md §7.3 #1)\n\n");
            KillBench.run(dir, option(a, "killcycles=", 1_000), option(a, "killlanes=", 25), a.stream()
                    .filter(s -> s.startsWith("killseed=")).findFirst().map(s -> Long.parseLong(s.substring(9)))
                    .orElse(new Random().nextLong()), report);
        }
        if (a.contains("encryption")) {
            report.append("\n### Encryption at rest: CIPHER=AES against plain, and the KDF (issue 9)\n");
            int members = a.stream().filter(s -> s.startsWith("members=")).findFirst()
                    .map(s -> Integer.parseInt(s.substring(8))).orElse(100_000);
            EncryptionBench.run(dir, members, Math.min(rounds, 5), report);
        }
        if (all || a.contains("startup")) {
            report.append("\n### Cold start\n");
            StartupBench.run(dir, SearchBench.demoDb(dir, 1_000, report), rounds, report);
        }
        System.out.println(report);
        Files.writeString(dir.resolve("report.md"), report, StandardCharsets.UTF_8);
        FxBench.stop();
    }
}
