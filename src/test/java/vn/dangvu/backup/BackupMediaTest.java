package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.db.RealMedia;

/// Backups on real media (small tmpfs mounts; skipped with the reason where mounting is impossible): a full disk
/// during a backup, a stick that is read-only, full, full in the middle of the write, or pulled out between two
/// files. Each time the message says what happened, nothing half-written is left under a backup's name, and the
/// backup already on the stick stays whole.
class BackupMediaTest {

    @TempDir
    Path dir;
    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        OutsideCopy.afterEachFile = () -> { };
        for (Path m : mounts) {
            RealMedia.unmount(m);
        }
    }

    private Path tmpfs(String name, String size) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Optional<String> why = RealMedia.mountTmpfs(d, size);
        assumeTrue(why.isEmpty(), () -> "no small file system: " + why.orElse(""));
        mounts.add(d);
        return d;
    }

    @Test
    void aFullDiskDuringABackupSaysSoAndLeavesNoHalfBackup() throws Exception {
        Path disk = tmpfs("disk", "24m");
        Path base = disk.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Nguyễn Thị Hương", "Trần Văn An");
        try (AppContext ctx = Fixtures.open(base)) {
            ctx.backups().backup(BackupTrigger.MANUAL);
            RealMedia.fill(disk, 64 * 1024);
            AppException e = assertThrows(AppException.class, () -> ctx.backups().backup(BackupTrigger.MANUAL));
            assertTrue(e.userMessage().contains("đã đầy"), e.userMessage());
            assertEquals(1, ctx.backups().list().size(), "the earlier backup only");
            assertEquals(3, files(Database.backupFolder(base)).size(), files(Database.backupFolder(base)).toString());
            assertEquals(2, ctx.members().count(), "the data is untouched");
        }
    }

    @Test
    void aReadOnlyStickIsNamedAndNothingIsWritten() throws Exception {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Nguyễn Thị Hương");
        Path usb = tmpfs("usb", "8m");
        RealMedia.remountReadOnly(usb);
        try (AppContext ctx = Fixtures.open(base)) {
            AppException e = assertThrows(AppException.class, () -> ctx.backups().backupToDrive(usb));
            assertEquals("backup.error.targetReadOnly", e.key(), e.userMessage());
            assertTrue(e.userMessage().contains("đang khóa ghi"), e.userMessage());
        }
        assertEquals(List.of(), files(usb));
    }

    @Test
    void aStickTooSmallIsRefusedBeforeWritingAndTheOldBackupStays() throws Exception {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Nguyễn Thị Hương");
        Path usb = tmpfs("usb", "1m");
        try (AppContext ctx = Fixtures.open(base)) {
            Path old = Files.writeString(usb.resolve("bản cũ.txt"), "x".repeat(1000));
            RealMedia.fill(usb, 200 * 1024);
            AppException e = assertThrows(AppException.class, () -> ctx.backups().backupTo(usb));
            assertEquals("backup.error.targetFull", e.key(), e.userMessage());
            assertTrue(e.userMessage().contains("không đủ chỗ"), e.userMessage());
            assertEquals("x".repeat(1000), Files.readString(old));
            assertEquals(List.of("bản cũ.txt", "filler"), files(usb));
        }
    }

    @Test
    void aStickThatFillsUpMidWriteKeepsTheEarlierBackupAndDropsThePart() throws Exception {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Nguyễn Thị Hương");
        Path usb = tmpfs("usb", "4m");
        try (AppContext ctx = Fixtures.open(base)) {
            Backup first = ctx.backups().backupTo(usb);
            List<String> before = files(usb);
            OutsideCopy.afterEachFile = () -> {
                try {
                    RealMedia.fill(usb, 0);
                } catch (Exception ex) {
                    // the disk is full now: that is the point
                }
            };
            AppException e = assertThrows(AppException.class, () -> ctx.backups().backupTo(usb));
            assertEquals("backup.error.targetFullNow", e.key(), e.userMessage());
            List<String> after = files(usb);
            after.remove("filler");
            assertEquals(before, after, "the part written is removed, the earlier set stays");
            assertTrue(BackupReader.find(first.binaryFile()).verified());
            assertEquals(first.manifest().binary().sha256(), Backups.sha256(first.binaryFile()));
        }
    }

    @Test
    void aStickPulledOutBetweenTwoFilesIsToldAndTheEarlierBackupIsWhole() throws Exception {
        Path base = dir.resolve("xa");
        Fixtures.commune(base, "Phú Sơn", "Nguyễn Thị Hương");
        Path drive = Files.createDirectories(dir.resolve("stick"));
        Path pulled = dir.resolve("pulled");
        try (AppContext ctx = Fixtures.open(base)) {
            Backup first = ctx.backups().backupToDrive(drive);
            Path folder = drive.resolve(BackupService.USB_FOLDER);
            OutsideCopy.afterEachFile = () -> {
                try {
                    // the stick's folder vanishes from under the program, as when it is pulled out
                    Files.move(folder, pulled, StandardCopyOption.ATOMIC_MOVE);
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            };
            AppException e = assertThrows(AppException.class, () -> ctx.backups().backupToDrive(drive));
            assertEquals("backup.error.targetGone", e.key(), e.userMessage());
            assertTrue(e.userMessage().contains("đã bị rút ra"), e.userMessage());
            // plugged in again: the earlier backup is there and whole
            OutsideCopy.afterEachFile = () -> { };
            Files.move(pulled, folder, StandardCopyOption.ATOMIC_MOVE);
            Backup again = BackupReader.find(folder.resolve(first.binaryFile().getFileName()));
            assertTrue(again.verified());
            assertEquals(again.manifest().binary().sha256(), Backups.sha256(again.binaryFile()));
        }
    }

    private static List<String> files(Path d) throws Exception {
        if (!Files.isDirectory(d)) {
            return new ArrayList<>();
        }
        try (Stream<Path> s = Files.list(d)) {
            return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
