package vn.dangvu.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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

    // Limits that keep an import's memory bounded whatever the file: the largest file they let through reads in a
    // 256 MB heap (ImportMemoryTest runs the readers in a child JVM with -Xmx256m). A file beyond one of them stops
    // as soon as the limit is reached, with a Vietnamese message naming the limit (and the cell when it is a cell's).

    /// Rows of a sheet or CSV file that hold something (formatted but empty rows do not count): more than any commune has.
    public static final int MAX_ROWS = 100_000;
    /// Columns: a member list has a few dozen.
    public static final int MAX_COLUMNS = 1_000;
    /// Cells holding something, merged ranges filled in: 50 columns of a 20,000-row list.
    public static final int MAX_CELLS = 1_000_000;
    /// Characters of text in the whole file (an .xlsx's shared-string table, a CSV's cells): 24 per cell of [#MAX_CELLS].
    public static final long MAX_TEXT_CHARS = 24_000_000;
    /// Characters of one cell: Excel's own limit.
    public static final int MAX_CELL_CHARS = 32_767;
    /// Bytes of a CSV or .xls file (an .xlsx is compressed: its text is limited by [#MAX_TEXT_CHARS]).
    public static final long MAX_FILE_BYTES = 64L << 20;
    private static final int HEADER_SCAN_ROWS = 30;
    private static final int SNIFF_BYTES = 1 << 20;

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
        if (isZip(file)) {
            return readXlsx(file);
        }
        try {
            // POI's object model holds the whole .xls in memory: its size is the bound
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(file, size);
            }
        } catch (IOException e) {
            throw new AppException(e, "import.file.corrupt", file.getFileName());
        }
        return readObjectModel(file);
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
        } catch (XlsxStream.LimitReached e) {
            throw e.problem;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            // POI's package and event readers fail on damaged zips in many ways, down to a NullPointerException for
            // a missing workbook part (DamagedWorkbookTest); every valid file reads as the object model reads it
            // (XlsxStreamTest), so what fails here is the file. POI refuses a part that inflates more than 100-fold
            // ("Zip bomb detected!"): that one is said as the text limit.
            throw new AppException(e, zipBomb(e) ? "import.file.tooMuchText" : "import.file.corrupt", file.getFileName(),
                    MAX_TEXT_CHARS);
        }
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
                return true;
            }
        }
        return false;
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

    private static SheetData readSheet(Sheet sheet, DataFormatter fmt) throws AppException {
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

    /// Every cell of a merged range shows the value of its top-left cell (titles and grouped cells). A range is clipped to
    /// the used range (the rows read, the widest row): a title merged over `A2:XFD5001` fills the columns that hold
    /// something, not 80 million cells. A range whose top-left cell is blank fills nothing.
    private static void fillMerged(List<List<CellValue>> rows, List<CellRangeAddress> regions) throws AppException {
        int width = 0;
        for (List<CellValue> row : rows) {
            width = Math.max(width, row.size());
        }
        long filled = 0;
        for (CellRangeAddress region : regions) {
            if (region.getFirstRow() >= rows.size() || region.getFirstColumn() >= width) {
                continue;
            }
            CellValue top = get(rows, region.getFirstRow(), region.getFirstColumn());
            if (top.blank()) {
                continue;
            }
            int lastRow = Math.min(region.getLastRow(), rows.size() - 1);
            int lastCol = Math.min(region.getLastColumn(), width - 1);
            filled += (long) (lastRow - region.getFirstRow() + 1) * (lastCol - region.getFirstColumn() + 1);
            if (filled > MAX_CELLS) {
                throw new AppException("import.file.tooManyCells", region.formatAsString(), MAX_CELLS);
            }
            for (int r = region.getFirstRow(); r <= lastRow; r++) {
                List<CellValue> row = rows.get(r);
                while (row.size() <= lastCol) {
                    row.add(CellValue.EMPTY);
                }
                for (int c = region.getFirstColumn(); c <= lastCol; c++) {
                    row.set(c, top);
                }
            }
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

    /// How one cell's text reads on its own ([#toUnicode]).
    private static final byte NEUTRAL = 0;
    private static final byte UNICODE = 1;
    private static final byte TCVN3 = 2;
    private static final byte VNI = 3;
    private static final byte AMBIGUOUS = 4;

    /// Converts legacy-font text to Unicode. A file that is clearly in one legacy encoding (some cells clearly in it,
    /// none with a letter only Unicode has) is converted as a whole. Otherwise (a Unicode header above rows typed in
    /// .VnTime, lists pasted together) each cell that reads clearly as TCVN3, VNI or Unicode keeps its own reading, and
    /// a short cell that reads both ways ("N÷" is "Nữ" in TCVN3 and also a valid Unicode string; "Chi bé", "Khoâng")
    /// follows its neighbours: the majority of the clear cells of its row, else of its column, else of the file.
    /// Counts the converted cells.
    private static SheetData toUnicode(String sheetName, List<List<CellValue>> rows) {
        int n = rows.size();
        byte[][] kind = new byte[n][];
        LegacyVietnamese.Result[][] own = new LegacyVietnamese.Result[n][];
        int[] file = new int[4];
        int width = 0;
        for (int r = 0; r < n; r++) {
            List<CellValue> row = rows.get(r);
            width = Math.max(width, row.size());
            kind[r] = new byte[row.size()];
            for (int c = 0; c < row.size(); c++) {
                CellValue v = row.get(c);
                if (v.date().isPresent() || v.error() || v.text().isEmpty() || isAscii(v.text())) {
                    continue;
                }
                String raw = withoutZeroWidth(v.text());
                byte k;
                if (LegacyVietnamese.hasUnicodeOnlyLetter(raw)) {
                    k = UNICODE;
                } else {
                    LegacyVietnamese.Result res = LegacyVietnamese.toUnicode(raw);
                    if (res.encoding() != LegacyVietnamese.Encoding.UNICODE) {
                        if (own[r] == null) {
                            own[r] = new LegacyVietnamese.Result[row.size()];
                        }
                        own[r][c] = res;
                        k = res.encoding() == LegacyVietnamese.Encoding.TCVN3 ? TCVN3 : VNI;
                    } else {
                        k = LegacyVietnamese.readsAsLegacy(raw) ? AMBIGUOUS : NEUTRAL;
                    }
                }
                kind[r][c] = k;
                file[k == AMBIGUOUS ? 0 : k]++;
            }
        }
        file[NEUTRAL] = 0;
        byte fileVote = vote(file);
        boolean wholeFile = file[UNICODE] == 0 && fileVote != NEUTRAL;
        byte[] rowVotes = new byte[n];
        for (int r = 0; r < n; r++) {
            int[] counts = new int[4];
            for (byte k : kind[r]) {
                if (k != NEUTRAL && k != AMBIGUOUS) {
                    counts[k]++;
                }
            }
            rowVotes[r] = vote(counts);
        }
        // a column reads as most of its legacy-looking cells were decided (by themselves or by their row): a Unicode
        // header above a .VnTime column of "N÷" and "Nam" does not outvote the rows
        int[][] columns = new int[width][4];
        for (int r = 0; r < n; r++) {
            if (!tableRow(rows.get(r))) {
                continue; // a title merged over the columns, a footer line: not a vote in every column
            }
            for (int c = 0; c < kind[r].length; c++) {
                byte k = kind[r][c];
                byte decided = k == AMBIGUOUS ? rowVotes[r] : k;
                if (k != NEUTRAL && decided != NEUTRAL) {
                    columns[c][decided]++;
                }
            }
        }
        int[] legacy = new int[2];
        List<List<CellValue>> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            List<CellValue> row = rows.get(r);
            byte rowVote = rowVotes[r];
            List<CellValue> converted = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                CellValue v = row.get(c);
                byte k = kind[r][c];
                if (v.date().isPresent() || v.error() || v.text().isEmpty()) {
                    converted.add(v);
                    continue;
                }
                if ((k == NEUTRAL && !wholeFile) || k == UNICODE) {
                    String raw = withoutZeroWidth(v.text());
                    String text = isAscii(raw) || Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw
                            : Normalizer.normalize(raw, Normalizer.Form.NFC);
                    converted.add(text == v.text() ? v : CellValue.text(text));
                    continue;
                }
                String raw = withoutZeroWidth(v.text());
                byte use;
                if (wholeFile) {
                    use = fileVote;
                } else if (k == AMBIGUOUS) {
                    byte colVote = vote(columns[c]);
                    use = rowVote != NEUTRAL ? rowVote : colVote != NEUTRAL ? colVote : fileVote;
                } else {
                    use = k;
                }
                String text;
                if (use == TCVN3 || use == VNI) {
                    LegacyVietnamese.Encoding e = use == TCVN3 ? LegacyVietnamese.Encoding.TCVN3 : LegacyVietnamese.Encoding.VNI;
                    LegacyVietnamese.Result mine = own[r] == null ? null : own[r][c];
                    text = mine != null && mine.encoding() == e ? mine.text() : LegacyVietnamese.decode(raw, e);
                    if (!text.equals(raw)) {
                        legacy[use == TCVN3 ? 0 : 1]++;
                    }
                } else {
                    text = LegacyVietnamese.decode(raw, LegacyVietnamese.Encoding.UNICODE);
                }
                converted.add(CellValue.text(text));
            }
            out.add(converted);
        }
        return new SheetData(sheetName, out, legacy[0], legacy[1]);
    }

    /// The reading most clear cells have (UNICODE, TCVN3 or VNI), NEUTRAL on a tie or with no clear cell.
    private static byte vote(int[] counts) {
        int u = counts[UNICODE];
        int t = counts[TCVN3];
        int v = counts[VNI];
        if (t > u && t >= v && t > 0) {
            return TCVN3;
        }
        if (v > u && v > t) {
            return VNI;
        }
        return u > Math.max(t, v) ? UNICODE : NEUTRAL;
    }

    /// A row of the table (header or member): at least three different texts.
    private static boolean tableRow(List<CellValue> row) {
        String first = null;
        String second = null;
        for (CellValue v : row) {
            if (v.blank() || v.text().equals(first) || v.text().equals(second)) {
                continue;
            }
            if (first == null) {
                first = v.text();
            } else if (second == null) {
                second = v.text();
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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

    /// Reads a CSV file as a stream: the file is never held whole in memory, and a file beyond the limits stops early.
    /// The encoding is UTF-8 (with or without BOM) or UTF-16 with BOM; a file that is not valid UTF-8 is read again
    /// from the start as Windows-1258 or Windows-1252 (decided on its first [#SNIFF_BYTES] as [#decode] decides).
    private static SheetData readCsv(Path file) throws AppException {
        long size;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new AppException(e, "import.file.corrupt", file.getFileName());
        }
        if (size > MAX_FILE_BYTES) {
            throw tooLarge(file, size);
        }
        List<List<CellValue>> rows;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            rows = parseCsv(file, StandardCharsets.UTF_8.newDecoder(), 3);
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            rows = parseCsv(file, StandardCharsets.UTF_16LE.newDecoder(), 2);
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            rows = parseCsv(file, StandardCharsets.UTF_16BE.newDecoder(), 2);
        } else {
            try {
                rows = parseCsv(file, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT), 0);
            } catch (NotUtf8 e) {
                String cp1252 = new String(head, Charset.forName("windows-1252"));
                String cp1258 = new String(head, Charset.forName("windows-1258"));
                boolean vietnamese = !cp1258.equals(cp1252) && isVietnamese(Normalizer.normalize(cp1258, Normalizer.Form.NFC));
                rows = parseCsv(file, Charset.forName(vietnamese ? "windows-1258" : "windows-1252").newDecoder(), 0);
            }
        }
        if (rows.stream().allMatch(r -> r.stream().allMatch(CellValue::blank))) {
            throw new AppException("import.file.empty", file.getFileName());
        }
        return toUnicode(file.getFileName().toString(), rows);
    }

    /// The file is not UTF-8: read it again with a single-byte code page.
    private static final class NotUtf8 extends RuntimeException {
        NotUtf8(Throwable cause) {
            super(cause);
        }
    }

    private static List<List<CellValue>> parseCsv(Path file, CharsetDecoder decoder, int skip) throws AppException {
        try (InputStream raw = Files.newInputStream(file)) {
            raw.skipNBytes(skip);
            return parseCsv(file, new BufferedReader(new InputStreamReader(raw, decoder), 1 << 16));
        } catch (CharacterCodingException e) {
            throw new NotUtf8(e);
        } catch (IOException e) {
            throw new AppException(e, "import.file.corrupt", file.getFileName());
        }
    }

    private static List<List<CellValue>> parseCsv(Path file, BufferedReader in) throws IOException, AppException {
        // the separator is the one the first line uses most
        in.mark(MAX_CELL_CHARS * 4);
        StringBuilder first = new StringBuilder();
        for (int ch = in.read(); ch >= 0 && ch != '\n' && first.length() < MAX_CELL_CHARS * 4 - 1; ch = in.read()) {
            first.append((char) ch);
        }
        in.reset();
        char sep = separator(first.toString());
        List<List<CellValue>> rows = new ArrayList<>();
        List<CellValue> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int quoteLine = 0;
        long chars = 0;
        int cells = 0;
        int pending = -1;
        while (true) {
            int ch = pending >= 0 ? pending : in.read();
            pending = -1;
            if (ch < 0) {
                break;
            }
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        pending = next;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append((char) ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else if (ch == sep) {
                cells += addCsvCell(file, row, cell, rows.size());
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int next = in.read();
                    if (next != '\n') {
                        pending = next;
                    }
                }
                line++;
                cells += addCsvCell(file, row, cell, rows.size());
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > MAX_ROWS + HEADER_SCAN_ROWS) {
                    throw new AppException("import.file.tooManyRows", file.getFileName(), rows.size(), MAX_ROWS);
                }
            } else {
                cell.append((char) ch);
            }
            if (cell.length() > MAX_CELL_CHARS) {
                throw new AppException("import.file.cellTooLong", file.getFileName(), rows.size() + 1,
                        ImportProblem.columnName(row.size()), MAX_CELL_CHARS);
            }
            if (++chars > MAX_TEXT_CHARS) {
                throw new AppException("import.file.tooMuchText", file.getFileName(), MAX_TEXT_CHARS);
            }
            if (cells > MAX_CELLS) {
                throw new AppException("import.file.tooManyCells", file.getFileName(), MAX_CELLS);
            }
        }
        if (quoted) {
            // the rest of the file would silently become one cell, and the rows in it would be lost
            throw new AppException("import.file.csvQuote", file.getFileName(), quoteLine);
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            addCsvCell(file, row, cell, rows.size());
            rows.add(row);
        }
        return rows;
    }

    /// Adds the cell read so far to the row; 1 when it holds text (counted against [#MAX_CELLS]).
    private static int addCsvCell(Path file, List<CellValue> row, StringBuilder cell, int rowIndex) throws AppException {
        if (row.size() >= MAX_COLUMNS) {
            throw new AppException("import.file.tooManyColumns", file.getFileName(), rowIndex + 1,
                    ImportProblem.columnName(row.size()), MAX_COLUMNS);
        }
        if (cell.isEmpty()) {
            row.add(CellValue.EMPTY);
            return 0;
        }
        row.add(CellValue.text(cell.toString()));
        cell.setLength(0);
        return 1;
    }

    static AppException tooLarge(Path file, long size) {
        return new AppException("import.file.tooLarge", file.getFileName(), (size + (1 << 19)) >> 20, MAX_FILE_BYTES >> 20);
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
