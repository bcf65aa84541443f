package vn.dangvu.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import vn.dangvu.common.AppException;

/// Reads the sheets of an .xlsx/.xlsm file by streaming their XML (POI's event API) instead of building POI's
/// object model of the whole workbook: the import of a 10,000-row list reads it in a fraction of the time
/// `WorkbookFactory` takes and in a fraction of the memory (docs/benchmarks.md, issue 3). Cells come out as
/// [SheetReader] builds them from the object model: cached formula results, real dates for date-formatted
/// numbers, numbers formatted as Excel shows them, booleans as true/false, errors as formula errors; merged
/// ranges are returned for the caller to fill.
final class XlsxStream implements AutoCloseable {

    /// One sheet as read: its rows (row 0 = the first row of the sheet) and merged ranges.
    record RawSheet(String name, List<List<CellValue>> rows, List<CellRangeAddress> merged) {
    }

    /// Thrown from the SAX handler when the sheet has more rows than any commune list (stops reading at once).
    private static final class TooManyRows extends SAXException {
        final int rows;

        TooManyRows(int rows) {
            super("too many rows: " + rows);
            this.rows = rows;
        }
    }

    /// A limit of [SheetReader] reached while parsing: the message to show; parsing stops at once.
    private static final class Stop extends SAXException {
        final transient AppException problem;

        Stop(AppException problem) {
            super(problem.key());
            this.problem = problem;
        }
    }

    /// A limit of [SheetReader] reached (too many cells, too much text, a cell too long…): [#problem] says which.
    static final class LimitReached extends RuntimeException {
        final transient AppException problem;

        LimitReached(AppException problem) {
            super(problem.key(), problem);
            this.problem = problem;
        }
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<String> strings;
    private final StylesTable styles;
    private final boolean date1904;

    XlsxStream(Path file) throws IOException, OpenXML4JException, SAXException {
        this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            this.reader = new XSSFReader(pkg);
            this.strings = sharedStrings(reader, file.getFileName().toString());
            this.styles = reader.getStylesTable();
            this.date1904 = uses1904(reader);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    /// The sheets in workbook order, each read only when the iteration reaches it; `maxRows` stops a sheet that
    /// is longer with an "import.file.tooManyRows" error.
    Iterable<RawSheet> sheets(int maxRows) {
        return () -> new Iterator<>() {
            private final XSSFReader.SheetIterator it;

            {
                try {
                    it = (XSSFReader.SheetIterator) reader.getSheetsData();
                } catch (IOException | OpenXML4JException e) {
                    throw new POIXMLException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public RawSheet next() {
                try (InputStream in = it.next()) {
                    return read(it.getSheetName(), in, maxRows);
                } catch (IOException e) {
                    throw new POIXMLException(e);
                }
            }
        };
    }

    private RawSheet read(String name, InputStream in, int maxRows) throws IOException {
        Handler h = new Handler(name, maxRows);
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(h);
            xml.parse(new InputSource(in));
        } catch (TooManyRows e) {
            throw new SheetTooLong(name, e.rows);
        } catch (Stop e) {
            throw new LimitReached(e.problem);
        } catch (SAXException | ParserConfigurationException e) {
            throw new POIXMLException(e);
        }
        return new RawSheet(name, h.rows, h.merged);
    }

    /// A sheet longer than the limit: its name and the row count reached.
    static final class SheetTooLong extends RuntimeException {
        final String sheet;
        final int rows;

        SheetTooLong(String sheet, int rows) {
            super(sheet + ": " + rows + " rows");
            this.sheet = sheet;
            this.rows = rows;
        }

        AppException toAppException(int max) {
            return new AppException(this, "import.file.tooManyRows", sheet, rows, max);
        }
    }

    @Override
    public void close() {
        pkg.revert(); // opened read-only: nothing to save
    }

    /// The shared strings as plain text: each `si` is its `t`, or its runs' `t`s joined; phonetic guides (`rPh`)
    /// are left out and Excel's `_xHHHH_` escapes decoded, as POI's own tables give them. (POI's read-only table
    /// builds an XMLBeans rich-text object on every lookup: 40 % of the reading time of a 10,000-row list.)
    private static List<String> sharedStrings(XSSFReader reader, String fileName) throws IOException, OpenXML4JException, SAXException {
        List<String> out = new ArrayList<>();
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (InvalidFormatException | IllegalArgumentException e) {
            return out; // a workbook without shared strings (inline strings only)
        }
        if (data == null) {
            return out;
        }
        try (InputStream in = data) {
            XMLReader xml = XMLHelper.newXMLReader();
            StringBuilder text = new StringBuilder();
            xml.setContentHandler(new DefaultHandler() {
                private boolean inT;
                private int phonetic;
                private long chars;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes a) {
                    switch (localName) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic++;
                        case "t" -> inT = phonetic == 0;
                        default -> { }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) throws SAXException {
                    switch (localName) {
                        case "si" -> {
                            out.add(decodeEscapes(text));
                            if (out.size() > SheetReader.MAX_CELLS) {
                                throw new Stop(new AppException("import.file.tooManyCells", fileName, SheetReader.MAX_CELLS));
                            }
                        }
                        case "rPh" -> phonetic--;
                        case "t" -> inT = false;
                        default -> { }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) throws SAXException {
                    if (inT) {
                        text.append(ch, start, length);
                        chars += length;
                        if (chars > SheetReader.MAX_TEXT_CHARS) {
                            // a "zip bomb": a few MB of zip holding gigabytes of text
                            throw new Stop(new AppException("import.file.tooMuchText", fileName, SheetReader.MAX_TEXT_CHARS));
                        }
                        if (text.length() > SheetReader.MAX_CELL_CHARS) {
                            throw new Stop(new AppException("import.file.stringTooLong", fileName, out.size() + 1,
                                    SheetReader.MAX_CELL_CHARS));
                        }
                    }
                }
            });
            xml.parse(new InputSource(in));
        } catch (Stop e) {
            throw new LimitReached(e.problem);
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
        return out;
    }

    /// "_x000D_" → carriage return: how Excel writes characters XML cannot hold.
    static String decodeEscapes(CharSequence s) {
        String str = s.toString();
        if (!str.contains("_x")) {
            return str;
        }
        return Pattern.compile("_x([0-9A-Fa-f]{4})_").matcher(str)
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    private static boolean uses1904(XSSFReader reader) throws IOException, OpenXML4JException {
        try (InputStream in = reader.getWorkbookData()) {
            String head = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
            int at = head.indexOf("date1904=\"");
            return at >= 0 && (head.startsWith("1", at + 10) || head.startsWith("true", at + 10));
        }
    }

    /// The SAX handler of one sheet's XML (worksheet part: sheetData/row/c with v, is/t, f; mergeCells).
    private final class Handler extends DefaultHandler {

        final List<List<CellValue>> rows = new ArrayList<>();
        final List<CellRangeAddress> merged = new ArrayList<>();
        private final String sheetName;
        private final int maxRows;
        private final DataFormatter fmt = new DataFormatter(Locale.ROOT);
        private final Map<Integer, Format> formats = new HashMap<>();
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private final StringBuilder formulaText = new StringBuilder();
        private List<CellValue> row;
        private int rowIndex;
        private int cells;
        private int nextRow;
        private int col;
        private String type;
        private int style;
        private boolean formula;
        private boolean inValue;
        private boolean inInlineText;
        private boolean inFormula;

        Handler(String sheetName, int maxRows) {
            this.sheetName = sheetName;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = a.getValue("r");
                    // a row is kept only once a cell of it holds something: a million formatted but empty rows
                    // (row elements with a style and no value) cost neither memory nor the row limit
                    rowIndex = r == null ? nextRow : Integer.parseInt(r) - 1;
                    row = null;
                    nextRow = rowIndex + 1;
                    col = 0;
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    if (ref != null) {
                        col = new CellReference(ref).getCol();
                    }
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    value.setLength(0);
                    inline.setLength(0);
                    formulaText.setLength(0);
                }
                case "v" -> inValue = true;
                case "t" -> inInlineText = "inlineStr".equals(type);
                case "f" -> {
                    formula = true;
                    inFormula = true;
                }
                case "mergeCell" -> {
                    String ref = a.getValue("ref");
                    if (ref != null && ref.contains(":")) {
                        merged.add(CellRangeAddress.valueOf(ref));
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            StringBuilder to = inValue ? value : inInlineText ? inline : inFormula ? formulaText : null;
            if (to != null) {
                to.append(ch, start, length);
                if (to.length() > SheetReader.MAX_CELL_CHARS) {
                    throw new Stop(new AppException("import.sheet.cellTooLong", sheetName, rowIndex + 1, ImportProblem.columnName(col),
                            SheetReader.MAX_CELL_CHARS));
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "f" -> inFormula = false;
                case "c" -> {
                    CellValue v = cell();
                    if (v != CellValue.EMPTY) {
                        add(v);
                    }
                    col++;
                }
                default -> { }
            }
        }

        /// Keeps a cell that holds something, within the limits of [SheetReader].
        private void add(CellValue v) throws SAXException {
            if (rowIndex + 1 > maxRows) {
                throw new TooManyRows(rowIndex + 1);
            }
            if (col >= SheetReader.MAX_COLUMNS) {
                throw new Stop(new AppException("import.sheet.tooManyColumns", sheetName, rowIndex + 1, ImportProblem.columnName(col),
                        SheetReader.MAX_COLUMNS));
            }
            if (++cells > SheetReader.MAX_CELLS) {
                throw new Stop(new AppException("import.file.tooManyCells", sheetName, SheetReader.MAX_CELLS));
            }
            if (row == null) {
                while (rows.size() < rowIndex) {
                    rows.add(new ArrayList<>(0));
                }
                row = new ArrayList<>();
                rows.add(row);
            }
            while (row.size() < col) {
                row.add(CellValue.EMPTY);
            }
            row.add(v);
        }

        private CellValue cell() {
            String v = value.toString();
            if (type == null || "n".equals(type)) {
                return v.isEmpty() ? CellValue.EMPTY : number(v);
            }
            return switch (type) {
                case "s" -> v.isEmpty() ? CellValue.EMPTY : CellValue.text(strings.get(Integer.parseInt(v.trim())));
                case "inlineStr" -> CellValue.text(decodeEscapes(inline));
                case "str" -> CellValue.text(decodeEscapes(v));
                case "b" -> CellValue.text(String.valueOf("1".equals(v.trim()) || "true".equalsIgnoreCase(v.trim())));
                // as SheetReader shows it from the object model: "=1/0 → #DIV/0!", or the error code alone
                case "e" -> CellValue.formulaError(formula && !formulaText.isEmpty() ? "=" + formulaText + " → " + v : v);
                case "d" -> isoDate(v);
                default -> CellValue.text(v);
            };
        }

        private CellValue number(String v) {
            double d;
            try {
                d = Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                return CellValue.text(v);
            }
            Format f = formats.computeIfAbsent(style, this::format);
            if (f.date() && ImportDates.excelPhantomDay(d, date1904)) {
                return CellValue.text(ImportDates.EXCEL_PHANTOM_DAY);
            }
            if (f.date() && DateUtil.isValidExcelDate(d)) {
                LocalDate day = DateUtil.getLocalDateTime(d, date1904).toLocalDate();
                return CellValue.date(day, day.toString());
            }
            return CellValue.text(fmt.formatRawCellContents(d, f.index(), f.pattern()));
        }

        private Format format(int styleIndex) {
            XSSFCellStyle s = styleIndex < styles.getNumCellStyles() ? styles.getStyleAt(styleIndex) : null;
            if (s == null) {
                return new Format(0, "General", false);
            }
            int index = s.getDataFormat();
            String pattern = s.getDataFormatString();
            return new Format(index, pattern == null ? "General" : pattern, DateUtil.isADateFormat(index, pattern));
        }

        private static CellValue isoDate(String v) {
            try {
                LocalDate day = LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
                return CellValue.date(day, day.toString());
            } catch (DateTimeParseException e) {
                return CellValue.text(v);
            }
        }
    }

    private record Format(int index, String pattern, boolean date) {
    }
}
