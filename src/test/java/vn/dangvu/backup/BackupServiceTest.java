package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Contents;
import vn.dangvu.db.Database;
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.members.MemberQuery;

/// Backup → verify → restore round trips on real H2 files (ADR 0006 confirmation): both forms restore the data
/// exactly (table digests), a backup that was changed on disk is not trusted, the import backs up first.
class BackupServiceTest {

    @TempDir
    Path dir;

    @Test
    void aBackupIsVerifiedInBothFormsAndDescribesItself() throws Exception {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Nguyễn Thị Hương", "Trần Văn An", "Lê Thị Bình");
        try (AppContext ctx = Fixtures.open(base)) {
            Backup b = ctx.backups().backup(BackupTrigger.MANUAL);
            assertEquals(Database.backupFolder(base), b.folder());
            assertTrue(b.stem().matches("xa-20261121-090000-manual"), b.stem());
            assertTrue(b.verified(), b.manifest().problem());
            assertEquals("", b.manifest().problem());
            assertTrue(Files.exists(b.binaryFile()));
            assertEquals(b.folder().resolve("xa-20261121-090000-manual.sql.gz"), b.scriptFile().orElseThrow());
            assertEquals(3, b.manifest().rows(Contents.MEMBERS));
            assertEquals(Optional.of(new Commune("Xã Phú Sơn", "Đảng bộ tỉnh Khánh Hòa")), b.manifest().commune());
            assertEquals(Fixtures.digests(ctx.db().contents()), Fixtures.digests(b.manifest()), "the copy holds the live data");
            // what the folder lists is what was written
            Backup listed = ctx.backups().list().get(0);
            assertEquals(b.manifest(), listed.manifest());
            assertEquals(b.manifest(), BackupManifest.parse(Files.readString(b.manifestFile(), StandardCharsets.UTF_8)).orElseThrow());
        }
    }

    @Test
    void restoreFromTheCopyAndFromTheScriptGiveTheSameData() throws Exception {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Nguyễn Thị Hương", "Trần Văn An");
        Backup b;
        Map<String, String> atBackup;
        try (AppContext ctx = Fixtures.open(base)) {
            b = ctx.backups().backup(BackupTrigger.MANUAL);
            atBackup = Fixtures.digests(ctx.db().contents());
            Fixtures.register(ctx, "Phạm Văn Cường");
        }
        RestoreService restore = new RestoreService(new BackupRepository(), Fixtures.CLOCK);
        RestoreService.Restored r = restore.restore(base, b.binaryFile(), false, Optional.empty());
        assertEquals(BackupTrigger.RESTORE, r.before().orElseThrow().trigger(), "the replaced data was backed up first");
        assertEquals(3, r.before().get().manifest().rows(Contents.MEMBERS));
        assertTrue(r.setAside().isEmpty());
        try (AppContext ctx = Fixtures.open(base)) {
            assertEquals(atBackup, Fixtures.digests(ctx.db().contents()));
            assertEquals(2, ctx.members().list(MemberQuery.all()).size());
        }

        // without its binary copy the backup is restored from its SQL script, to the same data
        Files.delete(b.binaryFile());
        restore.restore(base, b.manifestFile(), false, Optional.empty());
        try (AppContext ctx = Fixtures.open(base)) {
            assertEquals(atBackup, Fixtures.digests(ctx.db().contents()));
        }
        // and the backup made before that restore brings the 3 members back
        restore.restore(base, r.before().get().binaryFile(), false, Optional.empty());
        try (AppContext ctx = Fixtures.open(base)) {
            assertEquals(3, ctx.members().count());
        }
    }

    @Test
    void aCopyChangedOnDiskIsNotTrustedAndTheScriptIsUsed() throws Exception {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Zzqxname Thị Hương");
        Backup b;
        try (AppContext ctx = Fixtures.open(base)) {
            b = ctx.backups().backup(BackupTrigger.MANUAL);
        }
        Fixtures.patch(b.binaryFile(), "Zzqxname".getBytes(StandardCharsets.UTF_8), "Zzqxnamf".getBytes(StandardCharsets.UTF_8));
        new RestoreService(new BackupRepository(), Fixtures.CLOCK).restore(base, b.binaryFile(), false, Optional.empty());
        try (AppContext ctx = Fixtures.open(base)) {
            assertEquals(List.of("Zzqxname Thị Hương"), ctx.members().list(MemberQuery.all()).stream().map(m -> m.fullName()).toList());
        }
        // with the script gone too, nothing is restored and the data stays as it was
        Files.delete(b.scriptFile().orElseThrow());
        String before = Backups.sha256(Database.dataFile(base));
        AppException e = assertThrows(AppException.class, () -> new RestoreService(new BackupRepository(), Fixtures.CLOCK)
                .restore(base, b.binaryFile(), false, Optional.empty()));
        assertEquals("backup.error.unusable", e.key());
        assertTrue(e.userMessage().contains("không khớp"), e.userMessage());
        assertEquals(before, Backups.sha256(Database.dataFile(base)));
    }

    @Test
    void aRealImportBacksUpFirstAndADryRunDoesNot() throws Exception {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn");
        Path csv = Files.writeString(dir.resolve("ds.csv"), "Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Chi bộ\n"
                + "Nguyễn Văn Minh,01/02/1960,Nam,03/02/1996,Chi bộ thôn 1\n", StandardCharsets.UTF_8);
        try (AppContext ctx = Fixtures.open(base)) {
            ImportOptions real = ImportOptions.defaults(LocalDate.of(2026, 11, 21));
            ImportOptions dry = new ImportOptions(false, true, true, Optional.empty(), Optional.empty(), real.today());
            ctx.memberImport().importFile(csv, dry);
            assertEquals(List.of(), ctx.backups().list());
            ctx.memberImport().importFile(csv, real);
            List<Backup> list = ctx.backups().list();
            assertEquals(1, list.size());
            assertEquals(BackupTrigger.IMPORT, list.get(0).trigger());
            assertEquals(0, list.get(0).manifest().rows(Contents.MEMBERS), "made before the import wrote");
            assertTrue(list.get(0).scriptFile().isEmpty(), "binary only before an import");
            assertEquals(1, ctx.members().count());
        }
    }

    @Test
    void theExitBackupIsSkippedWhenNothingChanged() throws Exception {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Nguyễn Thị Hương");
        AppContext ctx = Fixtures.open(base);
        ctx.close();
        Backup first = ctx.backups().afterClose().orElseThrow();
        assertEquals(BackupTrigger.EXIT, first.trigger());
        assertTrue(first.verified());
        assertEquals(Backups.sha256(Database.dataFile(base)), first.manifest().sourceSha256().orElseThrow());
        AppContext again = Fixtures.open(base);
        again.close();
        assertEquals(Optional.empty(), again.backups().afterClose(), "opened and closed without a change");
        assertEquals(1, again.backups().list().size());
    }
}
