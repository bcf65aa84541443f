package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Removable drives on Linux, from a mount table and /sys/block as the kernel writes them.
class UsbTargetLocatorTest {

    @TempDir
    Path dir;

    @Test
    void sticksUnderTheDesktopMountFoldersAndRemovableDisksUnderMnt() throws Exception {
        Path media = Files.createDirectories(dir.resolve("media/thu/KINGSTON"));
        Path spaced = Files.createDirectories(dir.resolve("run/media/thu/SAO LUU"));
        Path mnt = Files.createDirectories(dir.resolve("mnt/usb"));
        Path mntFixed = Files.createDirectories(dir.resolve("mnt/data"));
        Path sys = dir.resolve("sys/block");
        for (String[] d : new String[][] {{"sdb", "1"}, {"sdc", "1"}, {"sda", "0"}, {"mmcblk0", "1"}, {"nvme0n1", "0"}}) {
            Files.createDirectories(sys.resolve(d[0]));
            Files.writeString(sys.resolve(d[0]).resolve("removable"), d[1] + "\n");
        }
        Path mounts = Files.writeString(dir.resolve("mounts"), String.join("\n",
                "/dev/nvme0n1p2 / ext4 rw,relatime 0 0",
                "proc /proc proc rw 0 0",
                "/dev/sdb1 " + media + " vfat rw,nosuid,nodev,uid=1000 0 0",
                "/dev/sdc1 " + spaced.toString().replace(" ", "\\040") + " exfat ro,nosuid 0 0",
                "/dev/mmcblk0p1 " + mnt + " vfat rw 0 0",
                "/dev/sda2 " + mntFixed + " ext4 rw 0 0",
                "tmpfs " + dir.resolve("media/tmp") + " tmpfs rw 0 0", ""), StandardCharsets.UTF_8);
        UsbTargetLocator locator = new UsbTargetLocator("Linux", mounts, sys,
                List.of(dir.resolve("media") + "/", dir.resolve("run/media") + "/"), dir.resolve("mnt") + "/");

        List<UsbTargetLocator.UsbDrive> found = locator.find();
        assertEquals(List.of(media, spaced, mnt), found.stream().map(UsbTargetLocator.UsbDrive::root).toList());
        assertEquals(List.of("KINGSTON", "SAO LUU", "usb"), found.stream().map(UsbTargetLocator.UsbDrive::label).toList());
        assertEquals(List.of("vfat", "exfat", "vfat"), found.stream().map(UsbTargetLocator.UsbDrive::type).toList());
        assertEquals(List.of(false, true, false), found.stream().map(UsbTargetLocator.UsbDrive::readOnly).toList());
        assertEquals(true, locator.removable("/dev/mmcblk0p1"));
        assertEquals(false, locator.removable("/dev/nvme0n1p2"));
        assertEquals(false, locator.removable("/dev/sdz1"), "no such disk");
    }

    @Test
    void noMountTableNoDrives() {
        UsbTargetLocator locator = new UsbTargetLocator("Linux", dir.resolve("none"), dir, List.of("/media/"), "/mnt/");
        assertEquals(List.of(), locator.find());
    }
}
