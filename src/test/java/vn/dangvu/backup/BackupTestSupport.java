package vn.dangvu.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.dangvu.AppContext;

/// For tests outside this package: a [BackupService] that sees the given folders as USB sticks.
public final class BackupTestSupport {

    private BackupTestSupport() {
    }

    /// `drives`: folders under `work`/media that play removable drives (none: no stick plugged in).
    public static BackupService withDrives(AppContext ctx, Path work, List<String> drives) throws IOException {
        Path media = Files.createDirectories(work.resolve("media"));
        StringBuilder mounts = new StringBuilder();
        int i = 1;
        for (String d : drives) {
            Path root = Files.createDirectories(media.resolve(d));
            mounts.append("/dev/sdb").append(i++).append(' ').append(root).append(" vfat rw 0 0\n");
        }
        Path table = Files.writeString(work.resolve("mounts"), mounts, StandardCharsets.UTF_8);
        return new BackupService(ctx.db(), new BackupRepository(), ctx.settings(), ctx.years(), ctx.clock(),
                new UsbTargetLocator("Linux", table, work.resolve("sys"), List.of(media + "/"), "/mnt/"));
    }
}
