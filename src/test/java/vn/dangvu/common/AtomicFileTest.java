package vn.dangvu.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The one temp-file-then-rename writer: the real name holds the old content or the whole new one, never a part.
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void replacesWholeAndLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("ui.properties");
        AtomicFile.writeString(out, "cũ\n");
        AtomicFile.writeString(out, "mới\n");
        assertEquals("mới\n", Files.readString(out));
        assertFalse(Files.exists(AtomicFile.temporary(out)));
    }

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldFile() throws Exception {
        Path out = dir.resolve("danh sách.xlsx");
        AtomicFile.writeString(out, "bản cũ");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.replace(out, tmp -> {
            Files.writeString(tmp, "một nửa");
            throw new IOException("cut");
        }));
        assertEquals("cut", e.getMessage());
        assertEquals("bản cũ", Files.readString(out));
        assertFalse(Files.exists(AtomicFile.temporary(out)));
    }

    @Test
    void copyAndPublish() throws Exception {
        Path from = AtomicFile.temporary(dir.resolve("nguồn"));
        Files.writeString(from, "dữ liệu");
        Path copy = dir.resolve("bản sao");
        AtomicFile.copy(from, copy);
        assertEquals("dữ liệu", Files.readString(copy));

        Path target = dir.resolve("đích");
        AtomicFile.publish(from, target);
        assertEquals("dữ liệu", Files.readString(target));
        assertFalse(Files.exists(from));
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.publish(copy, target));
        assertEquals("dữ liệu", Files.readString(copy), "a refused publish leaves both files");
    }

    @Test
    void writeTellsAFolderItCannotWriteInVietnamese() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("tệp"), "x");
        AppException e = assertThrows(AppException.class, () -> AtomicFile.write(notAFolder.resolve("a.pdf"),
                tmp -> Files.writeString(tmp, "pdf")));
        assertEquals("export.error.write", e.key());
    }
}
