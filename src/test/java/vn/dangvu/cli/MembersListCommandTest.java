package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestMembers;
import vn.dangvu.common.AppException;
import vn.dangvu.db.AppLock;
import vn.dangvu.db.Database;
import vn.dangvu.party.CellType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.NewUnit;

class MembersListCommandTest {

    @TempDir
    static Path dir;

    static String db;

    @BeforeAll
    static void fixture() throws Exception {
        Path base = dir.resolve("xa");
        db = base.toString();
        try (AppContext ctx = new AppContext(Database.create(base))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            long root = ctx.units().all().get(0).id();
            long dong = ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL,
                    Optional.of(CellType.HAMLET), "Chi bộ thôn Đông", Optional.empty(), Optional.empty()));
            long tdp = ctx.units().create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL,
                    Optional.of(CellType.RESIDENTIAL_GROUP), "Chi bộ Tổ dân phố 3", Optional.empty(), Optional.empty()));
            // inserted out of order on purpose
            add(ctx, "Trần Văn Ân", dong, MemberStatus.OFFICIAL, LocalDate.of(1970, 2, 3));
            add(ctx, "Lê Thị Hướng", tdp, MemberStatus.PROBATIONARY, LocalDate.of(2001, 12, 31));
            add(ctx, "Nguyễn Văn An", dong, MemberStatus.OFFICIAL, LocalDate.of(1960, 1, 1));
            add(ctx, "Phạm Văn Phường", dong, MemberStatus.EXEMPT_WORK_MEETINGS, LocalDate.of(1950, 5, 6));
            add(ctx, "Đặng Thị Hường", tdp, MemberStatus.OFFICIAL, LocalDate.of(1985, 7, 8));
            add(ctx, "Hoàng Thị Ánh", tdp, MemberStatus.DECEASED, LocalDate.of(1940, 3, 4));
            add(ctx, "Nguyễn Thị Hương", dong, MemberStatus.OFFICIAL, LocalDate.of(1990, 10, 11));
            add(ctx, "Vũ Văn Đạt", tdp, MemberStatus.OFFICIAL, LocalDate.of(1975, 4, 5));
            add(ctx, "Bùi Thị Dung", dong, MemberStatus.TRANSFERRED_OUT, LocalDate.of(1980, 6, 7));
            add(ctx, "Đặng Văn Hải", dong, MemberStatus.OFFICIAL, LocalDate.of(1966, 8, 9));
            add(ctx, "Dương Văn Hải", dong, MemberStatus.OFFICIAL, LocalDate.of(1967, 8, 9));
        }
    }

    private static void add(AppContext ctx, String name, long unit, MemberStatus status, LocalDate birth) throws AppException {
        TestMembers.add(ctx, TestMembers.with(TestMembers.form(name, Gender.MALE, birth, unit, birth.plusYears(22), null,
                status == MemberStatus.PROBATIONARY ? null : birth.plusYears(23)), null, "ETH_01", "NONE", null), status);
    }

    private static List<String> names(CliRun r) {
        return Arrays.stream(r.out().split("\n")).filter(l -> !l.isEmpty()).map(l -> l.split("\t")[0]).toList();
    }

    @Test
    void tsvIsExactAndInVietnameseOrder() {
        CliRun r = CliRun.of("--db", db, "members", "list", "--format", "tsv");
        assertEquals(0, r.code(), r.toString());
        String expected = """
                Nguyễn Văn An\t1960-01-01\tChi bộ thôn Đông\tChính thức
                Hoàng Thị Ánh\t1940-03-04\tChi bộ Tổ dân phố 3\tĐã từ trần
                Trần Văn Ân\t1970-02-03\tChi bộ thôn Đông\tChính thức
                Bùi Thị Dung\t1980-06-07\tChi bộ thôn Đông\tĐã chuyển đi
                Vũ Văn Đạt\t1975-04-05\tChi bộ Tổ dân phố 3\tChính thức
                Dương Văn Hải\t1967-08-09\tChi bộ thôn Đông\tChính thức
                Đặng Văn Hải\t1966-08-09\tChi bộ thôn Đông\tChính thức
                Nguyễn Thị Hương\t1990-10-11\tChi bộ thôn Đông\tChính thức
                Đặng Thị Hường\t1985-07-08\tChi bộ Tổ dân phố 3\tChính thức
                Lê Thị Hướng\t2001-12-31\tChi bộ Tổ dân phố 3\tDự bị
                Phạm Văn Phường\t1950-05-06\tChi bộ thôn Đông\tMiễn công tác và sinh hoạt
                """;
        assertEquals(expected, r.out());
        assertEquals("", r.err());
    }

    @Test
    void accentFreeSearchIsWordPrefix() {
        assertEquals(List.of("Nguyễn Thị Hương", "Đặng Thị Hường", "Lê Thị Hướng"),
                names(CliRun.of("--db", db, "members", "list", "--search", "huong", "--format", "tsv")));
        assertEquals(List.of("Đặng Văn Hải", "Đặng Thị Hường"),
                names(CliRun.of("--db", db, "members", "list", "--search", "dang", "--format", "tsv")));
        assertEquals(List.of("Đặng Thị Hường"),
                names(CliRun.of("--db", db, "members", "list", "--search", "Đặng hư", "--format", "tsv")));
        assertEquals(List.of("Phạm Văn Phường"),
                names(CliRun.of("--db", db, "members", "list", "--search", "phuong", "--format", "tsv")));
        assertEquals(List.of(), names(CliRun.of("--db", db, "members", "list", "--search", "uong", "--format", "tsv")));
    }

    @Test
    void cellMatchesRegardlessOfCaseAccentsSpacingAndForm() {
        List<String> expected = List.of("Nguyễn Văn An", "Trần Văn Ân", "Bùi Thị Dung", "Dương Văn Hải", "Đặng Văn Hải",
                "Nguyễn Thị Hương", "Phạm Văn Phường");
        for (String cell : List.of("chi bo thon dong", "CHI BỘ  THÔN ĐÔNG",
                Normalizer.normalize("Chi bộ thôn Đông", Normalizer.Form.NFD))) {
            CliRun r = CliRun.of("--db", db, "members", "list", "--cell", cell, "--format", "TSV");
            assertEquals(0, r.code(), r.toString());
            assertEquals(expected, names(r), cell);
        }
        assertEquals(List.of("Nguyễn Thị Hương"),
                names(CliRun.of("--db", db, "members", "list", "--cell", "chi bo thon dong", "--search", "huong", "--format", "tsv")));
    }

    @Test
    void tableHasAVietnameseHeaderAndACount() {
        CliRun r = CliRun.of("--db", db + ".mv.db", "members", "list", "--search", "hai");
        assertEquals(0, r.code(), r.toString());
        String[] lines = r.out().split("\n");
        assertEquals(4, lines.length, r.toString());
        assertTrue(lines[0].contains("Họ và tên") && lines[0].contains("Ngày sinh") && lines[0].contains("Trạng thái"), r.out());
        assertTrue(lines[1].contains("Dương Văn Hải") && lines[1].contains("09/08/1967"), r.out());
        assertEquals(lines[1].indexOf("09/08/1967"), lines[2].indexOf("08/1966") - 3, r.out());
        assertEquals("Tổng số: 2 đảng viên.", lines[3]);
    }

    @Test
    void unknownCellIsBadInput() {
        CliRun r = CliRun.of("--db", db, "members", "list", "--cell", "Chi bộ thôn Không Có");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().startsWith("Không có chi bộ nào tên «Chi bộ thôn Không Có»"), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void usageErrors() {
        CliRun unknownCommand = CliRun.of("--db", db, "memberz", "list");
        assertEquals(2, unknownCommand.code(), unknownCommand.toString());
        assertTrue(unknownCommand.err().contains("«memberz»"), unknownCommand.toString());
        CliRun unknownSub = CliRun.of("--db", db, "members", "lits");
        assertEquals(2, unknownSub.code(), unknownSub.toString());
        CliRun unknownOption = CliRun.of("--db", db, "members", "list", "--colour");
        assertEquals(2, unknownOption.code(), unknownOption.toString());
        assertTrue(unknownOption.err().contains("--colour"), unknownOption.toString());
        assertEquals(2, CliRun.of("--db", db).code());
        assertEquals(2, CliRun.of("--db", db, "members").code());
        CliRun badFormat = CliRun.of("--db", db, "members", "list", "--format", "xml");
        assertEquals(1, badFormat.code(), badFormat.toString());
        assertTrue(badFormat.err().contains("--format") && badFormat.err().contains("xml"), badFormat.toString());
    }

    @Test
    void missingDatabaseIsBadInput() {
        CliRun r = CliRun.of("--db", dir.resolve("khong-co").toString(), "members", "list");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("khong-co.mv.db"), r.toString());
    }

    @Test
    void secondInstanceIsRefusedWithTheInUseMessageNamingTheHolder() throws Exception {
        AppLock.identifyAs(AppLock.Holder.WINDOW, "");
        try (Database open = Database.open(Path.of(db))) {
            CliRun r = CliRun.of("--db", db, "members", "list");
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.err().contains(open.file().toString()), r.toString());
            assertTrue(r.err().contains("đang được mở ở một cửa sổ Đảng vụ khác (tiến trình số " + ProcessHandle.current().pid()),
                    r.toString());
            assertFalse(r.err().contains("Exception"), r.toString());
        }
    }
}
