package vn.dangvu.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.settings.SetupRequest;

/// Imports real files (written with POI or as bytes) into a real H2 file.
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

    @org.junit.jupiter.api.AfterEach
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
                    } else if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v instanceof String str && str.startsWith("=")) {
                        row.createCell(c).setCellFormula(str.substring(1));
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        return f;
    }

    private static final Object[] HEADER = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Ngày chính thức",
        "Số thẻ ĐV", "Chi bộ", "Ghi chú"};

    private Object[][] goodRows() {
        return new Object[][] {
            HEADER,
            {"1", "Nguyễn Văn An", LocalDate.of(1970, 2, 1), "Nam", LocalDate.of(1995, 2, 3), LocalDate.of(1996, 2, 3), "A001", "Chi bộ thôn Đông", null},
            {"2", "NguyÔn ThÞ H\u00AD¬ng", "15/03/1980", "Nữ", "19/05/2005", "19/05/2006", "A002", "chi bo thon dong", null},
            {"3", "Trần Thị Ánh", "1982", "Nữ", "2/9/2010", "2/9/2011", "A003", "Chi bộ thôn Tây", "'; DROP TABLE party_member; --"},
            {"4", "Lê Văn Ân", LocalDate.of(1990, 1, 1), "Nam", LocalDate.of(2026, 5, 19), null, null, "Chi bộ thôn Tây", null},
        };
    }

    @Test
    void importsCreatesCellsConvertsLegacyTextAndReimportUpdates() throws Exception {
        Path f = workbook("ds.xlsx", goodRows());
        ImportReport r = ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY));
        assertTrue(r.written(), () -> r.problems().stream().map(ImportMessages::describe).toList().toString());
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
    void oneBadRowWritesNothingUnlessOnlyValidRowsAreWanted() throws Exception {
        Object[][] rows = goodRows();
        rows[2][2] = "31/02/1980";
        rows[3][6] = "A001";
        Path f = workbook("bad.xlsx", rows);
        ImportReport r = ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY));
        assertFalse(r.written());
        assertEquals(List.of(5, 6), r.rejectedRows());
        assertEquals(0, ctx.members().count());
        assertEquals(1, ctx.units().all().size());
        List<String> msgs = r.problems().stream().filter(p -> !p.warning()).map(ImportMessages::describe).toList();
        assertEquals(List.of("Dòng 5, cột C (Ngày sinh): Ngày không có thật (ví dụ 31/02).",
                "Dòng 6, cột G (Số thẻ đảng viên): Số thẻ A001 trùng với dòng 4 trong tệp."), msgs);

        ImportReport valid = ctx.memberImport().importFile(f, new ImportOptions(true, false, true, Optional.empty(),
                Optional.empty(), TODAY));
        assertTrue(valid.written());
        assertEquals(2, valid.imported());
        assertEquals(2, ctx.members().count());
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        ImportReport r = ctx.memberImport().importFile(workbook("ds.xlsx", goodRows()),
                new ImportOptions(false, true, true, Optional.empty(), Optional.empty(), TODAY));
        assertFalse(r.written());
        assertEquals(4, r.imported());
        assertEquals(0, ctx.members().count());
    }

    @Test
    void rowProblemsSayWhatAndWhere() throws Exception {
        Object[][] rows = {HEADER,
            {"1", "Nguyễn Văn " + "A".repeat(300), "1/1/1970", "Nam", "1/1/1995", "", "", "Chi bộ 1", ""},
            {"2", "Robert'); DROP TABLE party_member;--", "1/1/1970", "Nam", "1/1/1995", "", "", "Chi bộ 1", ""},
            {"3", "Nguyễn\u00A0Văn\u200B  Bình\t", "không rõ", "Nam", "=1/0", "", "", "Chi bộ 1", ""},
            {"4", "Phạm Văn Cường", "1/1/1970", "Trai?", "1/1/1969", "", "", "", ""},
        };
        ImportReport r = ctx.memberImport().importFile(workbook("bad.xlsx", rows), ImportOptions.defaults(TODAY));
        List<String> msgs = r.problems().stream().filter(p -> !p.warning()).map(ImportMessages::describe).toList();
        assertEquals(List.of(
                "Dòng 4, cột B (Họ và tên): Họ và tên dài 311 ký tự; tối đa 80 ký tự.",
                "Dòng 5, cột B (Họ và tên): Họ và tên có ký tự không hợp lệ: ) ; _",
                "Dòng 6, cột E (Ngày vào Đảng): Ô có công thức bị lỗi (=1/0 → #DIV/0!).",
                "Dòng 6, cột C (Ngày sinh): Không đọc được ngày; hãy ghi theo dạng ngày/tháng/năm, ví dụ 15/03/1975.",
                "Dòng 7, cột D (Giới tính): Giới tính \"Trai?\" không hiểu được; hãy ghi Nam hoặc Nữ.",
                "Dòng 7, cột E (Ngày vào Đảng): Ngày vào Đảng phải sau ngày sinh.",
                "Dòng 7, cột H (Chi bộ): Thiếu Chi bộ."), msgs);
        assertEquals(0, ctx.members().count());
    }

    @Test
    void badFilesGetClearMessages() throws Exception {
        Path corrupt = dir.resolve("hong.xlsx");
        Files.write(corrupt, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertEquals("import.file.corrupt", key(corrupt));

        Path encrypted = dir.resolve("matkhau.xlsx");
        Path plain = workbook("plain.xlsx", goodRows());
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("bimat");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals("import.file.encrypted", key(encrypted));

        Path empty = dir.resolve("trong.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(empty)) {
            wb.createSheet("Sheet1");
            wb.write(out);
        }
        assertEquals("import.file.empty", key(empty));
        assertEquals("import.file.noHeader", key(workbook("khong-tieu-de.xlsx", new Object[][] {{"a", "b"}, {"1", "2"}})));
        assertEquals("import.file.missingColumns", key(workbook("thieu-cot.xlsx", new Object[][] {{"Họ và tên", "Ghi chú"}, {"Nguyễn Văn A", "x"}})));
        assertEquals("import.file.unsupported", key(Files.writeString(dir.resolve("ds.pdf"), "%PDF")));
        assertEquals(0, ctx.members().count());
    }

    @Test
    void csvWithBomSemicolonsAndLegacyCodePage() throws Exception {
        Path utf8 = dir.resolve("ds.csv");
        Files.write(utf8, ("\uFEFFHọ và tên;Ngày sinh;Giới tính;Ngày vào Đảng;Chi bộ\n"
                + "Đặng Thị Hưởng;01/02/1975;Nữ;03/02/2000;Chi bộ thôn Bắc\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, ctx.memberImport().importFile(utf8, ImportOptions.defaults(TODAY)).imported());

        Path legacy = dir.resolve("cu.csv");
        Files.write(legacy, ("Hä vµ tªn,Ngµy sinh,Giíi tÝnh,Ngµy vµo §¶ng,Chi bé\n"
                + "\u00A7Æng V¨n Dòng,01/02/1960,Nam,03/02/1990,Chi bé th«n B¾c\n").getBytes(Charset.forName("windows-1252")));
        ImportReport r = ctx.memberImport().importFile(legacy, ImportOptions.defaults(TODAY));
        assertEquals(1, r.imported(), () -> r.problems().stream().map(ImportMessages::describe).toList().toString());
        assertEquals(List.of("Đặng Văn Dũng", "Đặng Thị Hưởng"),
                ctx.members().list(new MemberQuery("dang", Optional.empty())).stream().map(MemberRow::fullName).toList());
        assertEquals(2, ctx.units().all().size());
    }

    @Test
    void sixtyFiveThousandRowsImportInOneTransaction() throws Exception {
        StringBuilder sb = new StringBuilder("Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Số thẻ ĐV,Chi bộ\n");
        for (int i = 0; i < 65_000; i++) {
            sb.append("Nguyễn Văn Số").append(i % 2 == 0 ? "" : " Hai").append(",01/02/1970,Nam,03/02/1995,C").append(i)
                    .append(",Chi bộ ").append(i % 40).append('\n');
        }
        Path f = Files.writeString(dir.resolve("lon.csv"), sb);
        ImportReport r = ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY));
        assertEquals(65_000, r.imported());
        assertEquals(65_000, ctx.members().count());
        assertEquals(40, r.cellsCreated().size());
    }

    private String key(Path f) {
        return assertThrows(AppException.class, () -> ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY))).key();
    }
}
