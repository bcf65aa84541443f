package vn.dangvu.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/// Failures of the computer rather than of the data: a full disk, a folder the user may not write, a read-only
/// medium. Recognised anywhere in a failure's causes (H2, POI and Flyway wrap the operating system's error), so the
/// user reads the cause in Vietnamese instead of "unexpected error" or a library's English text.
public final class IoFaults {

    /// Below this much free space, a write that failed with an I/O error failed because the disk is full (the
    /// operating system's text is translated on some Windows installations, so it cannot always be matched).
    static final long NEARLY_FULL_BYTES = 1L << 20;

    private static final String[] DISK_FULL = {"no space left on device", "not enough space on the disk",
        "no disk space available", "disk full", "there is not enough space"};
    private static final String[] NO_PERMISSION = {"permission denied", "access is denied", "operation not permitted"};
    private static final String[] READ_ONLY = {"read-only file system", "read only file system"};

    private IoFaults() {
    }

    /// The cause the user can act on, naming `where` (the file or folder being written), if the failure is one.
    public static Optional<AppException> recognize(Throwable failure, Path where) {
        if (failure == null) {
            return Optional.empty();
        }
        if (any(failure, t -> t instanceof ReadOnlyFileSystemException || matches(t, READ_ONLY))) {
            return Optional.of(new AppException(failure, "io.error.readOnlyMedium", where));
        }
        if (any(failure, t -> matches(t, DISK_FULL)) || (any(failure, IOException.class::isInstance) && nearlyFull(where))) {
            return Optional.of(new AppException(failure, "io.error.diskFull", where));
        }
        if (any(failure, t -> t instanceof AccessDeniedException || matches(t, NO_PERMISSION))) {
            return Optional.of(new AppException(failure, "io.error.noPermission", where));
        }
        return Optional.empty();
    }

    /// True when the file system holding `where` (or its nearest existing folder) has almost no free space left.
    static boolean nearlyFull(Path where) {
        Path p = where == null ? null : where.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return false;
        }
        try {
            FileStore store = Files.getFileStore(p);
            return store.getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static boolean any(Throwable failure, Predicate<Throwable> test) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(30).anyMatch(test);
    }

    private static boolean matches(Throwable t, String[] texts) {
        String m = t.getMessage();
        if (m == null) {
            return false;
        }
        String lower = m.toLowerCase(Locale.ROOT);
        for (String s : texts) {
            if (lower.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
