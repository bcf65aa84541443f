package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.db.Contents;
import vn.dangvu.db.Copies;
import vn.dangvu.db.Database;

/// The online copy counts the CRC-32C of the bytes it writes; the copy read back from the disk must have it, or the
/// backup is not verified (a medium that returns other bytes than were written).
class OnlineCopyCheckTest {

    @TempDir
    Path dir;

    @Test
    void theCopyReadBackMustHoldTheBytesWritten() throws Exception {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Nguyễn Thị Hương", "Trần Văn An");
        try (AppContext ctx = Fixtures.open(base)) {
            Path copy = dir.resolve("copy.mv.db");
            Database.OnlineCopy written = ctx.db().copyTo(copy);
            assertEquals(2L, written.counts().get(Contents.MEMBERS));
            assertEquals(Backups.readBack(copy).crc32c(), written.crc32c(), "the CRC of the bytes written is the file's");
            BackupFolder folder = BackupFolder.of(base);
            Backups.Made made = new Backups.Made(copy, Copies.read(copy, Optional.empty(), dsl -> Optional.<Commune>empty()),
                    OptionalLong.of(written.crc32c()));
            BackupManifest good = manifest(folder, made, written);
            assertTrue(good.verified(), good.problem());
            assertEquals(Backups.sha256(copy), good.binary().sha256());
            assertEquals(Files.size(copy), good.binary().size());

            // the last byte on the disk is not the one written: no verified backup, and the manifest says why
            try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
                f.seek(f.length() - 1);
                int b = f.read();
                f.seek(f.length() - 1);
                f.write(b ^ 0x55);
            }
            BackupManifest bad = manifest(folder, made, written);
            assertFalse(bad.verified());
            assertTrue(bad.problem().contains("CRC-32C"), bad.problem());
        }
    }

    private static BackupManifest manifest(BackupFolder folder, Backups.Made made, Database.OnlineCopy written) throws Exception {
        return Backups.manifest(folder, "xa-test", 1, LocalDateTime.of(2026, 11, 21, 9, 0), BackupTrigger.MANUAL, made,
                Optional.of(written.counts()), false, Optional.empty());
    }
}
