package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.audit.AuditRepository;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.db.FileEncryption;
import vn.dangvu.db.KeyFile;

/// Encryption at rest for an existing file (issue 9): turned on and off the safe way (backup first, verified
/// conversion, audited), the password changed without rewriting the data, the recovery code, and each bad input:
/// wrong password, wrong recovery code, damaged key file, a short password, a failed conversion, an encrypted backup
/// restored without its password or without its key file.
class EncryptionServiceTest {

    private static final char[] PASSWORD = "Mật khẩu 2026".toCharArray();

    @TempDir
    Path dir;

    private final EncryptionService service = new EncryptionService(Fixtures.CLOCK, new SecureRandom(),
            db -> new AuditService(db, new AuditRepository(), Fixtures.CLOCK, "thu-ky"));

    private Path plain() throws AppException {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Zzqxcommune", "Nguyễn Thị Hương");
        return base;
    }

    @Test
    void turningOnBacksUpConvertsAndAuditsThePasswordOpensItAndNothingIsLockedByAWrongOne() throws Exception {
        Path base = plain();
        EncryptionService.TurnedOn on = service.turnOn(base, PASSWORD);

        assertTrue(on.before().isPresent() && on.before().get().verified(), "a verified backup of the plain file first");
        assertEquals(BackupTrigger.ENCRYPTION, on.before().get().trigger());
        assertTrue(EncryptionService.encrypted(base));
        assertFalse(contains(Files.readAllBytes(Database.dataFile(base)), "Zzqxcommune"), "no readable text left in the file");
        assertEquals(List.of("xa.key", "xa.mv.db"), Files.list(dir).map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("xa.") && (n.endsWith(".mv.db") || n.endsWith(".key") || n.contains("convert"))).sorted().toList(),
                "the old file is not left aside");
        assertEquals("db.error.passwordNeeded", assertThrows(AppException.class, () -> Database.open(base)).key());
        for (int i = 0; i < 3; i++) {
            assertEquals("db.error.wrongPassword",
                    assertThrows(AppException.class, () -> EncryptionService.unlock(base, "mat khau 2026".toCharArray())).key());
        }
        try (AppContext ctx = new AppContext(Database.open(base, EncryptionService.unlock(base, PASSWORD)), Fixtures.CLOCK)) {
            assertEquals(1, ctx.members().count(), "the data as it was");
            AuditEntry last = ctx.audit().find(AuditQuery.all(1)).get(0);
            assertEquals("ENCRYPTION_ON", last.action());
            assertEquals("thu-ky", last.actor());
        }
        try (Database db = Database.open(base, EncryptionService.unlockWithRecoveryCode(base, on.recoveryCode().toLowerCase()))) {
            assertTrue(db.encryption().isPresent(), "the recovery code opens it too (case and dashes do not matter)");
        }
        assertEquals("db.error.wrongRecoveryCode", assertThrows(AppException.class,
                () -> EncryptionService.unlockWithRecoveryCode(base, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG")).key());
        assertEquals("encryption.error.alreadyOn", assertThrows(AppException.class, () -> service.turnOn(base, PASSWORD)).key());

        Optional<Backup> before = service.turnOff(base, PASSWORD);
        assertTrue(before.isPresent() && before.get().manifest().encrypted(), "an encrypted backup before turning off");
        assertTrue(Files.isRegularFile(before.get().folder().resolve(before.get().stem() + ".key")), "with its key file");
        assertFalse(EncryptionService.encrypted(base));
        try (AppContext ctx = Fixtures.open(base)) {
            assertEquals(1, ctx.members().count());
            assertEquals("ENCRYPTION_OFF", ctx.audit().find(AuditQuery.all(1)).get(0).action());
        }
        assertTrue(contains(Files.readAllBytes(Database.dataFile(base)), "Zzqxcommune"), "plain again");
    }

    @Test
    void changingThePasswordReWrapsTheKeyAndLeavesTheDataFileByteForByte() throws Exception {
        Path base = plain();
        EncryptionService.TurnedOn on = service.turnOn(base, PASSWORD);
        char[] fresh = "mật-khẩu-mới".toCharArray();
        try (Database db = Database.open(base, EncryptionService.unlock(base, PASSWORD))) {
            assertEquals("db.error.wrongPassword", assertThrows(AppException.class,
                    () -> service.changePassword(db, Optional.of("sai mật khẩu".toCharArray()), Optional.empty(), fresh)).key());
            assertEquals("encryption.error.shortPassword", assertThrows(AppException.class,
                    () -> service.changePassword(db, Optional.of(PASSWORD), Optional.empty(), "ngắn".toCharArray())).key());
        }
        byte[] before = Files.readAllBytes(Database.dataFile(base));
        EncryptionService.rewrap(base, Optional.of(PASSWORD), Optional.empty(), fresh, new SecureRandom());
        assertArrayEquals(before, Files.readAllBytes(Database.dataFile(base)), "the data file is not rewritten");
        try (Database db = Database.open(base, EncryptionService.unlock(base, fresh))) {
            service.changePassword(db, Optional.of(fresh), Optional.empty(), fresh);
        }
        assertEquals("db.error.wrongPassword", assertThrows(AppException.class, () -> EncryptionService.unlock(base, PASSWORD)).key());
        try (AppContext ctx = new AppContext(Database.open(base, EncryptionService.unlock(base, fresh)), Fixtures.CLOCK)) {
            assertEquals("ENCRYPTION_PASSWORD", ctx.audit().find(AuditQuery.all(1)).get(0).action());
            // a forgotten password: replaced with the recovery code, which stays the same
            service.changePassword(ctx.db(), Optional.empty(), Optional.of(on.recoveryCode()), PASSWORD);
        }
        EncryptionService.unlock(base, PASSWORD);
        EncryptionService.unlockWithRecoveryCode(base, on.recoveryCode());
    }

    @Test
    void aDamagedKeyFileIsNamedAndAFailedConversionLeavesTheFileAsItWas() throws Exception {
        Path base = plain();
        assertEquals("encryption.error.shortPassword", assertThrows(AppException.class, () -> service.turnOn(base, "1234567".toCharArray())).key());
        assertEquals("encryption.error.spaces", assertThrows(AppException.class, () -> service.turnOn(base, " mật khẩu ".toCharArray())).key());
        byte[] original = Files.readAllBytes(Database.dataFile(base));
        // a conversion from a key the file does not have: refused while reading, nothing moved
        KeyFile.Created other = KeyFile.create(PASSWORD, new SecureRandom());
        assertThrows(AppException.class, () -> FileEncryption.convert(base, Optional.of(Database.Encryption.aes(other.fileKey())),
                Optional.empty(), Optional.empty()));
        assertArrayEquals(original, Files.readAllBytes(Database.dataFile(base)));
        assertFalse(KeyFile.exists(base));
        // a database open elsewhere is not converted
        try (Database open = Database.open(base)) {
            String key = assertThrows(AppException.class, () -> service.turnOn(base, PASSWORD)).key();
            assertTrue(key.startsWith("db.error.inUse"), key);
        }
        assertFalse(KeyFile.exists(base));
        try (AppContext ctx = Fixtures.open(base)) {
            assertEquals(1, ctx.members().count());
        }

        service.turnOn(base, PASSWORD);
        Files.writeString(KeyFile.path(base), "format=1\nkdf=PBKDF2WithHmacSHA256\npassword.salt=zz\n", StandardCharsets.UTF_8);
        assertEquals("db.error.keyFile", assertThrows(AppException.class, () -> EncryptionService.unlock(base, PASSWORD)).key());
    }

    @Test
    void anEncryptedBackupCarriesItsKeyAndIsRestoredOnlyWithItsPassword() throws Exception {
        Path base = plain();
        service.turnOn(base, PASSWORD);
        Backup b;
        try (AppContext ctx = new AppContext(Database.open(base, EncryptionService.unlock(base, PASSWORD)), Fixtures.CLOCK)) {
            b = ctx.backups().backup(BackupTrigger.MANUAL);
            Fixtures.register(ctx, "Trần Văn Bình");
        }
        Path key = b.folder().resolve(b.stem() + ".key");
        assertTrue(Files.isRegularFile(key), "the key file travels with the backup");

        Path other = dir.resolve("khac");
        Fixtures.commune(other, "Zzqxcommune");
        RestoreService restore = new RestoreService(Fixtures.CLOCK);
        assertEquals("encryption.error.backupNeedsPassword", assertThrows(AppException.class,
                () -> EncryptionService.keyOfBackup(b.binaryFile(), Optional.empty())).key());
        assertEquals("encryption.error.backupNeedsPassword", assertThrows(AppException.class,
                () -> restore.restore(other, b.binaryFile(), true, Optional.empty(), Optional.empty())).key());
        assertEquals("db.error.wrongPassword", assertThrows(AppException.class,
                () -> EncryptionService.keyOfBackup(b.binaryFile(), Optional.of("sai".toCharArray()))).key());
        assertFalse(KeyFile.exists(other), "nothing written");

        Optional<Database.Encryption> k = EncryptionService.keyOfBackup(b.manifestFile(), Optional.of(PASSWORD));
        restore.restore(other, b.binaryFile(), true, Optional.empty(), k);
        assertTrue(KeyFile.exists(other), "the backup's key is put beside the restored file");
        try (AppContext ctx = new AppContext(Database.open(other, EncryptionService.unlock(other, PASSWORD)), Fixtures.CLOCK)) {
            assertEquals(1, ctx.members().count());
        }

        Files.delete(key);
        assertEquals("encryption.error.backupKeyMissing", assertThrows(AppException.class,
                () -> EncryptionService.keyOfBackup(b.binaryFile(), Optional.of(PASSWORD))).key());
    }

    static boolean contains(byte[] all, String text) {
        byte[] part = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + part.length <= all.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (all[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
