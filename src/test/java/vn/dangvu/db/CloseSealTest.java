package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppVersion;

/// The open marker and the close seal: a clean close seals the file; an open file, or a file changed after its
/// clean close, is not intact and gets the full read (which refuses a damaged file).
class CloseSealTest {

    @TempDir
    Path dir;

    @Test
    void cleanCloseSealsAndAnyChangeBreaksTheSeal() throws Exception {
        Path base = dir.resolve("app");
        try (Database db = Database.create(base)) {
            assertTrue(Files.exists(CloseSeal.marker(base)));
            assertTrue(CloseSeal.intact(base).isEmpty());
        }
        assertFalse(Files.exists(CloseSeal.marker(base)));
        CloseSeal.Sealed s = CloseSeal.intact(base).orElseThrow();
        assertEquals(AppVersion.current(), s.app());
        assertEquals(Migrations.latest().getVersion(), s.schema());
        assertEquals(Migrations.fingerprint(), s.migrations());

        try (Database db = Database.open(base)) {
            assertTrue(CloseSeal.intact(base).isEmpty(), "an open file is never intact");
        }
        assertTrue(CloseSeal.intact(base).isPresent());

        // changed bytes: the seal no longer matches, so the next open reads everything (DatabaseSafetyTest shows
        // that read refusing damaged files that were closed cleanly, i.e. sealed, before the damage)
        Path file = Database.dataFile(base);
        byte[] bytes = Files.readAllBytes(file);
        int mid = bytes.length / 2;
        for (int i = mid; i < mid + 4096 && i < bytes.length; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(file, bytes, StandardOpenOption.TRUNCATE_EXISTING);
        assertTrue(CloseSeal.intact(base).isEmpty());
    }
}
