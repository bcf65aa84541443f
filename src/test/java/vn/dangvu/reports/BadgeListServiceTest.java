package vn.dangvu.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.AppContext;
import vn.dangvu.common.Dates;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoOptions;
import vn.dangvu.document.PdfLayout;
import vn.dangvu.members.BadgeDueRow;
import vn.dangvu.members.BadgeRules;

class BadgeListServiceTest {

    @TempDir
    Path dir;

    /// The list prints the real party age on the round date in years and months (domain.md §5.3), not the
    /// milestone: the due date is the day the party age reached the milestone.
    @ParameterizedTest
    @CsvSource(textBlock = """
            # due shortly before the round: the milestone and less than a month
            30, 2026-01-10, 2026-02-03, 30 năm
            # overdue: the months since the due date count
            30, 2025-11-20, 2026-02-03, 30 năm 2 tháng
            40, 2024-09-02, 2026-09-02, 42 năm
            # early (serious illness) or posthumous: less than the milestone, whole months only
            30, 2026-04-10, 2026-02-03, 29 năm 9 tháng
            30, 2027-02-03, 2026-02-03, 29 năm
            70, 2028-09-01, 2026-09-02, 68 năm
            # due the day before the round
            50, 2026-11-06, 2026-11-07, 50 năm
            """)
    void partyAgeOnTheRoundDate(int milestone, LocalDate due, LocalDate round, String expected) {
        BadgeDueRow r = new BadgeDueRow(1, "Nguyễn Văn An", LocalDate.of(1950, 1, 1), "Chi bộ thôn Đông",
                due.minusYears(milestone), Optional.empty(), milestone, due, BadgeRules.Note.ON_TIME, Optional.empty(), "");
        assertEquals(expected, BadgeListService.partyAgeText(r, round));
    }

    /// HD 01-HD/TW 2021 §18 (domain.md §5.2–5.3): a member who died may be awarded posthumously, up to 12 months
    /// before the milestone; the list prints the real party age, which stops on the day of death.
    @ParameterizedTest
    @CsvSource(textBlock = """
            # milestone, due,       died,       round,      printed
            # died 10 months before the milestone: awarded early, 29 years 2 months at death
            30, 2026-06-15, 2025-08-20, 2026-02-03, 29 năm 2 tháng
            # died 12 months before: the earliest posthumous award
            40, 2026-09-02, 2025-09-02, 2026-09-02, 39 năm
            # died after the milestone, awarded later: the age at death, not at the round
            50, 2024-05-19, 2025-01-10, 2026-05-19, 50 năm 7 tháng
            # died on the round date itself: the round date counts
            30, 2025-11-07, 2026-11-07, 2026-11-07, 31 năm
            """)
    void posthumousPartyAgeStopsAtDeath(int milestone, LocalDate due, LocalDate died, LocalDate round, String expected) {
        BadgeDueRow r = new BadgeDueRow(1, "Nguyễn Văn An", LocalDate.of(1950, 1, 1), "Chi bộ thôn Đông",
                due.minusYears(milestone), Optional.empty(), milestone, due, BadgeRules.Note.POSTHUMOUS, Optional.empty(), "",
                Optional.of(died));
        assertEquals(expected, BadgeListService.partyAgeText(r, round));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Đảng bộ tỉnh Khánh Hòa, Tỉnh ủy Khánh Hòa
            Đảng bộ thành phố Huế, Thành ủy Huế
            Đảng bộ thành phố Hồ Chí Minh, Thành ủy Hồ Chí Minh
            Tỉnh Lai Châu, Tỉnh ủy Lai Châu
            """)
    void provincialCommitteeOfTheRecipients(String provinceLine, String expected) {
        assertEquals(expected, BadgeListService.provincialCommittee(provinceLine));
    }

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
            String secretary = ctx.settings().load().orElseThrow().secretaryName().orElseThrow();
            Path pdf = dir.resolve("Huy hiệu.pdf");
            service.write(round, rows, pdf, LocalDate.of(2026, 1, 10));
            ReportSamples.keep(pdf, "badges");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertTrue(doc.getPage(0).getMediaBox().getHeight() > doc.getPage(0).getMediaBox().getWidth(), "portrait");
                assertEquals(List.of(), PdfLayout.notEmbedded(doc));
                String text = new PDFTextStripper().getText(doc);
                String flat = text.replaceAll("\\s+", " ");
                assertTrue(flat.contains("DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG ĐỢT " + BadgeListService.roundText(round)), text);
                for (String s : new String[] {"ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG ỦY XÃ PHÚ SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Phú Sơn, ngày 10 tháng 01 năm 2026", rows.getFirst().fullName(), rows.getFirst().milestone() + " năm",
                    "Nơi nhận:", "- Ban Tổ chức Tỉnh ủy Khánh Hòa,", "- Lưu Văn phòng Đảng ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
                    secretary}) {
                    assertTrue(text.contains(s), s + " missing in:\n" + text);
                }
                assertTrue(flat.contains("tuổi đảng tính đến ngày " + Dates.format(round)), text);
                for (BadgeDueRow r : rows) {
                    assertTrue(flat.contains(r.fullName()), r.fullName());
                }
                assertTrue(text.indexOf("T/M BAN THƯỜNG VỤ") > text.lastIndexOf(rows.getLast().fullName()), "signature after the table");
                // a posthumous award before the milestone prints the age at death, below the milestone (§18)
                for (BadgeDueRow r : rows) {
                    if (r.note() == BadgeRules.Note.POSTHUMOUS_EARLY) {
                        assertTrue(BadgeListService.partyAge(r, round).getYears() < r.milestone(), r.toString());
                    }
                }
                String age = BadgeListService.partyAgeText(rows.getFirst(), round);
                assertTrue(age.matches("\\d+ năm( \\d+ tháng)?"), age);
            }
            Path xlsx = dir.resolve("huy-hieu.xlsx");
            service.write(round, rows, xlsx, LocalDate.of(2026, 1, 10));
            try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
                Sheet s = wb.getSheetAt(0);
                assertEquals("Huy hiệu Đảng", s.getSheetName());
                assertEquals(rows.size() + 1, s.getLastRowNum() + 1);
                assertEquals("Họ và tên", s.getRow(0).getCell(1).getStringCellValue());
                assertEquals("Tuổi đảng", s.getRow(0).getCell(6).getStringCellValue());
                assertEquals("Ngày đến hạn", s.getRow(0).getCell(8).getStringCellValue());
                assertEquals(rows.getFirst().fullName(), s.getRow(1).getCell(1).getStringCellValue());
                assertEquals(BadgeListService.partyAgeText(rows.getFirst(), round), s.getRow(1).getCell(6).getStringCellValue());
                assertEquals(rows.getFirst().milestone(), (int) s.getRow(1).getCell(7).getNumericCellValue());
            }
        }
    }
}
