package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Copies;
import vn.dangvu.db.Database;
import vn.dangvu.db.KeyFile;
import vn.dangvu.settings.SetupRequest;

/// Encryption at rest (issue 9): an encrypted database holds no readable text, does not open without its key,
/// opens with the key unwrapped by the password, and its backups are encrypted too (binary copy and SQL script).
class EncryptedBackupTest {

    @TempDir
    Path dir;

    @Test
    void anEncryptedDatabaseAndItsBackupsHoldNoReadableTextAndNeedTheKey() throws Exception {
        Path base = dir.resolve("xa");
        KeyFile.Created key = KeyFile.create("mật khẩu".toCharArray(), new SecureRandom());
        key.keyFile().write(base);
        try (AppContext ctx = new AppContext(Database.create(base, Database.Encryption.aes(key.fileKey()), db -> { }), Fixtures.CLOCK)) {
            ctx.settings().setup(new SetupRequest("Zzqxcommune", "Khánh Hòa", "Nguyễn Văn A", "", 2025, 2030));
            Fixtures.register(ctx, "Nguyễn Thị Hương", "Zzqxtown");
        }
        byte[] marker = "Zzqxtown".getBytes(StandardCharsets.UTF_8);
        assertFalse(contains(Files.readAllBytes(Database.dataFile(base)), marker), "no readable text in the file");

        AppException e = assertThrows(AppException.class, () -> Database.open(base));
        assertEquals("db.error.passwordNeeded", e.key());
        assertEquals("db.error.wrongPassword",
                assertThrows(AppException.class, () -> KeyFile.read(base).unwrap("mat khau".toCharArray())).key());

        byte[] fileKey = KeyFile.read(base).unwrap("mật khẩu".toCharArray());
        try (AppContext ctx = new AppContext(Database.open(base, Database.Encryption.aes(fileKey)), Fixtures.CLOCK)) {
            assertEquals(1, ctx.members().count());
            assertTrue(ctx.db().encryption().isPresent());
            Backup b = ctx.backups().backup(BackupTrigger.MANUAL);
            assertTrue(b.verified(), b.manifest().problem());
            assertTrue(b.manifest().encrypted());
            assertTrue(b.manifest().script().isPresent(), "the script is made, encrypted");
            Path script = b.folder().resolve(b.manifest().script().get().name());
            assertTrue(script.getFileName().toString().endsWith(".sql.aes"), script.toString());
            assertFalse(contains(Files.readAllBytes(b.binaryFile()), marker));
            assertFalse(contains(Files.readAllBytes(script), marker));
            assertThrows(AppException.class, () -> Copies.read(b.binaryFile(), Optional.empty(), dsl -> null));
            assertEquals(DamageRules.Verdict.SAME, ctx.backups().check().verdict());
        }
    }

    private static boolean contains(byte[] all, byte[] part) {
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
