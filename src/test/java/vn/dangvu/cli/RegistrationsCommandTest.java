package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.registrations.Fixture.form;
import static vn.dangvu.registrations.Fixture.item;
import static vn.dangvu.registrations.RegistrationImportTest.row;
import static vn.dangvu.registrations.RegistrationImportTest.xlsx;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.registrations.Assessment;
import vn.dangvu.registrations.Fixture;
import vn.dangvu.registrations.RegistrationItem;

/// `registrations summary` (the TSV line per cell is a contract) and `registrations import`, in-process on real files.
class RegistrationsCommandTest {

    @TempDir
    Path dir;

    private String db() throws Exception {
        try (Fixture f = new Fixture(dir)) {
            f.service.save(form(2026, f.an, new RegistrationItem("Vận động phân loại rác", "Làm gương trước",
                    Optional.of(LocalDate.of(2026, 6, 30)), "", Optional.of(Assessment.DONE), "", Optional.empty(), ""),
                    item("Sống gương mẫu", "", null)));
            f.service.save(form(2026, f.cuong, new RegistrationItem("Tham gia làm đường", "Góp ngày công",
                    Optional.of(LocalDate.of(2026, 9, 30)), "", Optional.empty(), "", Optional.of(Assessment.NOT_DONE), "")));
        }
        return dir.resolve("db").toString();
    }

    @Test
    void summaryTsvIsOneLinePerCell() throws Exception {
        String db = db();
        CliRun tsv = CliRun.of("--db", db, "registrations", "summary", "--year", "2026", "--format", "tsv");
        assertEquals(0, tsv.code(), tsv::toString);
        assertEquals("Chi bộ thôn 1\t3\t1\t2\t1\t0\t0\nChi bộ thôn 2\t2\t1\t1\t0\t0\t1\n", tsv.out().replace("\r", ""));

        CliRun table = CliRun.of("--db", db, "registrations", "summary", "--year", "2026");
        assertEquals(0, table.code(), table::toString);
        List<String> lines = table.out().replace("\r", "").lines().toList();
        assertTrue(lines.get(0).startsWith("Đăng ký học tập và làm theo năm 2026 (danh sách đảng viên tính đến ngày "), table::toString);
        assertEquals(List.of("Chi bộ", "Đảng viên", "Đã đăng ký", "Chưa đăng ký", "Nội dung", "Chung chung", "Hoàn thành", "Một phần",
                "Chưa hoàn thành"), List.of(lines.get(1).split(" {2,}")));
        assertEquals(List.of("Chi bộ thôn 1", "3", "1", "1", "2", "1", "1", "0", "0"), List.of(lines.get(2).split(" {2,}")));
        assertEquals(List.of("Tổng cộng", "5", "2", "2", "3", "1", "1", "0", "1"), List.of(lines.get(4).split(" {2,}")));

        CliRun none = CliRun.of("--db", db, "registrations", "summary", "--year", "2024");
        assertEquals(1, none.code(), none::toString);
        assertTrue(none.err().contains("Chưa mở năm công tác 2024"), none::toString);
        CliRun usage = CliRun.of("--db", db, "registrations", "summary");
        assertEquals(2, usage.code(), usage::toString);
    }

    @Test
    void importIsAllOrNothingUnlessOnlyValid() throws Exception {
        String db = db();
        Path file = xlsx(dir.resolve("đăng ký.xlsx"), List.of(
                row(1, null, "Lê Thị Bình", Fixture.BIRTH, "Giúp một hộ khó khăn", "Hướng dẫn cách làm ăn", "tháng 10", null),
                row(2, "09999999", null, null, "Tham gia làm đường", "Góp ngày công", "Quý III", null)));
        CliRun bad = CliRun.of("--db", db, "registrations", "import", "--year", "2026", file.toString());
        assertEquals(1, bad.code(), bad::toString);
        assertEquals(List.of("Tệp đăng ký.xlsx, trang «Đăng ký 2026», dòng tiêu đề 3.",
                "Đã đọc 2 dòng nội dung: 1 đảng viên, 1 nội dung; 1 dòng bị loại.",
                "  Dòng 5, cột B (Số thẻ đảng viên): Không có đảng viên nào mang số thẻ 09999999.",
                "Các dòng bị loại: 5.",
                "Có dòng sai nên chưa ghi gì vào dữ liệu. Sửa tệp rồi nhập lại, hoặc dùng --only-valid để chỉ nhập các dòng hợp lệ."),
                bad.out().replace("\r", "").lines().toList());
        assertTrue(CliRun.of("--db", db, "registrations", "summary", "--year", "2026", "--format", "tsv").out()
                .startsWith("Chi bộ thôn 1\t3\t1\t"));

        CliRun ok = CliRun.of("--db", db, "registrations", "import", "--year", "2026", file.toString(), "--only-valid");
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains("Đã ghi vào dữ liệu."), ok::toString);
        assertTrue(CliRun.of("--db", db, "registrations", "summary", "--year", "2026", "--format", "tsv").out()
                .startsWith("Chi bộ thôn 1\t3\t2\t3\t1\t0\t0"));
    }
}
