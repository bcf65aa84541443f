package vn.dangvu.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import vn.dangvu.members.MemberExportService;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.members.ui.MemberListViewModel;
import vn.dangvu.party.Gender;
import vn.dangvu.settings.SetupRequest;

/// Issue 8 "Import": a list typed with .VnTime (TCVN3) or VNI-Times under a Unicode title and header, with short cells
/// ("N÷" is "Nữ" in TCVN3, "Khoâng" is "Không" in VNI) and the usual lines under the table (place and date, "NGƯỜI LẬP
/// BIỂU", "T/M ĐẢNG ỦY", signatures, "Tổng cộng"), imports with no false rejection.
class LegacyListImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Map<Character, String> TCVN3 = new HashMap<>();
    private static final Map<Character, String> VNI = new HashMap<>();

    static {
        try (InputStream in = LegacyVietnamese.class.getResourceAsStream("legacy-vietnamese.tsv");
             BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = br.readLine(); line != null; line = br.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] p = line.split("\t");
                    VNI.put(p[0].charAt(0), p[1]);
                    TCVN3.put(p[0].charAt(0), p[2]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

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

    /// Unicode text as a legacy font stores it (what Excel shows without the font).
    static String encode(String unicode, Map<Character, String> table) {
        StringBuilder sb = new StringBuilder();
        for (char c : unicode.toCharArray()) {
            sb.append(table.getOrDefault(c, String.valueOf(c)));
        }
        return sb.toString();
    }

    static final String[] HEADER = {"STT", "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Ngày chính thức", "Chi bộ",
        "Dân tộc", "Tôn giáo"};
    static final String[][] MEMBERS = {
        {"1", "Nguyễn Thị Hương", "Nữ", "12/05/1965", "03/02/1990", "03/02/1991", "Chi bộ 1", "Kinh", "Không"},
        {"2", "Trần Văn Dũng", "Nam", "1958", "19/05/1980", "19/05/1981", "Chi bộ 1", "Kinh", "Không"},
        {"3", "Lê Thị Hà", "Nữ", "07/11/1972", "02/09/1995", "02/09/1996", "Chi bộ 2", "Tày", "Phật giáo"},
        // a row whose name reads as Unicode too: its short cells follow their columns
        {"4", "Hà Thị Mai", "Nữ", "01/01/1980", "01/06/2005", "01/06/2006", "Chi bộ 2", "Kinh", "Không"},
    };
    static final String[][] FOOTER = {
        {},
        {"Tổng cộng: 4 đảng viên"},
        {"", "", "", "", "", "", "Phú Sơn, ngày 05 tháng 3 năm 2024"},
        {"", "NGƯỜI LẬP BIỂU", "", "", "", "", "T/M ĐẢNG ỦY"},
        {"", "", "", "", "", "", "BÍ THƯ"},
        {"", "(Ký, ghi rõ họ tên)"},
        {},
        {"", "Phạm Văn Lâm", "", "", "", "", "Nguyễn Văn Hùng"},
    };

    Path list(String name, Map<Character, String> font, boolean footerInFont) throws IOException {
        Path f = dir.resolve(name);
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("DS");
            s.createRow(0).createCell(0).setCellValue("ĐẢNG BỘ XÃ PHÚ SƠN");
            s.createRow(1).createCell(0).setCellValue("DANH SÁCH ĐẢNG VIÊN");
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 8));
            Row h = s.createRow(3);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            int r = 4;
            for (String[] m : MEMBERS) {
                Row row = s.createRow(r++);
                for (int c = 0; c < m.length; c++) {
                    row.createCell(c).setCellValue(c == 1 && m[0].equals("4") ? m[c] : encode(m[c], font));
                }
            }
            CellStyle bold = wb.createCellStyle();
            for (String[] line : FOOTER) {
                Row row = s.createRow(r++);
                for (int c = 0; c < line.length; c++) {
                    if (!line[c].isEmpty()) {
                        row.createCell(c).setCellValue(footerInFont ? encode(line[c], font) : line[c]);
                        row.getCell(c).setCellStyle(bold);
                    }
                }
            }
            wb.write(out);
        }
        return f;
    }

    @Test
    void tcvn3ListWithShortCellsAndFooterImportsWithoutFalseRejections() throws Exception {
        Path f = list("tcvn3.xlsx", TCVN3, true);
        assertEquals("N÷", encode("Nữ", TCVN3));
        ImportReport r = ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY));
        assertImported(r, 9);
    }

    @Test
    void vniListWithShortCellsAndUnicodeFooterImportsWithoutFalseRejections() throws Exception {
        Path f = list("vni.xlsx", VNI, false);
        assertEquals("Khoâng", encode("Không", VNI));
        ImportReport r = ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY));
        assertImported(r, 9);
    }

    @Test
    void footerWithoutBlankSeparatorEndsTheTableToo() throws Exception {
        Path f = list("tcvn3.xlsx", TCVN3, true);
        SheetData sheet = SheetReader.read(f);
        List<List<CellValue>> rows = new ArrayList<>(sheet.rows());
        rows.remove(8); // the blank row under the last member
        Map<ImportField, Integer> map = HeaderMatcher.mapRow(List.of(HEADER));
        assertEquals(8, TableEnd.find(rows, 3, map, TODAY)); // "Tổng cộng" right under the table
    }

    @Test
    void aMemberRowMissingItsDatesAboveTheFooterIsStillAnError() throws Exception {
        Map<ImportField, Integer> map = HeaderMatcher.mapRow(List.of(HEADER));
        List<List<CellValue>> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(List.of());
        }
        rows.add(cells("1", "Nguyễn Văn An", "Nam", "01/01/1960", "01/01/1990", "01/01/1991", "Chi bộ 1"));
        rows.add(cells("2", "Trần Văn Bình", "Nam", "", "", "", "Chi bộ 1"));
        rows.add(cells());
        rows.add(cells("", "NGƯỜI LẬP BIỂU"));
        assertEquals(6, TableEnd.find(rows, 3, map, TODAY)); // the undated row above the blank one is read (and reported)
    }

    private static List<CellValue> cells(String... texts) {
        return Arrays.stream(texts).map(CellValue::text).toList();
    }

    private void assertImported(ImportReport r, int blankRowIndex) throws Exception {
        assertTrue(r.written(), () -> "problems: " + r.problems().stream().map(ImportProblem::describe).toList());
        assertEquals(List.of(), r.rejectedRows());
        assertTrue(r.problems().stream().allMatch(ImportProblem::warning), () -> r.problems().toString());
        assertEquals(4, r.rowsRead());
        assertEquals(4, r.imported());
        assertEquals(blankRowIndex, r.tableEndRow());
        // "Chi bé 2" (TCVN3) and "Chi boä 2" read as Unicode too: they follow their column, no "Chi bé 2" cell is made
        assertEquals(List.of("Chi bộ 1", "Chi bộ 2"), r.cellsCreated());
        List<MemberRow> all = ctx.members().list(MemberQuery.all());
        assertEquals(List.of("Hà Thị Mai", "Lê Thị Hà", "Nguyễn Thị Hương", "Trần Văn Dũng"),
                all.stream().map(MemberRow::fullName).sorted().toList());
        assertEquals(3, all.stream().filter(m -> m.gender() == Gender.FEMALE).count());
        // "1958" is kept as a year: the list, the CLI, the export and the Phiếu (item 04) show "1958", not 01/01/1958
        MemberRow dung = all.stream().filter(m -> m.fullName().equals("Trần Văn Dũng")).findFirst().orElseThrow();
        assertEquals("1958", dung.birthText());
        assertEquals("1958", MemberListViewModel.text(MemberExportService.Column.BIRTH_DATE, dung));
        assertEquals("1958", MemberExportService.Column.BIRTH_DATE.value(dung));
        assertEquals("1958", dung.birthIso());
        assertEquals("1958", ctx.memberSheets().sheet(dung.id(), TODAY).items().stream()
                .filter(i -> i.number().equals("04")).findFirst().orElseThrow().value());
        MemberRow huong = all.stream().filter(m -> m.fullName().equals("Nguyễn Thị Hương")).findFirst().orElseThrow();
        assertEquals("12/05/1965", huong.birthText());
        assertFalse(ctx.units().findByName("Chi bộ 1").isEmpty());
        assertFalse(ctx.units().findByName("Chi bộ 2").isEmpty());
    }
}
