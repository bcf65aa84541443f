package vn.dangvu.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoOptions;
import vn.dangvu.members.BadgeDueRow;

class BadgeListServiceTest {

    @TempDir
    Path dir;

    @Test
    void dueListOfARoundAsPdfAndXlsx() throws Exception {
        Path base = dir.resolve("demo");
        try (Database db = Database.create(base)) {
            new AppContext(db).demo().populate(new DemoOptions(600, 7), p -> { });
        }
        try (AppContext ctx = new AppContext(Database.open(base))) {
            BadgeListService service = new BadgeListService(ctx.badges(), ctx.settings());
            LocalDate round = LocalDate.of(2026, 2, 3);
            List<BadgeDueRow> rows = service.dueList(round);
            for (LocalDate r : List.of(LocalDate.of(2026, 5, 19), LocalDate.of(2026, 9, 2), LocalDate.of(2026, 11, 7))) {
                if (rows.isEmpty()) {
                    round = r;
                    rows = service.dueList(r);
                }
            }
            assertFalse(rows.isEmpty(), "the demo commune has members due in a round");
            for (BadgeDueRow r : rows) {
                assertTrue(BadgeListService.partyAge(r, round) >= r.milestone() - 2, r.toString());
            }
            Path pdf = dir.resolve("Huy hiệu.pdf");
            service.write(round, rows, pdf, LocalDate.of(2026, 1, 10));
            ReportSamples.keep(pdf, "badges");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertTrue(doc.getNumberOfPages() >= 1);
                assertTrue(doc.getPage(0).getMediaBox().getHeight() > doc.getPage(0).getMediaBox().getWidth(), "portrait");
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG ĐỢT " + BadgeListService.roundText(round)), text);
                assertTrue(text.contains("ĐẢNG ỦY XÃ PHÚ SƠN"), text);
                assertTrue(text.contains(rows.getFirst().fullName()), text);
                assertTrue(text.contains(rows.getFirst().milestone() + " năm"), text);
            }
            Path xlsx = dir.resolve("huy-hieu.xlsx");
            service.write(round, rows, xlsx, LocalDate.of(2026, 1, 10));
            try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
                Sheet s = wb.getSheetAt(0);
                assertEquals("Huy hiệu Đảng", s.getSheetName());
                assertEquals(rows.size() + 1, s.getLastRowNum() + 1);
                assertEquals("Họ và tên", s.getRow(0).getCell(1).getStringCellValue());
                assertEquals(rows.getFirst().fullName(), s.getRow(1).getCell(1).getStringCellValue());
                assertEquals(rows.getFirst().milestone(), (int) s.getRow(1).getCell(7).getNumericCellValue());
            }
        }
    }
}
