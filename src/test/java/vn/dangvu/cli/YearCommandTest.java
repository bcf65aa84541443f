package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearCommandTest {

    @TempDir
    Path dir;

    @Test
    void openListCloseReopen() {
        String db = dir.resolve("xa").toString();
        assertEquals(0, CliRun.of("--db", db, "init", "--commune", "Phú Sơn", "--province", "Khánh Hòa").code());

        CliRun open = CliRun.of("--db", db, "year", "open", "2025", "--theme", "Học tập và làm theo về đổi mới, sáng tạo");
        assertEquals(0, open.code(), open::toString);
        assertTrue(open.out().contains("2025  Đang thực hiện  Q366_HD43  Học tập và làm theo về đổi mới, sáng tạo"), open::toString);

        assertEquals(0, CliRun.of("--db", db, "year", "close", "2025").code());
        CliRun list = CliRun.of("--db", db, "year", "list", "--format", "tsv");
        assertEquals("2025\tCLOSED\tQ366_HD43\tHọc tập và làm theo về đổi mới, sáng tạo\n", list.out().replace("\r", ""));

        CliRun noReason = CliRun.of("--db", db, "year", "reopen", "2025");
        assertEquals(2, noReason.code(), noReason::toString);
        CliRun reopen = CliRun.of("--db", db, "year", "reopen", "2025", "--reason", "Sửa xếp loại theo kết luận kiểm tra");
        assertEquals(0, reopen.code(), reopen::toString);
        assertTrue(reopen.out().contains("Đang đánh giá, tổng kết"), reopen::toString);

        CliRun again = CliRun.of("--db", db, "year", "open", "2025");
        assertEquals(1, again.code(), again::toString);
        assertTrue(again.err().contains("Năm công tác 2025 đã được mở."), again::toString);
        CliRun bad = CliRun.of("--db", db, "year", "close", "hai nghìn");
        assertEquals(1, bad.code(), bad::toString);
        assertTrue(bad.err().contains("«hai nghìn»"), bad::toString);
    }
}
