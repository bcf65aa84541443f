package vn.dangvu.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.importing.ImportReport;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.settings.SetupRequest;

/// Issue 8 "Import": a birth date a list gives as a year only ("1965") is printed as "1965" in the register (Mẫu
/// 7-HSĐV) and the Phiếu đảng viên (Mẫu 2-HSĐV, item 4), never as 01/01/1965.
class YearOnlyBirthPrintTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;

    @Test
    void aBirthYearIsPrintedAsTheYear() throws Exception {
        Path csv = dir.resolve("ds.csv");
        Files.writeString(csv, "Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Chi bộ\n"
                + "Nguyễn Văn An,Nam,1965,03/02/1990,03/02/1991,Chi bộ thôn Đông\n"
                + "Trần Thị Bình,Nữ,12/04/1970,19/05/1995,19/05/1996,Chi bộ thôn Đông\n", StandardCharsets.UTF_8);
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("db")))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            ImportReport r = ctx.memberImport().importFile(csv, ImportOptions.defaults(TODAY));
            assertTrue(r.written(), () -> r.problems().toString());
            long cell = ctx.units().findByName("Chi bộ thôn Đông").orElseThrow().id();
            long an = ctx.members().list(new MemberQuery("nguyen van an", Optional.empty())).getFirst().id();

            List<List<String>> rows = ctx.register().rows(cell);
            assertEquals("Nguyễn Văn An\n1965", rows.stream().filter(x -> x.get(1).startsWith("Nguyễn Văn An")).findFirst()
                    .orElseThrow().get(1));
            assertEquals("Trần Thị Bình\n12/04/1970", rows.stream().filter(x -> x.get(1).startsWith("Trần Thị Bình")).findFirst()
                    .orElseThrow().get(1));
            MemberSheet sheet = ctx.memberSheets().sheet(an, TODAY);
            assertEquals("1965", sheet.items().stream().filter(i -> i.number().equals("04")).findFirst().orElseThrow().value());

            Path register = dir.resolve("so.pdf");
            ctx.register().write(cell, register, TODAY);
            Path phieu = dir.resolve("phieu.pdf");
            ctx.memberSheets().write(an, phieu, TODAY);
            for (Path pdf : List.of(register, phieu)) {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    String text = new PDFTextStripper().getText(doc);
                    assertTrue(text.contains("1965"), pdf + ":\n" + text);
                    assertFalse(text.contains("01/01/1965"), pdf + " prints the stored day:\n" + text);
                }
            }
        }
    }
}
