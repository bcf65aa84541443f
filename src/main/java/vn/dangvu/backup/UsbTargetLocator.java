package vn.dangvu.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Finds the removable drives a backup can go to ("Sao lưu ra USB"). Only finds them: writing is [BackupService]'s.
/// A hint, never a gate (shared/reliability.md §5.3): a drive not found here can still be chosen as a folder.
/// - Windows: every root drive whose file store says `volume:isRemovable` (the JDK's Windows attribute), except the
///   system drive and CD drives; where the attribute is not there, a FAT32/exFAT drive other than the system drive.
/// - Linux: mounts from `/proc/mounts` under `/media/<user>`, `/media`, `/run/media/<user>` (where the desktop
///   mounts sticks), and under `/mnt` when `/sys/block/<disk>/removable` says 1.
public final class UsbTargetLocator {

    private static final Logger LOG = LoggerFactory.getLogger(UsbTargetLocator.class);

    /// A drive: where it is mounted, its label (or name), file system type, free bytes, and whether it is mounted read-only.
    public record UsbDrive(Path root, String label, String type, long usableBytes, boolean readOnly) {
    }

    private final String os;
    private final Path procMounts;
    private final Path sysBlock;
    private final List<String> mediaPrefixes;
    private final String mntPrefix;

    public UsbTargetLocator() {
        this(System.getProperty("os.name", ""), Path.of("/proc/mounts"), Path.of("/sys/block"),
                List.of("/media/", "/run/media/"), "/mnt/");
    }

    /// For tests: another mount table, block device folder and mount folders.
    UsbTargetLocator(String os, Path procMounts, Path sysBlock, List<String> mediaPrefixes, String mntPrefix) {
        this.os = os.toLowerCase(Locale.ROOT);
        this.procMounts = procMounts;
        this.sysBlock = sysBlock;
        this.mediaPrefixes = mediaPrefixes;
        this.mntPrefix = mntPrefix;
    }

    public List<UsbDrive> find() {
        try {
            return os.contains("win") ? windows() : linux();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Looking for removable drives failed", e);
            return List.of();
        }
    }

    private List<UsbDrive> windows() {
        List<UsbDrive> out = new ArrayList<>();
        String system = Optional.ofNullable(System.getenv("SystemDrive")).orElse("C:").toUpperCase(Locale.ROOT);
        for (Path root : FileSystems.getDefault().getRootDirectories()) {
            if (root.toString().toUpperCase(Locale.ROOT).startsWith(system)) {
                continue;
            }
            try {
                FileStore store = Files.getFileStore(root);
                Optional<Boolean> removable = flag(store, "volume:isRemovable");
                boolean cd = flag(store, "volume:isCdrom").orElse(false);
                boolean fat = FatRules.fat32(store.type()) || "exfat".equalsIgnoreCase(store.type());
                if (!cd && removable.orElse(fat)) {
                    out.add(new UsbDrive(root, store.name().isBlank() ? root.toString() : store.name(), store.type(),
                            store.getUsableSpace(), store.isReadOnly()));
                }
            } catch (IOException e) {
                LOG.debug("Drive {} not ready", root, e);
            }
        }
        return out;
    }

    private static Optional<Boolean> flag(FileStore store, String attribute) {
        try {
            return Optional.of(Boolean.TRUE.equals(store.getAttribute(attribute)));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private List<UsbDrive> linux() throws IOException {
        List<UsbDrive> out = new ArrayList<>();
        if (!Files.isReadable(procMounts)) {
            return out;
        }
        for (String line : Files.readAllLines(procMounts, StandardCharsets.UTF_8)) {
            String[] f = line.split(" ");
            if (f.length < 4 || !f[0].startsWith("/dev/")) {
                continue;
            }
            String mount = unescape(f[1]);
            boolean media = mediaPrefixes.stream().anyMatch(mount::startsWith);
            boolean mnt = mount.startsWith(mntPrefix) && removable(f[0]);
            if (!media && !mnt) {
                continue;
            }
            Path root = Path.of(mount);
            long free = 0;
            try {
                free = Files.getFileStore(root).getUsableSpace();
            } catch (IOException e) {
                LOG.debug("No free space for {}", root, e);
            }
            boolean ro = List.of(f[3].split(",")).contains("ro");
            out.add(new UsbDrive(root, root.getFileName() == null ? mount : root.getFileName().toString(), f[2], free, ro));
        }
        return out;
    }

    /// /sys/block/<disk>/removable for a partition's device ("/dev/sdb1" → sdb, "/dev/mmcblk0p1" → mmcblk0).
    boolean removable(String device) {
        String name = device.substring("/dev/".length());
        String disk = name.matches("(mmcblk|nvme\\d+n)\\d+p\\d+") ? name.replaceAll("p\\d+$", "") : name.replaceAll("\\d+$", "");
        if (name.startsWith("nvme") && !name.contains("p")) {
            disk = name;
        }
        Path flag = sysBlock.resolve(disk).resolve("removable");
        try {
            return Files.isReadable(flag) && Files.readString(flag, StandardCharsets.US_ASCII).trim().equals("1");
        } catch (IOException e) {
            return false;
        }
    }

    /// /proc/mounts writes a space in a mount point as \040 (and tab, newline, backslash likewise).
    static String unescape(String s) {
        return s.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
    }
}
