package vn.dangvu.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

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
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.settings.SetupRequest;

class MemberRegisterServiceTest {

    @TempDir
    Path dir;

    @Test
    void registerOfACellAsPdfAndXlsx() throws Exception {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve("db")))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            StringBuilder csv = new StringBuilder("Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Ngày chính thức,Số thẻ ĐV,Dân tộc,Quê quán,Chi bộ\n");
            for (int i = 0; i < 60; i++) {
                csv.append(i % 2 == 0 ? "Nguyễn Thị Hương" : "Đặng Văn Dũng").append(' ').append((char) ('A' + i % 26))
                        .append(",15/03/1980,").append(i % 2 == 0 ? "Nữ" : "Nam").append(",19/05/2005,19/05/2006,DV").append(i)
                        .append(",Kinh,Xã Phú Sơn tỉnh Khánh Hòa,Chi bộ thôn Đông\n");
            }
            ctx.memberImport().importFile(Files.writeString(dir.resolve("ds.csv"), csv), ImportOptions.defaults(LocalDate.of(2026, 11, 21)));
            long cell = ctx.units().findByName("Chi bộ thôn Đông").orElseThrow().id();

            Path pdf = dir.resolve("Sổ danh sách đảng viên - Chi bộ thôn Đông.pdf");
            ctx.register().write(cell, pdf, LocalDate.of(2026, 11, 21));
            Files.createDirectories(Path.of("target", "samples"));
            Files.copy(pdf, Path.of("target", "samples", "register.pdf"), StandardCopyOption.REPLACE_EXISTING);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertTrue(doc.getNumberOfPages() >= 2, "60 members need more than one landscape page");
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), text);
                assertTrue(text.contains("ĐẢNG ỦY XÃ PHÚ SƠN"), text);
                assertTrue(text.contains("SỔ DANH SÁCH ĐẢNG VIÊN"), text);
                assertTrue(text.contains("Nguyễn Thị Hương A"), text);
                assertTrue(text.contains("19/05/2005"), text);
                assertTrue(text.contains("Phú Sơn, ngày 21 tháng 11 năm 2026"), text);
                assertTrue(text.contains("Trang 2/" + doc.getNumberOfPages()), text);
            }
            Path xlsx = dir.resolve("register.xlsx");
            ctx.register().write(cell, xlsx, LocalDate.of(2026, 11, 21));
            try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
                Sheet s = wb.getSheetAt(0);
                assertEquals(14, s.getRow(0).getLastCellNum());
                assertEquals("Họ và tên (khai sinh)", s.getRow(0).getCell(1).getStringCellValue());
                assertEquals(61, s.getLastRowNum() + 1);
                assertTrue(s.getRow(1).getCell(2).getStringCellValue().matches("(Nam|Nữ)\nKinh"));
            }
        }
    }
}
