package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.cli.Cli;
import vn.dangvu.db.Database;
import vn.dangvu.db.LastClose;

/// Damage H2 does not see (issue 9): a byte changed inside a stored name passes every check at open; zeroed bytes
/// read back as NUL characters. `check` and the start after an unclean close compare the file with the newest backup.
class DamageDetectionTest {

    private static final byte[] TOWN = "Zzqxtown".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path base;

    /// A commune with a member from Zzqxtown (a value stored once, in the member's row), backed up, closed cleanly.
    private void backedUp() throws Exception {
        base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Trần Văn An");
        try (AppContext ctx = Fixtures.open(base)) {
            Fixtures.register(ctx, "Nguyễn Thị Hương", "Zzqxtown");
            ctx.backups().backup(BackupTrigger.MANUAL);
        }
    }

    @Test
    void aCleanFileChecksFineAndSaysItIsTheBackup() throws Exception {
        backedUp();
        CliRun r = CliRun.of("--db", base.toString(), "check");
        assertEquals(Cli.OK, r.code(), r.toString());
        assertTrue(r.out().contains("Gồm 1 tổ chức đảng, 2 đảng viên, 0 năm công tác."), r.out());
        assertTrue(r.out().contains("không thấy hư hỏng; dữ liệu giống hệt bản sao lưu"), r.out());
    }

    @Test
    void aByteChangedOnDiskIsFoundAsAChangeTheAuditTrailDoesNotExplain() throws Exception {
        backedUp();
        Fixtures.patch(Database.dataFile(base), TOWN, "Zzqxtowm".getBytes(StandardCharsets.UTF_8));
        try (AppContext ctx = Fixtures.open(base)) {
            assertEquals(LastClose.CHANGED, ctx.db().lastClose(), "the seal knows");
            CheckReport r = ctx.backups().startCheck().orElseThrow();
            assertEquals(DamageRules.Verdict.SUSPICIOUS, r.verdict());
            assertEquals(List.of(new Finding(Finding.Kind.CHANGED_WITHOUT_AUDIT, "PARTY_MEMBER", 2, 2)), r.findings());
        }
        CliRun r = CliRun.of("--db", base.toString(), "check");
        assertEquals(Cli.OK, r.code(), "suspicious is told, not damage: " + r);
        assertTrue(r.out().contains("Đảng viên: 2 dòng lúc sao lưu, nay 2 dòng, hoặc nội dung khác, mà nhật ký không ghi"), r.out());
    }

    @Test
    void zeroedBytesInsideTextAreDamageAndCheckExitsWithOne() throws Exception {
        backedUp();
        Fixtures.patch(Database.dataFile(base), TOWN, new byte[TOWN.length]);
        CliRun r = CliRun.of("--db", base.toString(), "check");
        assertEquals(Cli.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("Phát hiện hư hỏng trong " + Database.dataFile(base)), r.err());
        assertTrue(r.err().contains("Đảng viên: 1 giá trị chữ chứa ký tự lạ"), r.err());
        assertTrue(r.out().contains("tệp dữ liệu bị hỏng"), r.out());
    }

    @Test
    void afterAnUncleanCloseTheStartCheckReadsAllAndComparesQuietlyWhenFine() throws Exception {
        backedUp();
        try (AppContext ctx = Fixtures.open(base)) {
            ctx.years().open(2026, Optional.empty());
        }
        // the marker a kill or a power cut leaves behind
        Files.writeString(base.resolveSibling("xa.open"), "open\n");
        try (AppContext ctx = Fixtures.open(base)) {
            assertEquals(LastClose.NOT_CLOSED, ctx.db().lastClose());
            CheckReport r = ctx.backups().startCheck().orElseThrow();
            assertEquals(DamageRules.Verdict.CHANGED, r.verdict(), r.findings().toString());
            assertTrue(r.findings().contains(new Finding(Finding.Kind.ROWS_CHANGED, "WORKING_YEAR", 0, 1)), r.findings().toString());
        }
        try (AppContext ctx = Fixtures.open(base)) {
            assertEquals(LastClose.CLEAN, ctx.db().lastClose());
            assertEquals(Optional.empty(), ctx.backups().startCheck(), "a clean close needs no check");
        }
    }

    @Test
    void afterARestoreTheFileIsComparedWithTheBackupRestoredNotWithTheDataItReplaced() throws Exception {
        backedUp();
        Backup first;
        try (AppContext ctx = Fixtures.open(base)) {
            first = ctx.backups().list().get(0);
            Fixtures.register(ctx, "Lê Thị Bình");
            Fixtures.register(ctx, "Phạm Văn Cường");
        }
        new RestoreService(new BackupRepository(), Fixtures.CLOCK).restore(base, first.binaryFile(), false, Optional.empty());
        try (AppContext ctx = Fixtures.open(base)) {
            CheckReport r = ctx.backups().startCheck().orElseThrow();
            assertEquals(DamageRules.Verdict.SAME, r.verdict(), r.findings().toString());
            assertEquals(first.stem(), r.compared().orElseThrow().stem());
        }
    }
}
