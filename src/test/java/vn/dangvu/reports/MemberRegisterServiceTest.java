package vn.dangvu.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.db.Database;
import vn.dangvu.document.PdfLayout;
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.importing.ImportReport;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.TransferDetails;
import vn.dangvu.party.EventType;
import vn.dangvu.settings.SetupRequest;

class MemberRegisterServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    /// Codes the register must never print (the names are "12/12", "Trung cấp", "Đại học", "Kinh").
    private static final List<String> CODES = List.of("G12_12", "G9_12", "INTERMEDIATE", "UNIVERSITY", "ELEMENTARY");

    @TempDir
    Path dir;

    @Test
    void registerOfACellAsPdfAndXlsx() throws Exception {
        try (AppContext ctx = commune()) {
            long dong = ctx.units().findByName("Chi bộ thôn Đông").orElseThrow().id();
            long tay = ctx.units().findByName("Chi bộ thôn Tây").orElseThrow().id();
            long hung = id(ctx, "Nguyễn Thị Hương A");
            educate(ctx, hung, "G12_12", "UNIVERSITY", "INTERMEDIATE");
            long dung = id(ctx, "Đặng Văn Dũng B");
            ctx.members().lifecycle().record(new NewEvent(dung, EventType.INTERNAL_TRANSFER, LocalDate.of(2025, 3, 12), "", "",
                    TransferDetails.toCell(tay)));
            long lan = id(ctx, "Nguyễn Thị Hương C");
            ctx.members().lifecycle().record(new NewEvent(lan, EventType.TRANSFER_OUT, LocalDate.of(2026, 1, 15), "12-QĐ/ĐU", "",
                    TransferDetails.out("Đảng bộ xã Cam Hải, tỉnh Khánh Hòa", null)));

            List<List<String>> rows = ctx.register().rows(dong);
            assertEquals(60, rows.size(), "the member who moved to Tây stays in Đông's book");
            List<String> a = row(rows, "Nguyễn Thị Hương A");
            assertEquals("Nguyễn Thị Hương A\n15/03/1980", a.get(1));
            assertEquals("Nữ\nKinh\nPhật giáo", a.get(2));
            assertEquals("12/12\nLLCT: Trung cấp\nCMNV: Đại học", a.get(4));
            assertEquals("19/05/2005\n19/05/2006", a.get(6));
            List<String> b = row(rows, "Đặng Văn Dũng B");
            assertEquals("12/03/2025\nChi bộ thôn Tây", b.get(9));
            assertEquals("", b.get(10));
            assertEquals("Chuyển trong đảng bộ", b.get(13));
            List<String> c = row(rows, "Nguyễn Thị Hương C");
            assertEquals("15/01/2026\nĐảng bộ xã Cam Hải, tỉnh Khánh Hòa", c.get(9));
            List<List<String>> west = ctx.register().rows(tay);
            assertEquals(4, west.size(), "Tây's three members and the one who arrived");
            assertEquals("12/03/2025\nChi bộ thôn Đông", row(west, "Đặng Văn Dũng B").get(10));
            assertEquals("", row(west, "Đặng Văn Dũng B").get(9));

            Path pdf = dir.resolve("Sổ danh sách đảng viên - Chi bộ thôn Đông.pdf");
            ctx.register().write(dong, pdf, TODAY);
            ReportSamples.keep(pdf, "register");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertTrue(doc.getNumberOfPages() >= 2, "60 members need more than one landscape page");
                assertTrue(doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight(), "landscape");
                assertEquals(List.of(), PdfLayout.notEmbedded(doc));
                String text = new PDFTextStripper().getText(doc);
                String flat = text.replaceAll("\\s+", " ");
                for (String s : new String[] {"ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG ỦY XÃ PHÚ SƠN",
                    "SỔ DANH SÁCH ĐẢNG VIÊN", "Chi bộ thôn Đông", "Phú Sơn, ngày 21 tháng 11 năm 2026", "Nguyễn Thị Hương A",
                    "12/12", "LLCT: Trung cấp", "CMNV: Đại học", "Phật giáo", "Chi bộ thôn Tây", "Đảng bộ xã Cam Hải",
                    "Chuyển trong đảng bộ"}) {
                    assertTrue(flat.contains(s), s + " missing in:\n" + text);
                }
                for (String code : CODES) {
                    assertFalse(text.contains(code), code + " printed instead of its name");
                }
                // every date whole on one line: 60 admission dates, 60 full-membership dates, 60 birth dates, 2 moves
                assertEquals(60, count(text, "19/05/2005"));
                assertEquals(60, count(text, "19/05/2006"));
                assertEquals(60, count(text, "15/03/1980"));
                assertEquals(1, count(text, "12/03/2025"));
                assertEquals(1, count(text, "15/01/2026"));
                for (PdfLayout.Glyph g : PdfLayout.glyphs(doc)) {
                    boolean pageNumber = g.topMm() < 15;
                    assertTrue(pageNumber || g.leftMm() >= 24.7 && g.rightMm() <= 282.3 && g.topMm() >= 19.7
                            && g.baselineMm() <= 195.3, "outside the margins: " + g);
                }
            }
            Path xlsx = dir.resolve("register.xlsx");
            ctx.register().write(dong, xlsx, TODAY);
            try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
                Sheet s = wb.getSheetAt(0);
                assertEquals(14, s.getRow(0).getLastCellNum());
                assertEquals("Họ và tên khai sinh; ngày sinh", s.getRow(0).getCell(1).getStringCellValue());
                assertEquals(61, s.getLastRowNum() + 1);
                Row first = s.getRow(1);
                assertEquals("Nguyễn Thị Hương A\n15/03/1980", first.getCell(1).getStringCellValue());
                assertEquals("12/12\nLLCT: Trung cấp\nCMNV: Đại học", first.getCell(4).getStringCellValue());
                for (Row r : s) {
                    for (Cell cell : r) {
                        for (String code : CODES) {
                            assertFalse(cell.getStringCellValue().contains(code), code + " in " + cell.getAddress());
                        }
                    }
                }
            }
        }
    }

    private AppContext commune() throws Exception {
        AppContext ctx = new AppContext(Database.create(dir.resolve("db")), TestClocks.at(TODAY));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "Nguyễn Văn Bí", "", 2025, 2030));
        StringBuilder csv = new StringBuilder("Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Ngày chính thức,Số thẻ ĐV,Dân tộc,"
                + "Tôn giáo,Quê quán,Chi bộ\n");
        for (int i = 0; i < 63; i++) {
            csv.append(i % 2 == 0 ? "Nguyễn Thị Hương" : "Đặng Văn Dũng").append(' ').append((char) ('A' + i % 26))
                    .append(i >= 26 ? String.valueOf((char) ('a' + i / 26)) : "").append(",15/03/1980,").append(i % 2 == 0 ? "Nữ" : "Nam")
                    .append(",19/05/2005,19/05/2006,DV").append(i).append(",Kinh,Phật giáo,Xã Phú Sơn tỉnh Khánh Hòa,")
                    .append(i < 60 ? "Chi bộ thôn Đông" : "Chi bộ thôn Tây").append('\n');
        }
        ImportReport report = ctx.memberImport().importFile(Files.writeString(dir.resolve("ds.csv"), csv),
                ImportOptions.defaults(TODAY));
        assertEquals(63, report.imported(), report.problems().toString());
        return ctx;
    }

    private static long id(AppContext ctx, String name) {
        return ctx.members().list(MemberQuery.all()).stream().filter(m -> m.fullName().equals(name)).findFirst().orElseThrow().id();
    }

    /// Sets the education codes through the member form's save, as a user picking from the lists does.
    static void educate(AppContext ctx, long id, String general, String professional, String theory) throws Exception {
        MemberDetails d = ctx.members().find(id).orElseThrow();
        ctx.members().save(new MemberDetails(d.id(), d.familyName(), d.middleName(), d.givenName(), d.gender(), d.birthDate(),
                d.placeOfBirth(), d.homeTown(), d.permanentAddress(), d.temporaryAddress(), d.cccdNumber(), d.phone(),
                d.ethnicityCode(), d.religionCode(), d.unitId(), d.admissionDecisionDate(), d.admissionDecisionNo(),
                d.admissionCeremonyDate(), d.fullMembershipDate(), d.cardNumber(), d.dossierNumber(), general, professional,
                theory, d.occupation(), d.note(), d.status(), d.firstAdmissionDate(), d.readmitted()));
    }

    private static List<String> row(List<List<String>> rows, String name) {
        return rows.stream().filter(r -> r.get(1).startsWith(name + "\n")).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static int count(String text, String s) {
        return text.split(Pattern.quote(s), -1).length - 1;
    }
}
