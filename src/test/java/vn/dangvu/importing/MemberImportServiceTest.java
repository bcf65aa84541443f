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
}
