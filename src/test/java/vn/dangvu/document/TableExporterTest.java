package vn.dangvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;

class TableExporterTest {

    @TempDir
    Path dir;

    private static final List<String> HEADERS = List.of("Họ và tên", "Ngày sinh", "Chi bộ", "Ghi chú");
    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("Nguyễn Thị Hương", LocalDate.of(1980, 3, 15), "Chi bộ thôn Đông", "=HYPERLINK(\"x\")"),
            Arrays.asList("Đặng Văn Dũng", null, "Chi bộ Trường THCS", "có dấu phẩy, và \"ngoặc\""));

    @Test
    void xlsxOpensBackWithVietnameseTextAndRealDates() throws Exception {
        Path f = dir.resolve("Danh sách đảng viên.xlsx");
        TableExporter.write(f, "Đảng viên", HEADERS, ROWS);
        try (InputStream in = Files.newInputStream(f); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet("Đảng viên");
            assertEquals("Họ và tên", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Nguyễn Thị Hương", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(LocalDate.of(1980, 3, 15), s.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd/mm/yyyy", s.getRow(1).getCell(1).getCellStyle().getDataFormatString());
            assertEquals("=HYPERLINK(\"x\")", s.getRow(1).getCell(3).getStringCellValue());
            assertEquals(null, s.getRow(2).getCell(1));
        }
        assertFalse(Files.exists(dir.resolve("Danh sách đảng viên.xlsx.tmp")));
    }

    @Test
    void textOfSeveralLinesWrapsInItsCellAndASheetNameExcelRefusesIsMadeSafe() throws Exception {
        Path f = dir.resolve("so.xlsx");
        TableExporter.write(f, "Chi bộ 1/2 [cũ]", List.of("Họ và tên; ngày sinh", "Ghi chú"),
                List.of(List.of("Nguyễn Thị Hương\n15/03/1980", "một dòng")));
        try (InputStream in = Files.newInputStream(f); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("Chi bộ 1 2  cũ ", s.getSheetName());
            assertEquals("Nguyễn Thị Hương\n15/03/1980", s.getRow(1).getCell(0).getStringCellValue());
            assertTrue(s.getRow(1).getCell(0).getCellStyle().getWrapText());
            assertFalse(s.getRow(1).getCell(1).getCellStyle().getWrapText());
        }
    }

    @Test
    void csvHasBomAndNeutralisesFormulas() throws Exception {
        Path f = dir.resolve("ds.csv");
        TableExporter.write(f, "x", HEADERS, ROWS);
        byte[] b = Files.readAllBytes(f);
        assertEquals(0xEF, b[0] & 0xFF);
        assertEquals(List.of("\uFEFFHọ và tên,Ngày sinh,Chi bộ,Ghi chú",
                "Nguyễn Thị Hương,15/03/1980,Chi bộ thôn Đông,\"'=HYPERLINK(\"\"x\"\")\"",
                "Đặng Văn Dũng,,Chi bộ Trường THCS,\"có dấu phẩy, và \"\"ngoặc\"\"\""),
                Arrays.asList(new String(b, StandardCharsets.UTF_8).split("\r\n")));
    }

    @Test
    void unknownFormatIsRefused() {
        assertEquals("export.error.format",
                assertThrows(AppException.class, () -> TableExporter.write(dir.resolve("x.pdf"), "x", HEADERS, ROWS)).key());
    }
}
