package vn.dangvu.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.db.jooq.Tables.BADGE_AWARD;
import static vn.dangvu.db.jooq.Tables.COMMENDATION_DECISION;
import static vn.dangvu.db.jooq.Tables.COMMENDATION_ENTRY;
import static vn.dangvu.db.jooq.Tables.DISCIPLINE;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_INTERRUPTION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.db.Database;
import vn.dangvu.document.PdfLayout;
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.members.NewEvent;
import vn.dangvu.party.EventType;
import vn.dangvu.settings.SetupRequest;

class MemberSheetPdfTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final String[] ITEM_TITLES = {"21. Quá trình hoạt động, công tác", "22. Đào tạo, bồi dưỡng",
        "23. Khen thưởng:", "24. Huy hiệu Đảng:", "25. Danh hiệu được phong:", "26. Kỷ luật:", "27. Đặc điểm lịch sử:",
        "28. Quan hệ nước ngoài:", "29. Quan hệ gia đình:", "30. Hoàn cảnh kinh tế"};

    @TempDir
    Path dir;

    @Test
    void sheetOfAMemberWithoutHistoryHasItems21To30AsLinesToFillByHand() throws Exception {
        try (AppContext ctx = commune()) {
            long id = member(ctx, "Nguyễn Thị Hường", "12341234");
            try (PDDocument doc = Loader.loadPDF(write(ctx, id, "member-sheet").toFile())) {
                int pages = doc.getNumberOfPages();
                assertEquals(3, pages);
                assertEquals(List.of(), PdfLayout.notEmbedded(doc));
                assertWithinMargins(PdfLayout.glyphs(doc));
                String text = new PDFTextStripper().getText(doc);
                for (String s : new String[] {"ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG BỘ XÃ PHÚ SƠN", "CHI BỘ THÔN ĐÔNG",
                    "ĐẢNG CỘNG SẢN VIỆT NAM", "SỐ LÝ LỊCH", "SỐ THẺ ĐẢNG VIÊN", "PHIẾU ĐẢNG VIÊN", "NGUYỄN THỊ HƯỜNG",
                    "Sinh ngày: 15/03/1980", "Ngày cấp có thẩm quyền ra quyết định kết nạp: 19/05/2005",
                    "Ngày chính thức: 19/05/2006, tại chi bộ: ....", "056180001234", "Kinh", "Xã Phú Sơn, tỉnh Khánh Hòa",
                    "Giáo viên", "10. Thành phần gia đình", "20. Miễn công tác", "NGƯỜI KHAI", "XÁC NHẬN CỦA CHI ỦY",
                    "CẤP ỦY CƠ SỞ", "Phú Sơn, ngày 01 tháng 3 năm 2026", "Trang 1/" + pages, "Trang 2/" + pages,
                    "Ngày vào Đảng: ....", "Người giới thiệu thứ nhất (họ và tên, chức vụ, đơn vị): ....",
                    "Người giới thiệu thứ hai (họ và tên, chức vụ, đơn vị): ....", "17. Trình độ:",
                    "- Giáo dục phổ thông: ....", "- Chuyên môn nghiệp vụ: ....", "- Học vị: ....", ", học hàm: ....",
                    "- Lý luận chính trị:", "- Ngoại ngữ: ....", ", tin học: ....",
                    "Họ và tên đang dùng: ....", ", tên gọi khác: ....", "Nơi thường trú:", "Thôn Đông, xã Phú Sơn",
                    "Nơi tạm trú:", "Ngày tuyển dụng: ....", ", cơ quan tuyển dụng: ....", "Ngày nhập ngũ: ....",
                    "Sức khỏe: ....", ", thương binh loại: ....", "Gia đình liệt sĩ: ....",
                    "Quan hệ", "Họ và tên", "Năm sinh", "Quê quán", "Nghề nghiệp", "Nơi ở hiện nay"}) {
                    assertTrue(text.contains(s), s + " missing in:\n" + text);
                }
                assertInOrder(text, ITEM_TITLES);
                for (String s : new String[] {"Huy hiệu 30", "Khiển trách", "Kết nạp lại", "Giấy khen", "QĐ số"}) {
                    assertFalse(text.contains(s), s + " printed for a member without it:\n" + text);
                }
                // the title of each item without data is followed by dotted lines, not by the next title
                String afterBadge = text.substring(text.indexOf("24. Huy hiệu Đảng:"), text.indexOf("25. Danh hiệu"));
                assertTrue(afterBadge.contains("........................................"), afterBadge);
                assertTrue(text.indexOf("NGƯỜI KHAI") > text.indexOf("30. Hoàn cảnh kinh tế"), "signatures after item 30");
            }
        }
    }

    @Test
    void sheetPrintsCommendationsBadgesDisciplineAndHistoryFromTheDatabase() throws Exception {
        try (AppContext ctx = commune()) {
            long id = member(ctx, "Trần Văn Bình", "12345678");
            long other = member(ctx, "Lê Văn Cường", "87654321"); // his rows must not appear on Bình's sheet
            ctx.members().lifecycle().record(new NewEvent(id, EventType.REMOVAL, LocalDate.of(2010, 3, 1), "45-QĐ/HU", ""));
            ctx.members().lifecycle().record(new NewEvent(id, EventType.READMISSION, LocalDate.of(2012, 5, 19), "102-QĐ/HU", ""));
            ctx.db().save(trx -> {
                var t = trx.dsl();
                t.insertInto(BADGE_AWARD).set(BADGE_AWARD.MEMBER_ID, id).set(BADGE_AWARD.MILESTONE_YEARS, 30)
                        .set(BADGE_AWARD.AWARDED_DATE, LocalDate.of(2026, 2, 3)).set(BADGE_AWARD.DECISION_NO, "1234-QĐ/TU").execute();
                t.insertInto(DISCIPLINE).set(DISCIPLINE.MEMBER_ID, id).set(DISCIPLINE.DISCIPLINE_FORM, "REPRIMAND")
                        .set(DISCIPLINE.DECISION_NO, "12-QĐ/ĐU").set(DISCIPLINE.ISSUER, "Đảng ủy xã Phú Sơn")
                        .set(DISCIPLINE.DECISION_DATE, LocalDate.of(2024, 3, 10))
                        .set(DISCIPLINE.EFFECTIVE_FROM, LocalDate.of(2024, 3, 10)).execute();
                t.insertInto(DISCIPLINE).set(DISCIPLINE.MEMBER_ID, other).set(DISCIPLINE.DISCIPLINE_FORM, "WARNING")
                        .set(DISCIPLINE.DECISION_DATE, LocalDate.of(2024, 4, 1))
                        .set(DISCIPLINE.EFFECTIVE_FROM, LocalDate.of(2024, 4, 1)).execute();
                t.insertInto(MEMBERSHIP_INTERRUPTION).set(MEMBERSHIP_INTERRUPTION.MEMBER_ID, id)
                        .set(MEMBERSHIP_INTERRUPTION.FROM_DATE, LocalDate.of(2008, 1, 5))
                        .set(MEMBERSHIP_INTERRUPTION.TO_DATE, LocalDate.of(2008, 4, 20))
                        .set(MEMBERSHIP_INTERRUPTION.REASON, "TRANSFER_GAP").execute();
                long issued = decision(t, "301-QĐ/ĐU", "ISSUED");
                long draft = decision(t, "999-QĐ/ĐU", "DRAFT");
                entry(t, issued, id, "GIAY_KHEN", "Hoàn thành xuất sắc nhiệm vụ năm 2024", null);
                entry(t, draft, id, "GIAY_KHEN", "Bản nháp chưa ban hành", null);
                entry(t, null, id, "BANG_KHEN", "Có thành tích trong công tác dân vận", "UBND tỉnh Khánh Hòa");
                return null;
            });
            try (PDDocument doc = Loader.loadPDF(write(ctx, id, "member-sheet-history").toFile())) {
                int pages = doc.getNumberOfPages();
                assertEquals(3, pages);
                String text = new PDFTextStripper().getText(doc);
                assertInOrder(text, ITEM_TITLES);
                assertInOrder(text, "23. Khen thưởng:",
                        "- Giấy khen: Hoàn thành xuất sắc nhiệm vụ năm 2024 — QĐ số 301-QĐ/ĐU, ngày 15/01/2025",
                        "- Bằng khen của UBND tỉnh Khánh Hòa: Có thành tích trong công tác dân vận — ngày 20/05/2025",
                        "24. Huy hiệu Đảng:", "- Huy hiệu 30 năm tuổi Đảng — trao ngày 03/02/2026, QĐ số 1234-QĐ/TU",
                        "25. Danh hiệu", "26. Kỷ luật:",
                        "- Khiển trách — QĐ số 12-QĐ/ĐU, ngày 10/03/2024 (Đảng ủy xã Phú Sơn)",
                        "27. Đặc điểm lịch sử:", "- Vào Đảng lần đầu ngày 19/05/2005",
                        "- Gián đoạn sinh hoạt đảng khi chuyển sinh hoạt từ 05/01/2008 đến 20/04/2008",
                        "- Xóa tên ngày 01/03/2010 — QĐ số 45-QĐ/HU",
                        "- Kết nạp lại ngày 19/05/2012 — QĐ số 102-QĐ/HU", "28. Quan hệ nước ngoài:",
                        "NGƯỜI KHAI", "Trang " + pages + "/" + pages);
                assertFalse(text.contains("Bản nháp"), "a draft decision is not a commendation yet");
                assertFalse(text.contains("Cảnh cáo"), "another member's discipline");
            }
        }
    }

    /// Item 12 names the cell of admission and of full membership; item 17 prints the code lists' names with the
    /// academic degree (Học vị) apart; no code reaches the paper.
    @Test
    void sheetPrintsNamesNotCodesAndTheCellsOfItem12() throws Exception {
        try (AppContext ctx = commune()) {
            long id = member(ctx, "Phạm Thị Mai", "24682468", "01/04/2025", "");
            MemberRegisterServiceTest.educate(ctx, id, "G12_12", "MASTER", "INTERMEDIATE");
            ctx.members().lifecycle().record(new NewEvent(id, EventType.FULL_MEMBERSHIP, LocalDate.of(2026, 4, 1), "77-QĐ/ĐU", ""));
            try (PDDocument doc = Loader.loadPDF(write(ctx, id, "member-sheet-names").toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertInOrder(text, "12. Ngày vào Đảng:", "Ngày cấp có thẩm quyền ra quyết định kết nạp: 01/04/2025",
                        "Ngày chính thức: 01/04/2026, tại chi bộ: Chi bộ thôn Đông", "13. Ngày tuyển dụng",
                        "17. Trình độ:", "- Giáo dục phổ thông: 12/12", "- Chuyên môn nghiệp vụ: Đại học",
                        "- Học vị: Thạc sĩ, học hàm: ....", "- Lý luận chính trị: Trung cấp", "18. Sức khỏe");
                for (String code : new String[] {"G12_12", "MASTER", "INTERMEDIATE", "UNIVERSITY"}) {
                    assertFalse(text.contains(code), code + " printed instead of its name:\n" + text);
                }
            }
        }
    }

    /// Every glyph inside the HD 36 margins (25/25/35/15 mm) but the "Trang x/y" line in the bottom margin.
    private static void assertWithinMargins(List<PdfLayout.Glyph> glyphs) {
        for (PdfLayout.Glyph g : glyphs) {
            boolean footer = g.baselineMm() > 297 - 25;
            assertTrue(g.leftMm() >= 34.7 && g.rightMm() <= 195.3 && g.topMm() >= 24.7, "outside the margins: " + g);
            assertTrue(!footer || g.baselineMm() > 297 - 15, "only the page line under the text: " + g);
        }
    }

    private AppContext commune() throws Exception {
        AppContext ctx = new AppContext(Database.create(dir.resolve("db")), TestClocks.at(2026, 11, 21));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
        return ctx;
    }

    private long member(AppContext ctx, String name, String card) throws Exception {
        return member(ctx, name, card, "19/05/2005", "19/05/2006");
    }

    private long member(AppContext ctx, String name, String card, String admitted, String full) throws Exception {
        String csv = "Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Ngày chính thức,Số thẻ ĐV,CCCD,Dân tộc,Tôn giáo,Quê quán,"
                + "Nơi ở,Lý luận chính trị,Văn hóa,Nghề nghiệp,Chi bộ\n"
                + name + ",15/03/1980,Nữ," + admitted + "," + full + "," + card + ",05618000" + card.substring(4) + ",Kinh,Phật giáo,"
                + "\"Xã Phú Sơn, tỉnh Khánh Hòa\",\"Thôn Đông, xã Phú Sơn\",Trung cấp,12/12,Giáo viên,Chi bộ thôn Đông\n";
        Path file = Files.writeString(dir.resolve(name + ".csv"), csv);
        ctx.memberImport().importFile(file, ImportOptions.defaults(TODAY));
        List<MemberRow> rows = ctx.members().list(MemberQuery.all());
        return rows.stream().filter(m -> m.fullName().equals(name)).findFirst().orElseThrow().id();
    }

    private Path write(AppContext ctx, long id, String sample) throws Exception {
        Path pdf = dir.resolve(sample + ".pdf");
        new MemberSheetService(ctx.db(), ctx.settings()).write(id, pdf, TODAY);
        ReportSamples.keep(pdf, sample);
        return pdf;
    }

    private static long decision(DSLContext t, String number, String status) {
        return t.insertInto(COMMENDATION_DECISION).set(COMMENDATION_DECISION.DECISION_KIND, "PERIODIC_YEAR")
                .set(COMMENDATION_DECISION.NUMBER_TEXT, number).set(COMMENDATION_DECISION.DECISION_DATE, LocalDate.of(2025, 1, 15))
                .set(COMMENDATION_DECISION.ISSUER_BODY, "BTV").set(COMMENDATION_DECISION.TITLE, "Quyết định khen thưởng năm 2024")
                .set(COMMENDATION_DECISION.STATUS, status).returning(COMMENDATION_DECISION.ID).fetchOne().getId();
    }

    private static void entry(DSLContext t, Long decision, long member, String form, String achievement,
                              String externalIssuer) {
        t.insertInto(COMMENDATION_ENTRY).set(COMMENDATION_ENTRY.DECISION_ID, decision)
                .set(COMMENDATION_ENTRY.RECIPIENT_TYPE, "MEMBER").set(COMMENDATION_ENTRY.MEMBER_ID, member)
                .set(COMMENDATION_ENTRY.RECIPIENT_NAME, "Trần Văn Bình").set(COMMENDATION_ENTRY.AWARD_FORM, form)
                .set(COMMENDATION_ENTRY.ACHIEVEMENT_TEXT, achievement).set(COMMENDATION_ENTRY.EXTERNAL_ISSUER, externalIssuer)
                .set(COMMENDATION_ENTRY.AWARDED_DATE, LocalDate.of(2025, 5, 20)).execute();
    }

    /// Each part occurs in the text after the previous one (a wrapped line counts as one).
    private static void assertInOrder(String pdfText, String... parts) {
        String text = pdfText.replaceAll("\\s+", " ");
        int at = 0;
        for (String p : parts) {
            int i = text.indexOf(p, at);
            assertTrue(i >= 0, "\"" + p + "\" missing after position " + at + " in:\n" + text);
            at = i + p.length();
        }
    }
}
