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
import vn.dangvu.members.BadgeDueRow;
import vn.dangvu.members.BadgeRules;
import vn.dangvu.members.BadgeService;
import vn.dangvu.settings.SetupRequest;

/// Issue 8 "Import": Party badges already awarded are carried in from "Huy hiệu … năm" columns (a date, a decision
/// number or "x"); members imported without them are "chưa có dữ liệu huy hiệu" in the due list, never "quá hạn",
/// until the bulk action marks the milestones before a date as awarded.
class BadgeImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate ROUND = LocalDate.of(2026, 2, 3);

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

    private Path list(String name, String[] header, Object[]... rows) throws IOException {
        Path f = dir.resolve(name);
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("DS");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            wb.write(out);
        }
        return f;
    }

    private static final String[] BASE = {"Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Ngày chính thức", "Chi bộ"};
    private static final String[] WITH_BADGES = {"Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Ngày chính thức", "Chi bộ",
        "Huy hiệu 30 năm", "Huy hiệu 40 năm", "Huy hiệu 45 năm"};

    private int count(String sql) {
        return ((Number) ctx.db().dsl().fetchValue(sql)).intValue();
    }

    @Test
    void badgeColumnsAreCarriedIn() throws Exception {
        Path f = list("hh.xlsx", WITH_BADGES,
                new Object[] {"Nguyễn Văn An", "Nam", "1940", "03/02/1965", "03/02/1966", "Chi bộ 1",
                    LocalDate.of(1995, 2, 3), "x", "19/05/2010"},
                new Object[] {"Trần Thị Bình", "Nữ", "12/04/1950", "19/05/1980", "19/05/1981", "Chi bộ 1",
                    "Số 123-QĐ/TU ngày 19/05/2010", null, null},
                new Object[] {"Lê Văn Cường", "Nam", "12/04/1970", "19/05/2000", "19/05/2001", "Chi bộ 1", "123-QĐ/TU", null, null});
        ImportReport r = ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY));
        assertTrue(r.written(), () -> r.problems().toString());
        assertEquals(5, r.badgesCarried());
        assertEquals(5, count("SELECT COUNT(*) FROM badge_award"));
        assertEquals("1995-02-03", String.valueOf(ctx.db().dsl().fetchValue(
                "SELECT awarded_date FROM badge_award a JOIN party_member m ON m.id = a.member_id "
                        + "WHERE m.full_name = 'Nguyễn Văn An' AND a.milestone_years = 30")));
        assertEquals("Số 123-QĐ/TU", ctx.db().dsl().fetchValue("SELECT decision_no FROM badge_award a JOIN party_member m "
                + "ON m.id = a.member_id WHERE m.full_name = 'Trần Thị Bình'"));
        assertEquals(0, ctx.badges().unknownHistoryCount(), "the list gave the badge history");
        // "Lê Văn Cường" admitted 2000 got a 30-year badge early in the file: what the list says is what is kept
        // An (1965): 30, 40, 45 carried in; 60 is reached in 2025 and is "quá hạn" at 3/2/2026 with the history known
        List<BadgeDueRow> due = ctx.badges().dueList(ROUND);
        BadgeDueRow an = due.stream().filter(d -> d.fullName().equals("Nguyễn Văn An")).findFirst().orElseThrow();
        assertEquals(60, an.milestone());
        assertEquals(BadgeRules.Note.OVERDUE, an.note());
        // Bình (1980): 30 carried in, 45 is reached in 2025: overdue, her history is known
        BadgeDueRow binh = due.stream().filter(d -> d.fullName().equals("Trần Thị Bình")).findFirst().orElseThrow();
        assertEquals(45, binh.milestone());
        assertEquals(BadgeRules.Note.OVERDUE, binh.note());
    }

    @Test
    void aBadBadgeCellIsAnErrorWithRowColumnAndFieldAndNothingIsWritten() throws Exception {
        Path f = list("bad.xlsx", WITH_BADGES,
                new Object[] {"Nguyễn Văn An", "Nam", "1940", "03/02/1965", "03/02/1966", "Chi bộ 1", "đã có", null, null},
                new Object[] {"Trần Thị Bình", "Nữ", "12/04/1950", "19/05/1980", "19/05/1981", "Chi bộ 1", "31/02/2010", null, null});
        ImportReport r = ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY));
        assertFalse(r.written());
        assertEquals(List.of(2, 3), r.rejectedRows());
        assertEquals("Dòng 2, cột G (Huy hiệu 30 năm): Ô \"đã có\" không hiểu được cho Huy hiệu 30 năm; hãy ghi ngày trao "
                + "(ngày/tháng/năm), số quyết định, hoặc \"x\" nếu đã trao.", r.problems().get(0).describe());
        assertTrue(r.problems().stream().anyMatch(p -> p.describe().startsWith("Dòng 3, cột G (Huy hiệu 30 năm): 31/02/2010")),
                () -> r.problems().toString());
        assertEquals(0, count("SELECT COUNT(*) FROM party_member"));
        assertEquals(0, count("SELECT COUNT(*) FROM badge_award"));
    }

    @Test
    void membersWithoutBadgeHistoryAreNotOverdueUntilMarked() throws Exception {
        Path f = list("ds.xlsx", BASE,
                new Object[] {"Nguyễn Văn An", "Nam", "1940", "03/02/1965", "03/02/1966", "Chi bộ 1"},
                new Object[] {"Trần Thị Bình", "Nữ", "12/04/1950", "19/05/1980", "19/05/1981", "Chi bộ 1"},
                new Object[] {"Lê Văn Cường", "Nam", "12/04/1970", "10/01/1996", "10/01/1997", "Chi bộ 1"});
        ImportReport r = ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY));
        assertTrue(r.written(), () -> r.problems().toString());
        assertEquals(3, ctx.badges().unknownHistoryCount());
        List<BadgeDueRow> due = ctx.badges().dueList(ROUND);
        // An's 60 years (2025) and Bình's 45 years (2025) fell due before this round: not "quá hạn" without a history
        assertEquals(List.of("Nguyễn Văn An 60 NO_HISTORY", "Trần Thị Bình 45 NO_HISTORY", "Lê Văn Cường 30 ON_TIME"),
                due.stream().map(d -> d.fullName() + " " + d.milestone() + " " + d.note()).toList());
        assertEquals("Chưa có dữ liệu huy hiệu (nhập từ danh sách): kiểm tra đã trao chưa", BadgeService.noteText(due.get(0)));

        // the committee knows every badge due before 1/1/2026 was presented
        BadgeService.Marked m = ctx.badges().markAwardedBefore(LocalDate.of(2026, 1, 1));
        assertEquals(new BadgeService.Marked(3, 9), m); // An 30, 40, 45, 50, 55, 60; Bình 30, 40, 45; Cường none before 10/01/2026
        assertEquals(0, ctx.badges().unknownHistoryCount());
        assertEquals(List.of("Lê Văn Cường 30 ON_TIME"),
                ctx.badges().dueList(ROUND).stream().map(d -> d.fullName() + " " + d.milestone() + " " + d.note()).toList());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE action_code = 'BADGE_MARK_AWARDED'"));
    }

    /// A two-row header: a merged "Huy hiệu" over "30 năm | 40 năm", and "Huy hiệu 45 năm" merged over "Ngày | Số QĐ".
    private Path twoRowHeader(Object[]... rows) throws IOException {
        Path f = dir.resolve("two-rows.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("DS");
            s.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐẢNG VIÊN");
            Row h = s.createRow(1);
            Row h2 = s.createRow(2);
            String[] top = {"STT", "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Ngày chính thức", "Chi bộ",
                "Huy hiệu", null, "Huy hiệu 45 năm", null, "Ghi chú"};
            String[] below = {null, null, null, null, null, null, null, "30 năm", "40 năm", "Ngày trao", "Số QĐ", null};
            for (int c = 0; c < top.length; c++) {
                if (top[c] != null) {
                    h.createCell(c).setCellValue(top[c]);
                }
                if (below[c] != null) {
                    h2.createCell(c).setCellValue(below[c]);
                }
                if (c < 7 || c == 11) {
                    s.addMergedRegion(new CellRangeAddress(1, 2, c, c));
                }
            }
            s.addMergedRegion(new CellRangeAddress(1, 1, 7, 8));
            s.addMergedRegion(new CellRangeAddress(1, 1, 9, 10));
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 3);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            wb.write(out);
        }
        return f;
    }

    @Test
    void twoRowBadgeHeadersAreRead() throws Exception {
        Path f = twoRowHeader(
                new Object[] {"1", "Nguyễn Văn An", "Nam", "1940", "03/02/1965", "03/02/1966", "Chi bộ 1", "03/02/1995", "x",
                    "19/05/2010", "123-QĐ/TU", ""},
                new Object[] {"2", "Trần Thị Bình", "Nữ", "12/04/1950", "19/05/1980", "19/05/1981", "Chi bộ 1", "19/05/2010", "", "", "",
                    ""});
        SheetHeader header = new ImportHeaderService().read(f);
        assertEquals(Integer.valueOf(7), header.recognised().get(ImportField.BADGE_30));
        assertEquals(Integer.valueOf(8), header.recognised().get(ImportField.BADGE_40));
        assertEquals(Integer.valueOf(9), header.recognised().get(ImportField.BADGE_45));
        assertEquals("Huy hiệu / 30 năm", header.columns().get(7));
        ImportReport r = ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY));
        assertTrue(r.written(), () -> r.problems().toString());
        assertEquals(2, r.imported(), "the second header row is not a member");
        assertEquals(4, r.badgesCarried());
        assertEquals(List.of("Nguyễn Văn An 30 1995-02-03 null", "Nguyễn Văn An 40 null null",
                        "Nguyễn Văn An 45 2010-05-19 123-QĐ/TU", "Trần Thị Bình 30 2010-05-19 null"),
                ctx.db().dsl().fetch("SELECT m.full_name, a.milestone_years, a.awarded_date, a.decision_no FROM badge_award a "
                        + "JOIN party_member m ON m.id = a.member_id ORDER BY m.full_name, a.milestone_years").stream()
                        .map(x -> x.get(0) + " " + x.get(1) + " " + x.get(2) + " " + x.get(3)).sorted().toList());
        assertEquals(0, ctx.badges().unknownHistoryCount());
    }

    /// Carry-in and the rules of HD 01-HD/TW 2021 §18 together: a member without badge history who died within
    /// the 12 months before the milestone is still "truy tặng sớm" (not "chưa có dữ liệu"), and a discipline holds the
    /// badge back for the months of the rule set.
    @Test
    void posthumousAndHoldRulesApplyToImportedMembers() throws Exception {
        Path f = list("ds.xlsx", BASE,
                new Object[] {"Nguyễn Văn An", "Nam", "1940", "03/02/1965", "03/02/1966", "Chi bộ 1"},
                new Object[] {"Phạm Văn Dũng", "Nam", "12/04/1970", "10/03/1996", "10/03/1997", "Chi bộ 1"},
                new Object[] {"Lê Văn Cường", "Nam", "12/04/1970", "10/01/1996", "10/01/1997", "Chi bộ 1"});
        assertTrue(ctx.memberImport().importFile(f, ImportOptions.defaults(TODAY)).written());
        ctx.db().save(trx -> {
            long dung = ((Number) trx.dsl().fetchValue("SELECT id FROM party_member WHERE full_name = 'Phạm Văn Dũng'")).longValue();
            long cuong = ((Number) trx.dsl().fetchValue("SELECT id FROM party_member WHERE full_name = 'Lê Văn Cường'")).longValue();
            trx.dsl().execute("INSERT INTO membership_event (member_id, event_type, event_date, status_after) VALUES (?, 'DEATH', "
                    + "DATE '2025-06-01', 'DECEASED')", dung);
            trx.dsl().execute("UPDATE party_member SET status = 'DECEASED' WHERE id = ?", dung);
            trx.dsl().execute("INSERT INTO discipline (member_id, discipline_form, decision_date, effective_from) VALUES (?, 'WARNING', "
                    + "DATE '2025-12-01', DATE '2025-12-01')", cuong);
            return null;
        });
        assertEquals(List.of("Nguyễn Văn An 60 NO_HISTORY -", "Lê Văn Cường 30 ON_TIME 2026-06-01", "Phạm Văn Dũng 30 POSTHUMOUS_EARLY -"),
                ctx.badges().dueList(ROUND).stream().map(d -> d.fullName() + " " + d.milestone() + " " + d.note() + " "
                        + d.blockedUntil().map(LocalDate::toString).orElse("-")).toList());
    }
}
