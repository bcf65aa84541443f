package vn.dangvu.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.RecordFormatException;
import org.xml.sax.SAXException;

import vn.dangvu.common.AppException;

/// Reads the member list a commune keeps in Excel (.xlsx, .xls) or CSV into rows of [CellValue]s.
/// Picks the first sheet that has a recognisable header row; merged cells carry their value into every
/// cell they cover; formulas give their cached result; legacy-font text is converted to Unicode.
public final class SheetReader {

    /// More rows than any commune has; protects memory against a wrong file.
    public static final int MAX_ROWS = 100_000;
    private static final int HEADER_SCAN_ROWS = 30;

    private SheetReader() {
    }

    public static SheetData read(Path file) throws AppException {
        if (!Files.isRegularFile(file)) {
            throw new AppException("import.file.notFound", file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(file);
        }
        if (!(name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm"))) {
            throw new AppException("import.file.unsupported", file.getFileName());
        }
        return readWorkbook(file);
    }

    private static SheetData readWorkbook(Path file) throws AppException {
        try {
            if (Files.size(file) == 0) {
                // a zero-byte .xlsx (a copy cut short, a file saved by nothing): POI says EmptyFileException
                throw new AppException("import.file.empty", file.getFileName());
            }
        } catch (IOException e) {
            throw new AppException(e, "import.file.corrupt", file.getFileName());
        }
        if (!Files.isReadable(file)) {
            throw new AppException("import.file.noPermission", file);
        }
        return isZip(file) ? readXlsx(file) : readObjectModel(file);
    }

    /// Through POI's object model (WorkbookFactory): .xls, a password-protected workbook (an OLE2 container, also
    /// for .xlsx) or not a workbook at all. Tests also read .xlsx files this way to compare with [#readXlsx].
    static SheetData readObjectModel(Path file) throws AppException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            int[] next = {0};
            return choose(file, () -> {
                if (next[0] >= wb.getNumberOfSheets()) {
                    return null;
                }
                Sheet sheet = wb.getSheetAt(next[0]++);
                if (sheet.getLastRowNum() + 1 > MAX_ROWS + HEADER_SCAN_ROWS) {
                    throw new AppException("import.file.tooManyRows", sheet.getSheetName(), sheet.getLastRowNum() + 1, MAX_ROWS);
                }
                return readSheet(sheet, fmt);
            });
        } catch (EncryptedDocumentException e) {
            throw new AppException(e, "import.file.encrypted", file.getFileName());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new AppException(e, isHtml(file) ? "import.file.html" : "import.file.corrupt", file.getFileName());
        } catch (POIXMLException | InvalidOperationException | RecordFormatException | RecordInputStream.LeftoverDataException
                 | IndexOutOfBoundsException | BufferUnderflowException | NoSuchElementException e) {
            // How POI reports a damaged .xlsx/.xls (seen on truncated and byte-damaged copies of the import corpus)
            throw new AppException(e, "import.file.corrupt", file.getFileName());
        }
    }

    private static boolean isZip(Path file) throws AppException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return FileMagic.valueOf(in) == FileMagic.OOXML;
        } catch (IOException e) {
            throw new AppException(e, "import.file.corrupt", file.getFileName());
        }
    }

    /// .xlsx/.xlsm by streaming their XML ([XlsxStream]): much faster than the object model, same cells.
    static SheetData readXlsx(Path file) throws AppException {
        try (XlsxStream x = new XlsxStream(file)) {
            Iterator<XlsxStream.RawSheet> it = x.sheets(MAX_ROWS + HEADER_SCAN_ROWS).iterator();
            return choose(file, () -> {
                if (!it.hasNext()) {
                    return null;
                }
                XlsxStream.RawSheet sheet = it.next();
                fillMerged(sheet.rows(), sheet.merged());
                return toUnicode(sheet.name(), sheet.rows());
            });
        } catch (XlsxStream.SheetTooLong e) {
            throw e.toAppException(MAX_ROWS);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            // POI's package and event readers fail on damaged zips in many ways, down to a NullPointerException for
            // a missing workbook part (DamagedWorkbookTest); every valid file reads as the object model reads it
            // (XlsxStreamTest), so what fails here is the file
            throw new AppException(e, "import.file.corrupt", file.getFileName());
        }
    }

    /// The next sheet of a workbook, read when asked for; null after the last one.
    @FunctionalInterface
    private interface NextSheet {
        SheetData next() throws AppException;
    }

    /// The first sheet with a recognisable header row, else the first non-empty one; the sheets after the one
    /// chosen are not read.
    private static SheetData choose(Path file, NextSheet sheets) throws AppException {
        SheetData firstNonEmpty = null;
        for (SheetData data = sheets.next(); data != null; data = sheets.next()) {
            if (HeaderMatcher.findHeaderRow(texts(data.rows(), HEADER_SCAN_ROWS)).isPresent()) {
                return data;
            }
            if (firstNonEmpty == null && data.rows().stream().anyMatch(r -> r.stream().anyMatch(c -> !c.blank()))) {
                firstNonEmpty = data;
            }
        }
        if (firstNonEmpty == null) {
            throw new AppException("import.file.empty", file.getFileName());
        }
        return firstNonEmpty;
    }

    /// A web page saved with an .xls name, as some web tools export "Excel" lists.
    private static boolean isHtml(Path file) {
        try {
            return FileMagic.valueOf(file.toFile()) == FileMagic.HTML;
        } catch (IOException e) {
            return false;
        }
    }

    private static SheetData readSheet(Sheet sheet, DataFormatter fmt) {
        List<List<CellValue>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<CellValue> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(value(row.getCell(c), fmt));
                }
            }
            rows.add(cells);
        }
        fillMerged(rows, sheet.getMergedRegions());
        return toUnicode(sheet.getSheetName(), rows);
    }

    /// Every cell of a merged range shows the value of its top-left cell (titles and grouped cells).
    private static void fillMerged(List<List<CellValue>> rows, List<CellRangeAddress> regions) {
        Map<Long, CellValue> merged = new HashMap<>();
        for (CellRangeAddress region : regions) {
            if (region.getFirstRow() >= rows.size()) {
                continue;
            }
            CellValue top = get(rows, region.getFirstRow(), region.getFirstColumn());
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    merged.put(((long) r << 20) | c, top);
                }
            }
        }
        for (var e : merged.entrySet()) {
            int r = (int) (e.getKey() >> 20);
            int c = (int) (e.getKey() & 0xFFFFF);
            List<CellValue> row = rows.get(r);
            while (row.size() <= c) {
                row.add(CellValue.EMPTY);
            }
            row.set(c, e.getValue());
        }
    }

    private static CellValue get(List<List<CellValue>> rows, int r, int c) {
        List<CellValue> row = rows.get(r);
        return c < row.size() ? row.get(c) : CellValue.EMPTY;
    }

    private static CellValue value(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return CellValue.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                double v = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && ImportDates.excelPhantomDay(v, false)) {
                    yield CellValue.text(ImportDates.EXCEL_PHANTOM_DAY);
                }
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(v)) {
                    LocalDate d = DateUtil.getJavaDate(v).toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
                    yield CellValue.date(d, d.toString());
                }
                yield CellValue.text(fmt.formatRawCellContents(v, cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString()));
            }
            case STRING -> CellValue.text(cell.getStringCellValue());
            case BOOLEAN -> CellValue.text(String.valueOf(cell.getBooleanCellValue()));
            case ERROR -> CellValue.formulaError(errorText(cell));
            default -> CellValue.EMPTY;
        };
    }

    /// What Excel shows in the cell ("#DIV/0!"), after its formula when there is one: "=1/0 → #DIV/0!".
    private static String errorText(Cell cell) {
        byte code = cell.getErrorCellValue();
        String shown = FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERR";
        return cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula() + " → " + shown : shown;
    }

    /// Converts legacy-font text to Unicode: with the file's encoding when the file is clearly in one,
    /// else cell by cell. Counts the converted cells.
    private static SheetData toUnicode(String sheetName, List<List<CellValue>> rows) {
        List<String> texts = new ArrayList<>();
        for (List<CellValue> row : rows) {
            for (CellValue c : row) {
                if (c.date().isEmpty() && !c.error()) {
                    texts.add(withoutZeroWidth(c.text()));
                }
            }
        }
        LegacyVietnamese.Encoding fileEncoding = LegacyVietnamese.detect(texts);
        int[] legacy = new int[2];
        List<List<CellValue>> out = new ArrayList<>(rows.size());
        for (List<CellValue> row : rows) {
            List<CellValue> converted = new ArrayList<>(row.size());
            for (CellValue c : row) {
                if (c.date().isPresent() || c.error() || c.text().isEmpty()) {
                    converted.add(c);
                    continue;
                }
                String raw = withoutZeroWidth(c.text());
                LegacyVietnamese.Result r = fileEncoding == LegacyVietnamese.Encoding.UNICODE
                        ? LegacyVietnamese.toUnicode(raw)
                        : new LegacyVietnamese.Result(fileEncoding, LegacyVietnamese.decode(raw, fileEncoding));
                if (!r.text().equals(raw) && r.encoding() != LegacyVietnamese.Encoding.UNICODE) {
                    legacy[r.encoding() == LegacyVietnamese.Encoding.TCVN3 ? 0 : 1]++;
                }
                converted.add(CellValue.text(r.text()));
            }
            out.add(converted);
        }
        return new SheetData(sheetName, out, legacy[0], legacy[1]);
    }

    /// Drops zero-width characters and BOMs, which Excel shows as nothing: "Hu\u200Bệ" is "Huệ", not "Hu ệ".
    /// The soft hyphen stays: TCVN3 text uses it for "ư".
    static String withoutZeroWidth(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean zeroWidth = c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
            if (zeroWidth && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!zeroWidth && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static List<List<String>> texts(List<List<CellValue>> rows, int max) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < Math.min(max, rows.size()); r++) {
            out.add(rows.get(r).stream().map(CellValue::text).toList());
        }
        return out;
    }

    private static SheetData readCsv(Path file) throws AppException {
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new AppException(e, "import.file.corrupt", file.getFileName());
        }
        char sep = separator(text);
        List<List<CellValue>> rows = new ArrayList<>();
        List<CellValue> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int quoteStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
                quoteStart = i;
            } else if (ch == sep) {
                row.add(CellValue.text(cell.toString()));
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(CellValue.text(cell.toString()));
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > MAX_ROWS + HEADER_SCAN_ROWS) {
                    throw new AppException("import.file.tooManyRows", file.getFileName(), rows.size(), MAX_ROWS);
                }
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            // the rest of the file would silently become one cell, and the rows in it would be lost
            throw new AppException("import.file.csvQuote", file.getFileName(), lineOf(text, quoteStart));
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(CellValue.text(cell.toString()));
            rows.add(row);
        }
        if (rows.stream().allMatch(r -> r.stream().allMatch(CellValue::blank))) {
            throw new AppException("import.file.empty", file.getFileName());
        }
        return toUnicode(file.getFileName().toString(), rows);
    }

    /// 1-based line of the text at a position.
    private static int lineOf(String text, int pos) {
        int line = 1;
        for (int i = 0; i < pos; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    /// UTF-8 (with or without BOM) or UTF-16 with BOM; else Windows-1258 (the Vietnamese code page) when that
    /// reads as Vietnamese; anything else is read as Windows-1252, the code page Excel used for files typed with
    /// legacy Vietnamese fonts (converted afterwards).
    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            String cp1252 = new String(b, Charset.forName("windows-1252"));
            String cp1258 = new String(b, Charset.forName("windows-1258"));
            String composed = Normalizer.normalize(cp1258, Normalizer.Form.NFC);
            return !cp1258.equals(cp1252) && isVietnamese(composed) ? composed : cp1252;
        }
    }

    /// Windows-1258 writes tone marks as separate combining characters: in Vietnamese text every one of them
    /// composes with the vowel before it, and no TCVN3/VNI symbol (U+00A0..U+00BF, foreign letters) remains.
    private static boolean isVietnamese(String composed) {
        for (int i = 0; i < composed.length(); i++) {
            if (Character.getType(composed.charAt(i)) == Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return LegacyVietnamese.implausibility(composed) == 0;
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int commas = count(first, ',');
        int semis = count(first, ';');
        int tabs = count(first, '\t');
        if (tabs > commas && tabs > semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
