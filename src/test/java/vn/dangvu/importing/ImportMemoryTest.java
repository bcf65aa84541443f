package vn.dangvu.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Issue 8 "Import": memory stays bounded whatever the file. Each file is imported by [ImportMemoryChild] in a child
/// JVM with `-Xmx256m` (a quarter of the default heap of a 4 GB office PC) and must end with a result or a clear
/// Vietnamese message, never an OutOfMemoryError, and quickly.
class ImportMemoryTest {

    private static final String[] HEADER = {"STT", "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Ngày chính thức",
        "Chi bộ"};

    @TempDir
    Path dir;

    /// What the child printed and how long the import took in it.
    private record Outcome(String line, long ms) {
    }

    private Outcome importInChild(Path file) throws Exception {
        Path out = dir.resolve(file.getFileName() + ".out");
        Path err = dir.resolve(file.getFileName() + ".err");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Ddangvu.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                ImportMemoryChild.class.getName(), file.toString(), dir.resolve("db-" + file.getFileName()).toString()));
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the import of " + file.getFileName() + " ran over 3 minutes");
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(0, p.exitValue(), () -> "child failed (exit " + p.exitValue() + "): " + lines + " " + read(err));
        String result = lines.stream().filter(l -> l.startsWith("IMPORTED") || l.startsWith("REFUSED")).findFirst()
                .orElseThrow(() -> new AssertionError(lines + " " + read(err)));
        long ms = Long.parseLong(lines.stream().filter(l -> l.startsWith("MS ")).findFirst().orElseThrow().substring(3));
        if (result.startsWith("REFUSED")) {
            // a refused file writes nothing: no member, no cell
            assertTrue(lines.contains("LEFT members=0 units=0"), () -> lines.toString());
        }
        return new Outcome(result, ms);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /// A small real list: header on row 3, `rows` members.
    private Path smallList(Path file, int rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("DS");
            s.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐẢNG VIÊN");
            Row h = s.createRow(2);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < rows; i++) {
                String[] m = member(i);
                Row row = s.createRow(3 + i);
                for (int c = 0; c < m.length; c++) {
                    row.createCell(c).setCellValue(m[c]);
                }
            }
            wb.write(os);
        }
        return file;
    }

    private static String[] member(int i) {
        return new String[] {String.valueOf(i + 1), "Nguyễn Văn " + (char) ('A' + i % 20) + "n", "Nam",
            String.format(Locale.ROOT, "%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1950 + i % 40),
            String.format(Locale.ROOT, "%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1990 + i % 30),
            String.format(Locale.ROOT, "%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1991 + i % 30), "Chi bộ " + (1 + i % 9)};
    }

    /// Copies an .xlsx, writing `entry` anew with `content`.
    private static void rewrite(Path from, Path to, String entry, WriterBody content) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(to), 1 << 16))) {
            out.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    content.write(w);
                    w.flush();
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    @FunctionalInterface
    private interface WriterBody {
        void write(Writer w) throws IOException;
    }

    @Test
    void aMergedRegionOverTheWholeSheetIsClippedToTheUsedRange() throws Exception {
        // ~330 KB: a 5,000-row list whose rows 2..5001 are also one merged region A2:XFD5001 (as a careless
        // "merge and center" over the whole sheet leaves it); the title in A2 is the region's value
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("DS");
            s.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐẢNG VIÊN");
            Row h = s.createRow(1);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < 5000; i++) {
                String[] m = member(i);
                Row row = s.createRow(2 + i);
                for (int c = 0; c < m.length; c++) {
                    row.createCell(c).setCellValue(m[c]);
                }
            }
            s.addMergedRegionUnsafe(new CellRangeAddress(1, 5000, 0, 16383));
            wb.write(os);
        }
        assertTrue(Files.size(file) > 100_000, "size " + Files.size(file));
        Outcome o = importInChild(file);
        // every cell of the range shows "STT": no header row, said in Vietnamese, in seconds, not minutes
        assertTrue(o.line().startsWith("REFUSED import.file.noHeader|Không tìm thấy dòng tiêu đề"), o.line());
        assertTrue(o.ms() < 60_000, o.ms() + " ms");
    }

    @Test
    void aZipBombOfSharedStringsStopsEarlyWithAMessage() throws Exception {
        Path template = smallList(dir.resolve("template.xlsx"), 3);
        Path bomb = dir.resolve("bomb.xlsx");
        // 1.5 million distinct strings, 45 million characters: past the limit of the whole file's text
        rewrite(template, bomb, "xl/sharedStrings.xml", w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (String h : HEADER) {
                w.write("<si><t>" + h + "</t></si>");
            }
            for (int i = 0; i < 1_500_000; i++) {
                w.write("<si><t>Nguyễn Văn Thành Trung " + i + "</t></si>");
            }
            w.write("</sst>");
        });
        Outcome o = importInChild(bomb);
        assertTrue(o.line().startsWith("REFUSED import.file.tooMuchText|Tệp bomb.xlsx chứa hơn"), o.line());
    }

    @Test
    void oneEndlessSharedStringStopsAtExcelsCellLimit() throws Exception {
        Path template = smallList(dir.resolve("template.xlsx"), 3);
        Path bomb = dir.resolve("long-string.xlsx");
        rewrite(template, bomb, "xl/sharedStrings.xml", w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
            char[] chunk = "Nguyễn Văn An ".repeat(1000).toCharArray();
            for (int i = 0; i < 5_000; i++) {
                w.write(chunk);
            }
            w.write("</t></si></sst>");
        });
        Outcome o = importInChild(bomb);
        assertTrue(o.line().startsWith("REFUSED import.file.stringTooLong|"), o.line());
    }

    @Test
    void a300MegabyteCsvIsRefusedBeforeItIsRead() throws Exception {
        Path csv = dir.resolve("lớn.csv");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 20)) {
            os.write((String.join(",", HEADER) + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] line = (String.join(",", member(7)) + ",").getBytes(StandardCharsets.UTF_8);
            byte[] pad = new byte[150 - line.length - 1];
            Arrays.fill(pad, (byte) 'x');
            for (long written = 0; written < 300L << 20; written += 150) {
                os.write(line);
                os.write(pad);
                os.write('\n');
            }
        }
        Outcome o = importInChild(csv);
        assertTrue(o.line().startsWith("REFUSED import.file.tooLarge|Tệp lớn.csv lớn 300 MB, vượt quá 64 MB"), o.line());
        assertTrue(o.ms() < 10_000, o.ms() + " ms");
    }

    @Test
    void aCsvUnderTheByteLimitIsStreamedAndStopsAtTheRowLimit() throws Exception {
        Path csv = dir.resolve("dài.csv");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 20)) {
            os.write((String.join(",", HEADER) + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 400_000; i++) {
                os.write((String.join(",", member(i)) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        assertTrue(Files.size(csv) > 20L << 20 && Files.size(csv) < SheetReader.MAX_FILE_BYTES, "size " + Files.size(csv));
        Outcome o = importInChild(csv);
        assertTrue(o.line().startsWith("REFUSED import.file.tooManyRows|Trang dài.csv có 100.031 dòng"), o.line());
    }

    @Test
    void aMillionFormattedEmptyRowsAreJudgedByTheRealRows() throws Exception {
        Path template = smallList(dir.resolve("template.xlsx"), 20);
        Path file = dir.resolve("formatted.xlsx");
        String sheet;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(template))) {
            String found = null;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    found = new String(((InputStream) in).readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            sheet = found;
        }
        String head = sheet.substring(0, sheet.indexOf("</sheetData>")).replaceFirst("<dimension ref=\"[^\"]*\"", "<dimension ref=\"A1:XFD1048576\"");
        String tail = sheet.substring(sheet.indexOf("</sheetData>"));
        rewrite(template, file, "xl/worksheets/sheet1.xml", w -> {
            w.write(head);
            for (int r = 24; r <= 1_048_576; r++) {
                w.write("<row r=\"" + r + "\" s=\"1\" customFormat=\"1\" ht=\"15\"><c r=\"A" + r + "\" s=\"1\"/><c r=\"T" + r
                        + "\" s=\"1\"/></row>");
            }
            w.write(tail);
        });
        Outcome o = importInChild(file);
        assertEquals("IMPORTED 20 20", o.line());
        assertTrue(o.ms() < 90_000, o.ms() + " ms");
    }
}
