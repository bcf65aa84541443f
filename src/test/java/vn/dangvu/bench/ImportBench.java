package vn.dangvu.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.sun.management.OperatingSystemMXBean;
import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.importing.ImportReport;
import vn.dangvu.importing.SheetReader;
import vn.dangvu.settings.SetupRequest;

/// Issue 3 "Speed": importing a 10,000-row member list (.xlsx, 20 columns, title rows above the header, dates as
/// real Excel dates and as text) with validation, into a fresh database each run, against POI alone reading the
/// same file (WorkbookFactory.create and every cell's value). Variants are interleaved in one run.
final class ImportBench {

    static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static final String[] MIDDLE_M = {"Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Văn Thành", "Công", "Xuân"};
    static final String[] MIDDLE_F = {"Thị", "Thị", "Thị Thu", "Thị Thanh", "Ngọc", "Thu", "Thị Hồng", "Kim"};
    static final String[] GIVEN_M = {"An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Khánh", "Long", "Minh", "Nam",
        "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Vinh", "Hưởng", "Toàn"};
    static final String[] GIVEN_F = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hương", "Hường", "Lan", "Liên", "Mai",
        "Nga", "Nhung", "Oanh", "Phượng", "Thảo", "Trang", "Xuân", "Yến", "Huyền"};
    static final String[] HEADERS = {"STT", "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Ngày chính thức",
        "Số thẻ ĐV", "Số CCCD", "Chi bộ", "Dân tộc", "Tôn giáo", "Quê quán", "Nơi ở hiện nay", "Lý luận chính trị",
        "Trình độ văn hóa", "Chuyên môn", "Nghề nghiệp", "Điện thoại", "Chức vụ", "Ghi chú"};
    static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ImportBench() {
    }

    /// CPU time of the whole process (all threads: the import's, H2's background writer, JIT, GC), in ns. On a
    /// shared machine wall time varies with the other load several fold; CPU time much less.
    static long cpu() {
        return OS.getProcessCpuTime();
    }

    static Path generate(Path dir, int rows) throws IOException {
        Path file = dir.resolve("import-" + rows + ".xlsx");
        if (Files.exists(file)) {
            return file;
        }
        SplittableRandom r = new SplittableRandom(3);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Danh sách");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            s.createRow(0).createCell(0).setCellValue("ĐẢNG BỘ XÃ PHÚ SƠN");
            s.createRow(1).createCell(0).setCellValue("DANH SÁCH ĐẢNG VIÊN");
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 8));
            Row h = s.createRow(3);
            for (int c = 0; c < HEADERS.length; c++) {
                h.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row row = s.createRow(4 + i);
                boolean male = r.nextInt(100) < 55;
                String name = pick(r, FAMILY) + " " + pick(r, male ? MIDDLE_M : MIDDLE_F) + " " + pick(r, male ? GIVEN_M : GIVEN_F);
                LocalDate birth = LocalDate.of(1940 + r.nextInt(65), 1 + r.nextInt(12), 1 + r.nextInt(28));
                LocalDate admission = birth.plusYears(19 + r.nextInt(20)).plusDays(r.nextInt(300));
                if (admission.isAfter(LocalDate.of(2025, 6, 1))) {
                    admission = LocalDate.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28));
                }
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(name);
                row.createCell(2).setCellValue(male ? "Nam" : "Nữ");
                date(row, 3, birth, dateStyle, i % 2 == 0);
                date(row, 4, admission, dateStyle, i % 3 == 0);
                date(row, 5, admission.plusYears(1), dateStyle, i % 2 == 1);
                row.createCell(6).setCellValue(String.format(Locale.ROOT, "%08d", 10_000_000 + i));
                row.createCell(7).setCellValue(String.format(Locale.ROOT, "0%02d%d%02d%06d", 1 + r.nextInt(96), male ? 0 : 1,
                        birth.getYear() % 100, i));
                row.createCell(8).setCellValue("Chi bộ thôn " + (1 + i % 40));
                row.createCell(9).setCellValue(i % 20 == 0 ? "Tày" : "Kinh");
                row.createCell(10).setCellValue(i % 15 == 0 ? "Công giáo" : "Không");
                row.createCell(11).setCellValue("Xã Phú Sơn, huyện Ninh Hòa, tỉnh Khánh Hòa");
                row.createCell(12).setCellValue("Thôn " + (1 + i % 40) + ", xã Phú Sơn");
                row.createCell(13).setCellValue(i % 4 == 0 ? "Trung cấp" : "Sơ cấp");
                row.createCell(14).setCellValue("12/12");
                row.createCell(15).setCellValue(i % 3 == 0 ? "Đại học" : "Không");
                row.createCell(16).setCellValue(i % 5 == 0 ? "Hưu trí" : "Nông dân");
                row.createCell(17).setCellValue("09" + (10_000_000 + r.nextInt(89_999_999)));
                row.createCell(18).setCellValue(i % 25 == 0 ? "Bí thư chi bộ" : "");
                row.createCell(19).setCellValue(i % 10 == 0 ? "Chuyển đến năm 2020" : "");
            }
            wb.write(out);
        }
        return file;
    }

    private static void date(Row row, int c, LocalDate d, CellStyle style, boolean asText) {
        Cell cell = row.createCell(c);
        if (asText) {
            cell.setCellValue(TEXT_DATE.format(d));
        } else {
            cell.setCellValue(d);
            cell.setCellStyle(style);
        }
    }

    private static String pick(SplittableRandom r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    /// POI alone: open the workbook and read every cell's value (the floor for any .xlsx import).
    static long poiAlone(Path file) throws IOException {
        long chars = 0;
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell cell : row) {
                        switch (cell.getCellType()) {
                            case STRING -> chars += cell.getStringCellValue().length();
                            case NUMERIC -> chars += DateUtil.isCellDateFormatted(cell)
                                    ? cell.getLocalDateTimeCellValue().getDayOfMonth() : (long) cell.getNumericCellValue();
                            default -> chars++;
                        }
                    }
                }
            }
        }
        return chars;
    }

    static void run(Path dir, int rows, int rounds, StringBuilder report) throws Exception {
        Path file = generate(dir, rows);
        LocalDate today = LocalDate.of(2026, 11, 21);
        Map<String, List<Double>> ms = new LinkedHashMap<>();
        ImportReport last = null;
        int warm = 2;
        for (int r = 0; r < warm + rounds; r++) {
            boolean keep = r >= warm;
            long c0 = cpu();
            long t0 = System.nanoTime();
            poiAlone(file);
            long t1 = System.nanoTime();
            long c1 = cpu();
            SheetReader.read(file);
            long t2 = System.nanoTime();
            long c2 = cpu();
            double dry;
            double full;
            double fullCpu;
            Path base = dir.resolve("import-run-" + r);
            Files.deleteIfExists(Database.dataFile(base));
            try (AppContext ctx = new AppContext(Database.create(base))) {
                ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
                ImportOptions dryRun = new ImportOptions(false, true, true, Optional.empty(), Optional.empty(), today);
                long d0 = System.nanoTime();
                ctx.memberImport().importFile(file, dryRun);
                long d1 = System.nanoTime();
                long e1 = cpu();
                last = ctx.memberImport().importFile(file, ImportOptions.defaults(today));
                long d2 = System.nanoTime();
                fullCpu = (cpu() - e1) / 1e6;
                dry = (d1 - d0) / 1e6;
                full = (d2 - d1) / 1e6;
            }
            long size = Files.size(Database.dataFile(base));
            Files.deleteIfExists(Database.dataFile(base));
            if (keep) {
                ms.computeIfAbsent("POI alone (WorkbookFactory.create + every cell)", k -> new ArrayList<>()).add((t1 - t0) / 1e6);
                ms.computeIfAbsent("SheetReader.read (the import's own reading)", k -> new ArrayList<>()).add((t2 - t1) / 1e6);
                ms.computeIfAbsent("importFile --dry-run (read + validate + match, no write)", k -> new ArrayList<>()).add(dry);
                ms.computeIfAbsent("**importFile** (read + validate + write, all or nothing)", k -> new ArrayList<>()).add(full);
                ms.computeIfAbsent("database file after the import, KiB", k -> new ArrayList<>()).add(size / 1024.0);
                ms.computeIfAbsent(POI_CPU, k -> new ArrayList<>()).add((c1 - c0) / 1e6);
                ms.computeIfAbsent(READ_CPU, k -> new ArrayList<>()).add((c2 - c1) / 1e6);
                ms.computeIfAbsent(IMPORT_CPU, k -> new ArrayList<>()).add(fullCpu);
            }
            System.out.printf(Locale.ROOT, "import round %d: poi %.0f ms (cpu %.0f), read %.0f ms, dry %.0f ms, import %.0f ms"
                    + " (cpu %.0f)%n", r, (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6, dry, full, fullCpu);
        }
        if (last == null || last.imported() != rows || last.hasErrors() || !last.written()) {
            throw new IllegalStateException("import did not write all rows: " + (last == null ? null
                    : last.imported() + " imported, problems " + last.problems().stream().limit(5).toList()));
        }
        report.append(String.format(Locale.ROOT, "%n#### Import of a %,d-row .xlsx (20 columns, %d KiB), %d interleaved rounds after %d warm-up%n%n",
                rows, Files.size(file) / 1024, rounds, warm));
        report.append("| step | median / min / p95 ms |\n|---|---|\n");
        for (var e : ms.entrySet()) {
            report.append("| ").append(e.getKey()).append(" | ").append(Stats.of(KeystrokeBench.toArray(e.getValue())).fmt()).append(" |\n");
        }
        List<Double> poi = ms.get("POI alone (WorkbookFactory.create + every cell)");
        List<Double> imp = ms.get("**importFile** (read + validate + write, all or nothing)");
        double[] ratios = new double[poi.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = imp.get(i) / poi.get(i);
        }
        Stats rs = Stats.of(ratios);
        List<Double> poiCpu = ms.get(POI_CPU);
        List<Double> impCpu = ms.get(IMPORT_CPU);
        double[] cpuRatios = new double[poiCpu.size()];
        for (int i = 0; i < cpuRatios.length; i++) {
            cpuRatios[i] = impCpu.get(i) / poiCpu.get(i);
        }
        report.append(String.format(Locale.ROOT, "%nImport ÷ POI alone, same round: median **%.2f×**, min %.2f×, max %.2f×; "
                + "ratio of medians %.2f×. Last import: %,d imported, %d cells created, written=%s.%n",
                rs.median(), rs.min(), ratios.length == 0 ? 0 : Arrays.stream(ratios).max().getAsDouble(),
                Stats.of(KeystrokeBench.toArray(imp)).median() / Stats.of(KeystrokeBench.toArray(poi)).median(),
                last.imported(), last.cellsCreated().size(), last.written()));
        report.append(String.format(Locale.ROOT, "Import ÷ POI alone in process CPU time, same round: median **%.2f×**.%n",
                Stats.of(cpuRatios).median()));
        // issue 8: the import against its own streaming read of the same file (SheetReader.read), same round
        List<Double> read = ms.get(READ);
        List<Double> readCpu = ms.get(READ_CPU);
        double[] vsRead = new double[read.size()];
        double[] vsReadCpu = new double[read.size()];
        for (int i = 0; i < vsRead.length; i++) {
            vsRead[i] = imp.get(i) / read.get(i);
            vsReadCpu[i] = impCpu.get(i) / readCpu.get(i);
        }
        Stats vr = Stats.of(vsRead);
        report.append(String.format(Locale.ROOT, "Import ÷ its own streaming read (SheetReader.read), same round: median **%.2f×** "
                + "(min %.2f×, max %.2f×); in process CPU time: median **%.2f×**.%n", vr.median(), vr.min(),
                Arrays.stream(vsRead).max().orElse(0), Stats.of(vsReadCpu).median()));
    }

    private static final String POI_CPU = "POI alone, process CPU ms";
    private static final String READ = "SheetReader.read (the import's own reading)";
    private static final String READ_CPU = "SheetReader.read, process CPU ms";
    private static final String IMPORT_CPU = "importFile (all or nothing), process CPU ms";
}
