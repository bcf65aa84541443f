package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.party.UnitKind;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.units.PartyUnit;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void createsSettingsAndRootUnit() throws Exception {
        Path db = dir.resolve("xa.mv.db");
        CliRun r = CliRun.of("--db", db.toString(), "init", "--commune", "Phú Sơn", "--province", "Khánh Hòa",
                "--secretary", "Nguyễn Văn Bình", "--term-start", "2025", "--term-end", "2030");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Đảng bộ xã Phú Sơn"), r.toString());
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("xa")))) {
            OrganizationSettings s = ctx.settings().load().orElseThrow();
            assertEquals("Xã Phú Sơn", s.communeName());
            assertEquals("Đảng bộ tỉnh Khánh Hòa", s.provinceLine());
            assertEquals("Nguyễn Văn Bình", s.secretaryName().orElseThrow());
            assertEquals(2025, s.term().orElseThrow().startYear());
            assertEquals(2030, s.term().orElseThrow().endYear());
            List<PartyUnit> units = ctx.units().all();
            assertEquals(1, units.size());
            assertEquals(UnitKind.COMMUNE_COMMITTEE, units.get(0).kind());
            assertEquals("Đảng bộ xã Phú Sơn", units.get(0).name());
        }
    }

    @Test
    void refusesAnExistingFileAndLeavesItUntouched() throws Exception {
        Path base = dir.resolve("xa");
        assertEquals(0, CliRun.of("--db", base.toString(), "init", "--commune", "A", "--province", "B").code());
        Path file = Database.dataFile(base);
        byte[] before = Files.readAllBytes(file);
        CliRun r = CliRun.of("--db", base.toString(), "init", "--commune", "Khác", "--province", "B");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains(file.getFileName().toString()), r.toString());
        assertTrue(r.err().contains("đã có"), r.toString());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void missingCommuneIsAUsageError() {
        CliRun r = CliRun.of("--db", dir.resolve("x").toString(), "init", "--province", "Khánh Hòa");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--commune"), r.toString());
        assertFalse(Files.exists(dir.resolve("x.mv.db")));
    }

    @Test
    void blankCommuneIsBadInputAndCreatesNoFile() {
        CliRun r = CliRun.of("--db", dir.resolve("x").toString(), "init", "--commune", "  ", "--province", "Khánh Hòa");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("--commune"), r.toString());
        assertFalse(Files.exists(dir.resolve("x.mv.db")));
    }

    @Test
    void badTermYearIsBadInputNamingTheOption() {
        CliRun r = CliRun.of("--db", dir.resolve("x").toString(), "init", "--commune", "A", "--province", "B",
                "--term-start", "abc");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("--term-start") && r.err().contains("abc"), r.toString());
        CliRun end = CliRun.of("--db", dir.resolve("x").toString(), "init", "--commune", "A", "--province", "B",
                "--term-start", "2025", "--term-end", "2020");
        assertEquals(1, end.code(), end.toString());
        assertTrue(end.err().contains("--term-end") && end.err().contains("2020"), end.toString());
        assertFalse(Files.exists(dir.resolve("x.mv.db")));
    }

    @Test
    void helpIsVietnamese() {
        CliRun r = CliRun.of("init", "--help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Cách dùng:") && r.out().contains("Tên xã"), r.toString());
        CliRun root = CliRun.of("--help");
        assertTrue(root.out().contains("Lệnh:") && root.out().contains("members"), root.toString());
    }
}
