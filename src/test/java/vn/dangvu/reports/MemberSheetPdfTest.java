package vn.dangvu.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.settings.SetupRequest;

class MemberSheetPdfTest {

    @TempDir
    Path dir;

    @Test
    void sheetOfOneMemberHasTheHeaderItemsAndSignaturesOnOnePage() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("db")))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            String csv = "Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Ngày chính thức,Số thẻ ĐV,CCCD,Dân tộc,Tôn giáo,Quê quán,"
                    + "Nơi ở,Lý luận chính trị,Văn hóa,Nghề nghiệp,Chi bộ\n"
                    + "Nguyễn Thị Hường,15/03/1980,Nữ,19/05/2005,19/05/2006,12345678,056180001234,Kinh,Phật giáo,"
                    + "\"Xã Phú Sơn, tỉnh Khánh Hòa\",\"Thôn Đông, xã Phú Sơn\",Trung cấp,12/12,Giáo viên,Chi bộ thôn Đông\n";
            ctx.memberImport().importFile(Files.writeString(dir.resolve("ds.csv"), csv), ImportOptions.defaults(LocalDate.of(2026, 3, 1)));
            long id = ctx.members().list(MemberQuery.all()).getFirst().id();
            Path pdf = dir.resolve("Phiếu đảng viên.pdf");
            new MemberSheetService(ctx.db(), ctx.settings()).write(id, pdf, LocalDate.of(2026, 3, 1));
            ReportSamples.keep(pdf, "member-sheet");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, doc.getNumberOfPages());
                String text = new PDFTextStripper().getText(doc);
                for (String s : new String[] {"ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG BỘ XÃ PHÚ SƠN", "CHI BỘ THÔN ĐÔNG",
                    "ĐẢNG CỘNG SẢN VIỆT NAM", "SỐ LÝ LỊCH", "SỐ THẺ ĐẢNG VIÊN", "PHIẾU ĐẢNG VIÊN", "NGUYỄN THỊ HƯỜNG",
                    "Sinh ngày: 15/03/1980", "Ngày cấp có thẩm quyền ra quyết định kết nạp: 19/05/2005",
                    "Ngày chính thức: 19/05/2006", "056180001234", "Kinh", "Xã Phú Sơn, tỉnh Khánh Hòa",
                    "Giáo viên", "10. Thành phần gia đình", "20. Miễn công tác", "NGƯỜI KHAI",
                    "CẤP ỦY CƠ SỞ", "Phú Sơn, ngày 1 tháng 3 năm 2026"}) {
                    assertTrue(text.contains(s), s + " missing in:\n" + text);
                }
            }
        }
    }
}
