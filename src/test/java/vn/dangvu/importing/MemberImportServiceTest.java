package vn.dangvu.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.members.NewEvent;
import vn.dangvu.party.EventType;
import vn.dangvu.settings.SetupRequest;

/// Imports a list written with POI into a real H2 file: cells created, legacy text converted, re-import updates,
/// dry run. Bad files and bad rows are covered by the stored corpus (`corpus.ImportCorpusTest`).
class MemberImportServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;
    AppContext ctx;

    @BeforeEach
    void setUp() throws Exception {
        ctx = new AppContext(Database.create(dir.resolve("db")));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private Path workbook(String name, Object[][] data) throws IOException {
        Path f = dir.resolve(name);
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("Danh sách");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            s.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ PHÚ SƠN");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            for (int r = 0; r < data.length; r++) {
                Row row = s.createRow(r + 2);
                for (int c = 0; c < data[r].length; c++) {
                    Object v = data[r][c];
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return f;
    }

    private static final Object[] HEADER = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Ngày chính thức",
        "Số thẻ ĐV", "Chi bộ", "Ghi chú"};

    private Object[][] goodRows() {
        return new Object[][] {
            HEADER,
            {"1", "Nguyễn Văn An", LocalDate.of(1970, 2, 1), "Nam", LocalDate.of(1995, 2, 3), LocalDate.of(1996, 2, 3), "A001",
                "Chi bộ thôn Đông", null},
            {"2", "NguyÔn ThÞ H\u00AD¬ng", "15/03/1980", "Nữ", "19/05/2005", "19/05/2006", "A002", "chi bo thon dong", null},
            {"3", "Trần Thị Ánh", "1982", "Nữ", "2/9/2010", "2/9/2011", "A003", "Chi bộ thôn Tây", "'; DROP TABLE party_member; --"},
            {"4", "Lê Văn Ân", LocalDate.of(1990, 1, 1), "Nam", LocalDate.of(2026, 5, 19), null, null, "Chi bộ thôn Tây", null},
        };
    }

    @Test
    void importsCreatesCellsConvertsLegacyTextAndReimportUpdates() throws Exception {
        Path f = workbook("ds.xlsx", goodRows());
        ImportReport r = ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY));
        assertTrue(r.written(), () -> r.problems().stream().map(ImportProblem::describe).toList().toString());
        assertEquals(3, r.headerRow());
        assertEquals(4, r.rowsRead());
        assertEquals(4, r.imported());
        assertEquals(List.of("Chi bộ thôn Đông", "Chi bộ thôn Tây"), r.cellsCreated());
        assertEquals(1, r.legacyCells());
        List<String> names = ctx.members().list(MemberQuery.all()).stream().map(MemberRow::fullName).toList();
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Ân", "Nguyễn Thị Hương"), names);
        assertEquals(2, ctx.members().list(new MemberQuery("", Optional.of(ctx.units().findByName("Chi bộ thôn Đông").orElseThrow().id()))).size());
        String note = ctx.db().dsl().fetchValue("SELECT note FROM party_member WHERE card_number = 'A003'").toString();
        assertEquals("'; DROP TABLE party_member; --", note);

        ImportReport again = ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY));
        assertEquals(0, again.imported());
        assertEquals(4, again.updated());
        assertEquals(4, ctx.members().count());
        assertEquals(2, ctx.units().all().size() - 1);
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        ImportReport r = ctx.memberImport().importFile(workbook("ds.xlsx", goodRows()),
                new ImportOptions(false, true, true, Optional.empty(), Optional.empty(), TODAY));
        assertFalse(r.written());
        assertEquals(4, r.imported());
        assertEquals(0, ctx.members().count());
    }

    private String status(String card) {
        return ctx.db().dsl().fetchValue("SELECT status FROM party_member WHERE card_number = ?", card).toString();
    }

    private List<String> events(String card) {
        return ctx.db().dsl().fetch("SELECT e.event_type, e.status_before, e.status_after, e.event_date FROM membership_event e"
                + " JOIN party_member m ON m.id = e.member_id WHERE m.card_number = ? ORDER BY e.event_date, e.id", card)
                .stream().map(r -> r.get(0) + " " + r.get(1) + "->" + r.get(2) + " " + r.get(3)).toList();
    }

    /// Statuses come from the member rules: a full-membership date makes a full member, none keeps a probationary
    /// one (with a warning once probation should be over); a re-import that gives a probationary member its
    /// full-membership date records the FULL_MEMBERSHIP event.
    @Test
    void statusesFollowTheRulesFromTheImportedDates() throws Exception {
        ImportReport r = ctx.memberImport().importFile(workbook("ds.xlsx", new Object[][] {
            HEADER,
            {"1", "Nguyễn Văn An", LocalDate.of(1970, 2, 1), "Nam", LocalDate.of(1995, 2, 3), LocalDate.of(1996, 2, 3), "A001",
                "Chi bộ thôn Đông", null},
            {"2", "Trần Thị Bình", LocalDate.of(1990, 3, 4), "Nữ", LocalDate.of(2020, 9, 2), null, "A002", "Chi bộ thôn Đông", null},
            {"3", "Lê Văn Ân", LocalDate.of(1990, 1, 1), "Nam", LocalDate.of(2026, 5, 19), null, "A003", "Chi bộ thôn Đông", null},
        }), ImportOptions.defaults(TODAY));
        assertTrue(r.written());
        assertEquals("OFFICIAL", status("A001"));
        assertEquals(List.of("ADMISSION null->PROBATIONARY 1995-02-03", "FULL_MEMBERSHIP PROBATIONARY->OFFICIAL 1996-02-03"),
                events("A001"));
        assertEquals("PROBATIONARY", status("A002"));
        assertEquals(List.of("ADMISSION null->PROBATIONARY 2020-09-02"), events("A002"));
        ImportProblem noFull = r.problems().stream().filter(p -> p.key().equals("import.row.noFullDate")).findFirst().orElseThrow();
        assertEquals(5, noFull.row());
        assertEquals("Dòng 5, cột F (Ngày chính thức): [lưu ý] Không có ngày chính thức dù đã vào Đảng hơn 12 tháng;"
                + " nhập là đảng viên dự bị. Hãy bổ sung ngày chính thức nếu đã được công nhận.", noFull.describe());
        assertEquals("PROBATIONARY", status("A003"));

        ImportReport again = ctx.memberImport().importFile(workbook("ds2.xlsx", new Object[][] {
            HEADER,
            {"1", "Trần Thị Bình", LocalDate.of(1990, 3, 4), "Nữ", LocalDate.of(2020, 9, 2), LocalDate.of(2021, 9, 10), "A002",
                "Chi bộ thôn Đông", null},
        }), ImportOptions.defaults(TODAY));
        assertEquals(1, again.updated());
        assertEquals("OFFICIAL", status("A002"));
        assertEquals(List.of("ADMISSION null->PROBATIONARY 2020-09-02", "FULL_MEMBERSHIP PROBATIONARY->OFFICIAL 2021-09-10"),
                events("A002"));
    }

    /// A full-membership date for a member on file whom the rules do not allow it (removed at the end of probation)
    /// is a row error naming the row and the column, and nothing is written.
    @Test
    void aFullMembershipDateTheRulesRefuseIsARowError() throws Exception {
        ctx.memberImport().importFile(workbook("ds.xlsx", new Object[][] {
            HEADER,
            {"1", "Trần Thị Bình", LocalDate.of(1990, 3, 4), "Nữ", LocalDate.of(2025, 9, 2), null, "A002", "Chi bộ thôn Đông", null},
        }), ImportOptions.defaults(TODAY));
        long id = ((Number) ctx.db().dsl().fetchValue("SELECT id FROM party_member WHERE card_number = 'A002'")).longValue();
        ctx.members().lifecycle().record(new NewEvent(id, EventType.PROBATION_FAILED, LocalDate.of(2026, 9, 20), "5-QĐ/ĐU", null));
        String before = ctx.db().dsl().fetch("SELECT * FROM party_member").formatCSV()
                + ctx.db().dsl().fetch("SELECT * FROM membership_event").formatCSV();

        ImportReport r = ctx.memberImport().importFile(workbook("ds2.xlsx", new Object[][] {
            HEADER,
            {"1", "Trần Thị Bình", LocalDate.of(1990, 3, 4), "Nữ", LocalDate.of(2025, 9, 2), LocalDate.of(2026, 9, 10), "A002",
                "Chi bộ thôn Đông", null},
        }), ImportOptions.defaults(TODAY));
        assertFalse(r.written());
        assertEquals(List.of(4), r.rejectedRows());
        ImportProblem p = r.problems().stream().filter(x -> !x.warning()).findFirst().orElseThrow();
        assertEquals("Dòng 4, cột F (Ngày chính thức): Không ghi được ngày chính thức cho đảng viên đã có trong dữ liệu:"
                + " Chỉ áp dụng cho đảng viên dự bị.", p.describe());
        assertEquals("REMOVED", status("A002"));
        assertEquals(before, ctx.db().dsl().fetch("SELECT * FROM party_member").formatCSV()
                + ctx.db().dsl().fetch("SELECT * FROM membership_event").formatCSV());
    }
}
