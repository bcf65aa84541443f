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
import java.util.function.Supplier;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.settings.SetupRequest;

/// A list with days that are not in the calendar, typed as text in every date column and as Excel's own
/// 29/02/1900 (serial 60, which POI would turn into 1 March): each is a row error naming row and column, and
/// nothing is written. The real leap days next to them are read as typed.
class ImpossibleDatesImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Object[] HEADER = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Ngày chính thức",
        "Chi bộ"};
    /// Excel's serial number of its 29/02/1900.
    private static final double EXCEL_29_02_1900 = 60;

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

    @ParameterizedTest
    @ValueSource(strings = {"ds.xlsx", "ds.xls"})
    void impossibleDaysAreRowErrorsAndNothingIsWritten(String name) throws Exception {
        Path f = workbook(dir.resolve(name), name.endsWith(".xls") ? HSSFWorkbook::new : XSSFWorkbook::new, new Object[][] {
            HEADER,
            {"1", "Nguyễn Văn An", "31/02/1980", "Nam", "19/05/2005", "19/05/2006", "Chi bộ thôn Đông"},
            {"2", "Trần Thị Bình", "12/07/1985", "Nữ", "29/02/2023", "", "Chi bộ thôn Đông"},
            {"3", "Lê Văn Cường", "1/1/1970", "Nam", "3/2/2000", "31/06/2001", "Chi bộ thôn Đông"},
            {"4", "Phạm Văn Dũng", EXCEL_29_02_1900, "Nam", "3/2/1930", "3/2/1931", "Chi bộ thôn Đông"},
            {"5", "Hoàng Thị Em", "29/02/1980", "Nữ", "29/02/2024", "", "Chi bộ thôn Đông"},
            {"6", "Vũ Văn Giang", "29/2/84", "Nam", "ngày 30 tháng 2 năm 2010", "", "Chi bộ thôn Đông"},
        });
        ImportReport r = ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY));

        List<String> errors = r.problems().stream().filter(p -> !p.warning()).map(ImportProblem::describe).toList();
        assertEquals(List.of(
                "Dòng 4, cột C (Ngày sinh): 31/02/1980 không có trong lịch.",
                "Dòng 5, cột E (Ngày vào Đảng): 29/02/2023 không có trong lịch.",
                "Dòng 6, cột F (Ngày chính thức): 31/06/2001 không có trong lịch.",
                "Dòng 7, cột C (Ngày sinh): 29/02/1900 không có trong lịch.",
                "Dòng 9, cột E (Ngày vào Đảng): ngày 30 tháng 2 năm 2010 không có trong lịch."), errors);
        assertFalse(r.written());
        assertEquals(0, ctx.members().count());

        ImportReport valid = ctx.memberImport().importFile(f, new ImportOptions(true, false, true,
                Optional.empty(), Optional.empty(), TODAY));
        assertTrue(valid.written());
        assertEquals(1, ctx.members().count());
        long id = ctx.members().list(MemberQuery.all()).getFirst().id();
        assertEquals(LocalDate.of(1980, 2, 29), ctx.members().find(id).orElseThrow().birthDate());
        assertEquals(LocalDate.of(2024, 2, 29), ctx.members().find(id).orElseThrow().admissionDecisionDate());
    }

    private static Path workbook(Path f, Supplier<Workbook> create, Object[][] data) throws IOException {
        try (Workbook wb = create.get(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("Danh sách");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            s.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ PHÚ SƠN");
            for (int r = 0; r < data.length; r++) {
                Row row = s.createRow(r + 2);
                for (int c = 0; c < data[r].length; c++) {
                    if (data[r][c] instanceof Double serial) {
                        row.createCell(c).setCellValue(serial);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else {
                        row.createCell(c).setCellValue(data[r][c].toString());
                    }
                }
            }
            wb.write(out);
        }
        return f;
    }
}
