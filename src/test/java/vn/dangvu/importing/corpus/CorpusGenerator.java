package vn.dangvu.importing.corpus;

import static vn.dangvu.importing.corpus.CorpusBook.rows;
import static vn.dangvu.importing.corpus.CorpusRows.HEADER;
import static vn.dangvu.importing.corpus.CorpusRows.HEADER_CCCD;
import static vn.dangvu.importing.corpus.CorpusRows.TITLES;
import static vn.dangvu.importing.corpus.CorpusText.WINDOWS_1252;
import static vn.dangvu.importing.corpus.CorpusText.WINDOWS_1258;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.dangvu.importing.corpus.CorpusBook.SheetSpec;

/// (Re)creates the stored corpus of import files (see `src/test/resources/import-corpus/README.md`). The files are
/// committed; tests read the stored files, never regenerated ones. Run from the project folder:
///
/// ```
/// mvn -o -q test-compile exec:exec -Dexec.classpathScope=test \
///     -Dexec.args="-classpath %classpath vn.dangvu.importing.corpus.CorpusGenerator src/test/resources/import-corpus"
/// ```
public final class CorpusGenerator {

    static final String PASSWORD = "matkhau";
    static final int BULK_ROWS = 65_000;
    /// Data index of the one bad row of the 65,000-row file: sheet row 64,993.
    static final int BULK_BAD_INDEX = 64_991;

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/import-corpus");
        Files.createDirectories(dir);
        workbooks(dir);
        broken(dir);
        csvs(dir);
        CorpusBook.bigXlsx(dir.resolve("rows-65000.xlsx"), "Danh sách", CorpusRows.bulk(BULK_ROWS, BULK_BAD_INDEX));
        try (var files = Files.list(dir)) {
            files.sorted().forEach(f -> System.out.printf("%9d  %s%n", size(f), f.getFileName()));
        }
    }

    private static void workbooks(Path dir) throws IOException {
        SheetSpec guide = SheetSpec.of("Hướng dẫn", List.of(), List.<Object[]>of(new Object[] {"Danh sách ở trang sau."}));
        CorpusBook.xlsx(dir.resolve("good.xlsx"), guide, listing(HEADER, CorpusRows.good()));
        CorpusBook.xls(dir.resolve("good.xls"), listing(HEADER, CorpusRows.good()));
        CorpusBook.xls(dir.resolve("merged-title-rows.xls"), new SheetSpec("Danh sách",
                List.of("ĐẢNG BỘ XÃ PHÚ SƠN", "CHI BỘ THÔN BẮC VÀ CHI BỘ THÔN NAM", "DANH SÁCH ĐẢNG VIÊN NĂM 2026"),
                CorpusRows.mergedTitleRows(), List.of(new CellRangeAddress(5, 7, 7, 7), new CellRangeAddress(9, 10, 7, 7))));
        CorpusBook.xlsx(dir.resolve("formulas.xlsx"), listing(HEADER, CorpusRows.formulas()));
        CorpusBook.xlsx(dir.resolve("text-in-date-columns.xlsx"), listing(HEADER, CorpusRows.textInDates()));
        CorpusBook.xlsx(dir.resolve("duplicate-cards.xlsx"), listing(HEADER_CCCD, CorpusRows.duplicateCards()));
        CorpusBook.xlsx(dir.resolve("long-names.xlsx"), listing(HEADER, CorpusRows.longNames()));
        CorpusBook.xlsx(dir.resolve("missing-values.xlsx"), listing(HEADER, CorpusRows.missingValues()));
        CorpusBook.xlsx(dir.resolve("long-texts.xlsx"), listing(CorpusRows.HEADER_TEXTS, CorpusRows.longTexts()));
        CorpusBook.xlsx(dir.resolve("control-characters.xlsx"), listing(HEADER, CorpusRows.controlChars()));
        CorpusBook.xlsx(dir.resolve("sql-text.xlsx"), listing(HEADER, CorpusRows.sqlText()));
        CorpusBook.xlsx(dir.resolve("one-bad-row.xlsx"), listing(HEADER, CorpusRows.oneBadRow()));
        CorpusBook.xlsx(dir.resolve("empty-sheet.xlsx"), SheetSpec.of("Sheet1", List.of(), List.of()));
        CorpusBook.xlsx(dir.resolve("no-header.xlsx"), SheetSpec.of("Sheet1", List.of(), List.of(
                new Object[] {"Name", "DOB", "Unit"}, new Object[] {"Nguyen Van A", "1970", "CB 1"},
                new Object[] {"Tran Thi B", "1971", "CB 2"})));
        CorpusBook.xlsx(dir.resolve("header-only.xlsx"), listing(HEADER));
        CorpusBook.xlsx(dir.resolve("missing-columns.xlsx"), listing(new Object[] {"STT", "Họ và tên", "Giới tính", "Chi bộ"},
                new Object[] {1, "Nguyễn Văn An", "Nam", "Chi bộ thôn Đông"}));
    }

    /// Files that are not readable workbooks: truncated, another format, password-protected.
    private static void broken(Path dir) throws IOException, GeneralSecurityException {
        byte[] good = Files.readAllBytes(dir.resolve("good.xlsx"));
        Files.write(dir.resolve("corrupt-truncated.xlsx"), Arrays.copyOf(good, good.length / 2));
        byte[] goodXls = Files.readAllBytes(dir.resolve("good.xls"));
        Files.write(dir.resolve("corrupt-truncated.xls"), Arrays.copyOf(goodXls, goodXls.length / 2));
        CorpusText.csv(dir.resolve("not-a-workbook.xlsx"), StandardCharsets.UTF_8, true, ',', "\r\n",
                rows(HEADER, CorpusRows.asText(CorpusRows.good())));
        CorpusText.raw(dir.resolve("not-a-spreadsheet.pdf"), StandardCharsets.US_ASCII, false, "%PDF-1.4\n%%EOF\n");
        CorpusText.raw(dir.resolve("html-table.xls"), StandardCharsets.UTF_8, false,
                "<html><head><meta charset=\"utf-8\"></head><body><table>\n<tr><td>Họ và tên</td><td>Ngày sinh</td></tr>\n"
                        + "<tr><td>Nguyễn Văn An</td><td>01/02/1970</td></tr>\n</table></body></html>\n");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword(PASSWORD);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(good);
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("password-agile.xlsx"))) {
                fs.writeFilesystem(out);
            }
        }
        Biff8EncryptionKey.setCurrentUserPassword(PASSWORD);
        try {
            CorpusBook.xls(dir.resolve("password.xls"), listing(HEADER, CorpusRows.good()));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static void csvs(Path dir) throws IOException {
        List<Object[]> good = new ArrayList<>();
        for (String t : TITLES) {
            good.add(new Object[] {t, "", "", "", "", "", "", "", ""});
        }
        good.add(new Object[HEADER.length]);
        good.addAll(rows(HEADER, CorpusRows.asText(CorpusRows.good())));
        CorpusText.csv(dir.resolve("good.csv"), StandardCharsets.UTF_8, true, ',', "\r\n", good);
        Object[][] quoted = CorpusRows.asText(CorpusRows.good());
        quoted[1][8] = "Chuyển đến từ \"xã Phú Lộc\", năm 2020";
        quoted[2][8] = "Dòng một\ndòng hai";
        CorpusText.csv(dir.resolve("utf8-no-bom.csv"), StandardCharsets.UTF_8, false, ',', "\n", rows(HEADER, quoted));
        CorpusText.csv(dir.resolve("semicolon.csv"), StandardCharsets.UTF_8, true, ';', "\r\n",
                rows(HEADER, CorpusRows.asText(CorpusRows.good())));
        StringBuilder tcvn3 = new StringBuilder();
        StringBuilder cp1258 = new StringBuilder();
        for (Object[] row : rows(HEADER, CorpusRows.asText(CorpusRows.good()))) {
            String line = String.join(",", Arrays.stream(row).map(v -> v == null ? "" : v.toString()).toList()) + "\r\n";
            tcvn3.append(CorpusText.tcvn3(line));
            cp1258.append(CorpusText.windows1258Form(line));
        }
        CorpusText.raw(dir.resolve("tcvn3-legacy.csv"), WINDOWS_1252, false, tcvn3.toString());
        CorpusText.raw(dir.resolve("windows-1258.csv"), WINDOWS_1258, false, cp1258.toString());
        CorpusText.raw(dir.resolve("unbalanced-quotes.csv"), StandardCharsets.UTF_8, true,
                "Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Chi bộ,Ghi chú\n"
                        + "Nguyễn Văn An,01/02/1970,Nam,03/02/1995,Chi bộ thôn Đông,\"Ghi chú chưa đóng ngoặc\n"
                        + "Trần Văn Bình,01/02/1971,Nam,03/02/1996,Chi bộ thôn Đông,\n"
                        + "Lê Văn Cường,01/02/1972,Nam,03/02/1997,Chi bộ thôn Đông,\n");
        CorpusText.csv(dir.resolve("control-characters.csv"), StandardCharsets.UTF_8, true, ',', "\r\n",
                rows(HEADER, CorpusRows.asText(CorpusRows.controlChars())));
        Files.write(dir.resolve("empty.csv"), new byte[0]);
        CorpusText.raw(dir.resolve("too-many-rows.csv"), StandardCharsets.UTF_8, false, "x\n".repeat(100_031));
    }

    private static SheetSpec listing(Object[] header, Object[]... data) {
        return SheetSpec.of("Danh sách", TITLES, rows(header, data));
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }
}
