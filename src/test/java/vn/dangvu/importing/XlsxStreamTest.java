package vn.dangvu.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;

/// The streaming .xlsx reader gives exactly the cells POI's object model gives (the way .xls files are still
/// read), for every kind of cell a commune list holds.
class XlsxStreamTest {

    @TempDir
    Path dir;

    private static void fill(Workbook wb, boolean date1904Sheet) {
        CreationHelper h = wb.getCreationHelper();
        CellStyle dmy = wb.createCellStyle();
        dmy.setDataFormat(h.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle builtinDate = wb.createCellStyle();
        builtinDate.setDataFormat((short) 14); // m/d/yy, Excel's built-in short date
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(h.createDataFormat().getFormat("#,##0.00"));
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(h.createDataFormat().getFormat("@"));
        Sheet first = wb.createSheet("Ghi chú");
        first.createRow(0).createCell(0).setCellValue("Trang này không có danh sách");
        Sheet s = wb.createSheet("Danh sách đảng viên");
        s.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ PHÚ SƠN");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        Row header = s.createRow(2); // row 1 left empty
        String[] names = {"STT", "Họ và tên", "Ngày sinh", "Ngày vào Đảng", "Số thẻ ĐV", "Chi bộ", "Ghi chú"};
        for (int c = 0; c < names.length; c++) {
            header.createCell(c).setCellValue(names[c]);
        }
        Row r = s.createRow(3);
        r.createCell(0).setCellValue(1);
        r.createCell(1).setCellValue("Nguyễn Thị Hường");
        r.createCell(2).setCellValue(LocalDate.of(1980, 3, 12));
        r.getCell(2).setCellStyle(dmy);
        r.createCell(3).setCellValue(LocalDateTime.of(2005, 11, 7, 0, 0));
        r.getCell(3).setCellStyle(builtinDate);
        r.createCell(4).setCellValue("093012345");
        r.getCell(4).setCellStyle(text);
        r.createCell(5).setCellValue("Chi bộ thôn 1");
        r.createCell(6).setCellValue(1234.5);
        r.getCell(6).setCellStyle(money);
        Row f = s.createRow(4);
        f.createCell(0).setCellFormula("A4+1");
        f.createCell(1).setCellFormula("\"Trần \"&\"Văn An\"");
        f.createCell(2).setCellFormula("DATE(1975,4,30)");
        f.getCell(2).setCellStyle(dmy);
        f.createCell(3).setCellFormula("1/0");
        f.createCell(4).setCellValue(true);
        f.createCell(5).setCellValue(new XSSFRichTextString("Chi bộ Trường THCS"));
        f.createCell(6).setCellValue("Dòng một\rdòng hai\u0001"); // Excel stores these as _x000D_ and _x0001_
        // row 5 has a gap in the middle
        Row g = s.createRow(6);
        g.createCell(0).setCellValue(3);
        g.createCell(3).setCellValue(1975); // a year typed as a number
        g.createCell(4).setCellValue(0.000123);
        g.createCell(5).setCellValue("  khoảng   trắng  ");
        s.addMergedRegion(new CellRangeAddress(6, 7, 5, 5)); // a cell merged down over an empty row
    }

    private Path write(String name, Workbook wb) throws Exception {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); wb) {
            wb.write(out);
        }
        return p;
    }

    private static void assertSame(SheetData model, SheetData stream) {
        assertEquals(model.sheetName(), stream.sheetName());
        assertEquals(model.rows().size(), stream.rows().size(), "rows");
        for (int r = 0; r < model.rows().size(); r++) {
            List<CellValue> a = trimmed(model.rows().get(r));
            List<CellValue> b = trimmed(stream.rows().get(r));
            assertEquals(a, b, "row " + (r + 1));
        }
    }

    /// Trailing empty cells are not significant (the object model stops at the last cell POI keeps).
    private static List<CellValue> trimmed(List<CellValue> row) {
        int n = row.size();
        while (n > 0 && row.get(n - 1).equals(CellValue.EMPTY)) {
            n--;
        }
        return row.subList(0, n);
    }

    @Test
    void sameCellsAsTheObjectModel() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        fill(wb, false);
        wb.setForceFormulaRecalculation(false);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cached results, as Excel saves them
        Path p = write("list.xlsx", wb);
        SheetData model = SheetReader.readObjectModel(p);
        SheetData stream = SheetReader.readXlsx(p);
        assertSame(model, stream);
        assertEquals("Danh sách đảng viên", stream.sheetName(), "the sheet with the header, not the first one");
        List<CellValue> row4 = stream.rows().get(3);
        assertEquals(LocalDate.of(1980, 3, 12), row4.get(2).date().orElseThrow());
        assertEquals(LocalDate.of(2005, 11, 7), row4.get(3).date().orElseThrow());
        assertEquals("093012345", row4.get(4).text(), "text-formatted numbers keep their leading zero");
        assertEquals("DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ PHÚ SƠN", stream.rows().get(0).get(6).text(), "merged title");
        assertEquals("Trần Văn An", stream.rows().get(4).get(1).text());
        assertEquals(LocalDate.of(1975, 4, 30), stream.rows().get(4).get(2).date().orElseThrow());
        assertTrue(stream.rows().get(4).get(3).error());
        assertEquals("=1/0 → #DIV/0!", stream.rows().get(4).get(3).text());
        assertEquals("  khoảng   trắng  ", stream.rows().get(6).get(5).text());
    }

    @Test
    void inlineStringsFromAStreamingWriter() throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 10, false, false); // inline strings, no shared table
        Sheet s = wb.createSheet("DS");
        for (int i = 0; i < 50; i++) {
            Row r = s.createRow(i);
            r.createCell(0).setCellValue("Đảng viên số " + i);
            r.createCell(1).setCellValue(i);
        }
        Path p = write("inline.xlsx", wb);
        SheetData model = SheetReader.readObjectModel(p);
        SheetData stream = SheetReader.readXlsx(p);
        assertSame(model, stream);
        assertEquals("Đảng viên số 49", stream.rows().get(49).get(0).text());
    }

    @Test
    void dates1904() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
        Sheet s = wb.createSheet("DS");
        CellStyle dmy = wb.createCellStyle();
        dmy.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Row r = s.createRow(0);
        r.createCell(0).setCellValue(LocalDate.of(1980, 3, 12));
        r.getCell(0).setCellStyle(dmy);
        Path p = write("mac.xlsx", wb);
        assertEquals(LocalDate.of(1980, 3, 12), SheetReader.readXlsx(p).rows().get(0).get(0).date().orElseThrow());
    }

    @Test
    void aSheetLongerThanAnyListIsRefusedWithItsSize() throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        Sheet s = wb.createSheet("Quá dài");
        for (int i = 0; i <= SheetReader.MAX_ROWS + 40; i++) {
            s.createRow(i).createCell(0).setCellValue(i);
        }
        Path p = write("long.xlsx", wb);
        AppException e = assertThrows(AppException.class, () -> SheetReader.read(p));
        assertEquals("import.file.tooManyRows", e.key());
        assertTrue(e.userMessage().contains("Quá dài"), e.userMessage());
    }
}
