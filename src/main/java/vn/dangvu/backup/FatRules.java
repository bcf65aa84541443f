package vn.dangvu.backup;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/// What a USB stick's FAT32 file system allows (shared/reliability.md §5.2): no file of 4 GiB or more, names without
/// `< > : " / \ | ? *` or control characters, without a trailing dot or space, not a device name (CON, PRN, AUX, NUL,
/// COM1–9, LPT1–9, also with an extension), at most 255 characters; names in NFC.
public final class FatRules {

    /// FAT32 holds files up to 2^32 − 1 bytes.
    public static final long FAT32_MAX_FILE = 4L * 1024 * 1024 * 1024 - 1;
    static final int MAX_NAME = 255;
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5",
            "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private FatRules() {
    }

    /// A file system type (as `FileStore.type()` names it) that has FAT32's 4 GiB limit.
    public static boolean fat32(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return t.equals("vfat") || t.equals("fat") || t.equals("fat32") || t.equals("msdos") || t.equals("fat16");
    }

    /// Whether a file of this size fits a file system of this type.
    public static boolean fits(long size, String type) {
        return !fat32(type) || size <= FAT32_MAX_FILE;
    }

    /// A name FAT32 (and Windows) accepts, as close to `name` as possible.
    public static String safe(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            b.append(c < 32 || FORBIDDEN.indexOf(c) >= 0 ? '_' : c);
        }
        String s = b.toString().replaceAll("[. ]+$", "");
        if (s.isEmpty()) {
            s = "_";
        }
        int dot = s.indexOf('.');
        String stem = dot < 0 ? s : s.substring(0, dot);
        if (DEVICES.contains(stem.toUpperCase(Locale.ROOT))) {
            s = "_" + s;
        }
        if (s.length() > MAX_NAME) {
            int ext = s.lastIndexOf('.');
            String tail = ext > 0 && s.length() - ext <= 16 ? s.substring(ext) : "";
            s = s.substring(0, MAX_NAME - tail.length()) + tail;
        }
        return s;
    }
}
