package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.commendation.CommendationFixture;
import vn.dangvu.commendation.EntryInput;

/// `commendations list` (the TSV line per entry is a contract), in-process on a real file.
class CommendationsCommandTest {

    @TempDir
    Path dir;

    @Test
    void listTsvIsOneLinePerEntry() throws Exception {
        try (CommendationFixture x = new CommendationFixture(dir)) {
            x.rateAll();
            x.service.issue(CommendationFixture.yearly(), List.of(EntryInput.member(x.an),
                    EntryInput.collective("Hội Cựu chiến binh xã Phú Sơn"), EntryInput.unit(x.f.tay).because("Tiêu biểu")));
        }
        String db = dir.resolve("db").toString();
        CliRun tsv = CliRun.of("--db", db, "commendations", "list", "--year", "2026", "--format", "tsv");
        assertEquals(0, tsv.code(), tsv::toString);
        assertEquals("01-QĐ/ĐU\t2026-11-21\tGIAY_KHEN\tHội Cựu chiến binh xã Phú Sơn\tcollective\n"
                + "01-QĐ/ĐU\t2026-11-21\tGIAY_KHEN\tChi bộ thôn Tây\torganisation\n"
                + "01-QĐ/ĐU\t2026-11-21\tGIAY_KHEN\tNguyễn Văn An\tmember\n", tsv.out().replace("\r", ""));

        CliRun table = CliRun.of("--db", db, "commendations", "list", "--year", "2026");
        assertEquals(0, table.code(), table::toString);
        List<String> lines = table.out().replace("\r", "").lines().toList();
        assertEquals("Khen thưởng năm 2026: 3 tập thể, cá nhân", lines.get(0));
        assertEquals(List.of("Số quyết định", "Ngày", "Hình thức", "Tên", "Loại"), List.of(lines.get(1).split(" {2,}")));
        assertEquals(List.of("01-QĐ/ĐU", "21/11/2026", "Giấy khen", "Nguyễn Văn An", "Đảng viên"), List.of(lines.get(4).split(" {2,}")));

        CliRun none = CliRun.of("--db", db, "commendations", "list", "--year", "2025", "--format", "tsv");
        assertEquals(0, none.code(), none::toString);
        assertEquals("", none.out());
        CliRun bad = CliRun.of("--db", db, "commendations", "list", "--year", "x");
        assertTrue(bad.code() != 0, bad::toString);
    }
}
