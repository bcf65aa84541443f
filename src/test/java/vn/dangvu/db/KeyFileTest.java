package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;

/// The key file of an encrypted database: the file key comes back with the password or the recovery code, a wrong
/// one is told in Vietnamese and locks nothing, a new password re-wraps the same key.
class KeyFileTest {

    @TempDir
    Path dir;

    private final SecureRandom random = new SecureRandom();

    @Test
    void theKeyComesBackWithThePasswordOrTheRecoveryCodeAndAWrongOneLocksNothing() throws Exception {
        Path base = dir.resolve("xa");
        KeyFile.Created c = KeyFile.create("Mật khẩu đúng 1".toCharArray(), random);
        c.keyFile().write(base);
        assertTrue(c.recoveryCode().matches("([A-HJ-NP-Z2-9]{4}-){6}[A-HJ-NP-Z2-9]{4}"), c.recoveryCode());
        assertEquals(32, c.fileKey().length);
        String text = Files.readString(KeyFile.path(base));
        assertTrue(text.contains("password.iterations=600000"), text);
        assertTrue(!text.contains(KeyFile.filePassword(c.fileKey())), "the file key is never stored in the clear");

        KeyFile k = KeyFile.read(base);
        for (int i = 0; i < 3; i++) {
            AppException e = assertThrows(AppException.class, () -> k.unwrap("mật khẩu đúng 1".toCharArray()));
            assertEquals("db.error.wrongPassword", e.key());
            assertTrue(e.userMessage().startsWith("Mật khẩu không đúng. Dữ liệu không bị khóa"), e.userMessage());
        }
        assertArrayEquals(c.fileKey(), k.unwrap("Mật khẩu đúng 1".toCharArray()), "still opens after wrong tries");
        assertArrayEquals(c.fileKey(), k.unwrapWithRecoveryCode(" " + c.recoveryCode().toLowerCase().replace("-", " ") + " "));
        assertEquals("db.error.wrongRecoveryCode",
                assertThrows(AppException.class, () -> k.unwrapWithRecoveryCode("AAAA-BBBB")).key());
    }

    @Test
    void aNewPasswordWrapsTheSameKeyAndTheOldOneNoLongerOpens() throws Exception {
        Path base = dir.resolve("xa");
        KeyFile.Created c = KeyFile.create("cũ".toCharArray(), random);
        c.keyFile().write(base);
        String before = Files.readString(KeyFile.path(base));
        KeyFile.read(base).withPassword(c.fileKey(), "mới".toCharArray(), random).write(base);
        String after = Files.readString(KeyFile.path(base));
        assertNotEquals(before, after);
        KeyFile k = KeyFile.read(base);
        assertArrayEquals(c.fileKey(), k.unwrap("mới".toCharArray()));
        assertEquals("db.error.wrongPassword", assertThrows(AppException.class, () -> k.unwrap("cũ".toCharArray())).key());
        assertArrayEquals(c.fileKey(), k.unwrapWithRecoveryCode(c.recoveryCode()), "the recovery code stays");
    }

    @Test
    void aDamagedKeyFileIsNamed() throws Exception {
        Path base = dir.resolve("xa");
        Files.writeString(KeyFile.path(base), "format=1\nkdf=PBKDF2WithHmacSHA256\npassword.salt=zz\n");
        AppException e = assertThrows(AppException.class, () -> KeyFile.read(base));
        assertEquals("db.error.keyFile", e.key());
        assertTrue(e.userMessage().contains(KeyFile.path(base).toString()), e.userMessage());
    }
}
