package vn.dangvu.importing.corpus;

import static vn.dangvu.importing.corpus.CorpusBook.dateFormula;
import static vn.dangvu.importing.corpus.CorpusBook.formula;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/// The rows of the corpus files. Data row i (1-based) of a file with [#TITLES] is sheet row 4 + i; the
/// expectations in `ImportCorpusTest` name sheet rows. All dates are before 2021, so "today" does not matter.
final class CorpusRows {

    static final List<String> TITLES = List.of("ĐẢNG BỘ XÃ PHÚ SƠN", "DANH SÁCH ĐẢNG VIÊN");
    /// Columns A..I.
    static final Object[] HEADER = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Ngày chính thức",
        "Số thẻ ĐV", "Chi bộ", "Ghi chú"};
    /// Columns A..J (J = CCCD).
    static final Object[] HEADER_CCCD = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Ngày chính thức",
        "Số thẻ ĐV", "Chi bộ", "Ghi chú", "Số CCCD"};

    /// Columns A..M: the free-text fields the import writes (I note, J phone, K address, L home town, M occupation).
    static final Object[] HEADER_TEXTS = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Ngày chính thức",
        "Số thẻ ĐV", "Chi bộ", "Ghi chú", "Điện thoại", "Nơi ở", "Quê quán", "Nghề nghiệp"};

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CorpusRows() {
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /// Row 5 updates the member the test database already holds (card S001); "chi bo thon dong" is the existing cell
    /// written without accents; "Chi bộ thôn Tây" is new.
    static Object[][] good() {
        return new Object[][] {
            {1, "Hoàng Văn Hải", d(1965, 3, 4), "Nam", d(1990, 5, 19), d(1991, 5, 19), "S001", "Chi bộ thôn Đông", "Đã có trong dữ liệu"},
            {2, "Nguyễn Văn An", "01/02/1970", "Nam", d(1995, 2, 3), d(1996, 2, 3), "A001", "Chi bộ thôn Đông", null},
            {3, "Trần Thị Ánh", "1982", "Nữ", "02/09/2010", "02/09/2011", "A002", "Chi bộ thôn Tây", "Chỉ biết năm sinh"},
            {4, "Lê Văn Ân", d(1990, 1, 1), "Nam", "19/5/2015", "19/5/2016", null, "Chi bộ thôn Tây", null},
            {5, "Phạm Thị Hương", "15.03.1980", "Nữ", "19/05/2005", "19/05/2006", "A003", "chi bo thon dong", null},
        };
    }

    /// The Chi bộ column is merged down over each cell's members; a printed page header repeats in the middle.
    static List<Object[]> mergedTitleRows() {
        return CorpusBook.rows(HEADER,
            new Object[] {1, "Đinh Văn Bắc", d(1968, 6, 10), "Nam", d(1992, 3, 3), d(1993, 3, 3), "M001", "Chi bộ thôn Bắc", null},
            new Object[] {2, "Đinh Thị Bình", d(1971, 7, 11), "Nữ", d(1996, 4, 4), d(1997, 4, 4), "M002", null, null},
            new Object[] {3, "Quách Văn Cần", d(1975, 8, 12), "Nam", d(2001, 5, 5), d(2002, 5, 5), "M003", null, null},
            HEADER,
            new Object[] {4, "Lò Văn Dìn", d(1979, 9, 13), "Nam", d(2004, 6, 6), d(2005, 6, 6), "M004", "Chi bộ thôn Nam", null},
            new Object[] {5, "Lò Thị Én", d(1983, 10, 14), "Nữ", d(2008, 7, 7), d(2009, 7, 7), "M005", null, null});
    }

    static Object[][] formulas() {
        return new Object[][] {
            {1, formula("CONCATENATE(\"Nguyễn \",\"Văn \",\"Tâm\")"), dateFormula("DATE(1975,4,30)"), "Nam", d(2000, 5, 19),
                dateFormula("DATE(2001,5,19)"), formula("\"F\"&\"001\""), "Chi bộ thôn Đông", null},
            {2, "Bùi Văn Khải", formula("1/0"), "Nam", d(1999, 1, 1), d(2000, 1, 1), "F002", "Chi bộ thôn Đông", null},
            {3, "Bùi Thị Lụa", d(1980, 1, 1), "Nữ", formula("#REF!+1"), null, "F003", "Chi bộ thôn Đông", null},
            {4, "Cao Văn Mạnh", d(1981, 2, 2), "Nam", d(2006, 1, 1), d(2007, 1, 1), "F004", "Chi bộ thôn Đông", formula("NA()")},
            {5, "Cao Thị Ngân", formula("\"15/03/\"&\"1978\""), "Nữ", dateFormula("DATE(2003,2,3)"), dateFormula("DATE(2004,2,3)"),
                "F005", "Chi bộ thôn Đông", null},
            {6, "Đặng Văn Ổn", dateFormula("DATE(1985,13,1)"), "Nam", d(2010, 1, 1), d(2011, 1, 1), "F006", "Chi bộ thôn Đông", null},
        };
    }

    static Object[][] textInDates() {
        return new Object[][] {
            {1, "Hà Văn Quang", "31/02/1980", "Nam", "19/05/2005", "19/05/2006", "T001", "Chi bộ thôn Đông", null},
            {2, "Hà Thị Quyên", "không rõ", "Nữ", "19/05/2005", "19/05/2006", "T002", "Chi bộ thôn Đông", null},
            {3, "Kiều Văn Sơn", "1980-13-01", "Nam", "19/05/2005", "19/05/2006", "T003", "Chi bộ thôn Đông", null},
            {4, "Kiều Thị Tâm", "15/03/1975", "Nữ", "19/05/2035", null, "T004", "Chi bộ thôn Đông", null},
            {5, "Lương Văn Út", "30.04.1975", "Nam", "ngày 3 tháng 2 năm 2000", "3/2/2001", "T005", "Chi bộ thôn Đông", null},
            {6, "Lương Thị Vân", "5/1970", "Nữ", "2000", "không rõ", "T006", "Chi bộ thôn Đông", null},
        };
    }

    /// Card B100 three times (once written "B 100"), the seeded member's card S002 twice, one CCCD twice, and the
    /// seeded member without a card (matched by name and birth date) twice.
    static Object[][] duplicateCards() {
        return new Object[][] {
            {1, "Mai Văn Xuân", d(1970, 1, 1), "Nam", d(1995, 1, 1), d(1996, 1, 1), "B100", "Chi bộ thôn Đông", null, "001070000001"},
            {2, "Mai Thị Yến", d(1971, 1, 1), "Nữ", d(1996, 1, 1), d(1997, 1, 1), "B100", "Chi bộ thôn Đông", null, "001071000002"},
            {3, "Mạc Văn Bảo", d(1972, 1, 1), "Nam", d(1997, 1, 1), d(1998, 1, 1), "B 100", "Chi bộ thôn Đông", null, null},
            {4, "Vũ Thị Lan", d(1972, 8, 15), "Nữ", d(1998, 2, 3), d(1999, 2, 3), "S002", "Chi bộ thôn Đông", null, null},
            {5, "Vũ Thị Lan", d(1972, 8, 15), "Nữ", d(1998, 2, 3), d(1999, 2, 3), "S002", "Chi bộ thôn Đông", null, null},
            {6, "Ninh Văn Cường", d(1980, 1, 1), "Nam", d(2005, 1, 1), d(2006, 1, 1), "B200", "Chi bộ thôn Đông", null, "001080012345"},
            {7, "Ninh Thị Cúc", d(1981, 1, 1), "Nữ", d(2006, 1, 1), d(2007, 1, 1), "B201", "Chi bộ thôn Đông", null, "001080012345"},
            {8, "Đỗ Văn Minh", d(1980, 1, 20), "Nam", d(2005, 9, 2), d(2006, 9, 2), null, "Chi bộ thôn Nam", null, null},
            {9, "Đỗ Văn Minh", d(1980, 1, 20), "Nam", d(2005, 9, 2), d(2006, 9, 2), null, "Chi bộ thôn Nam", null, null},
        };
    }

    static Object[][] longNames() {
        return new Object[][] {
            {1, name(300), d(1970, 1, 1), "Nam", d(1995, 1, 1), d(1996, 1, 1), "L001", "Chi bộ thôn Đông", null},
            {2, name(80), d(1970, 1, 1), "Nam", d(1995, 1, 1), d(1996, 1, 1), "L002", "Chi bộ thôn Đông", null},
            {3, name(81), d(1970, 1, 1), "Nam", d(1995, 1, 1), d(1996, 1, 1), "L003", "Chi bộ thôn Đông", null},
            {4, "Nguyễn", d(1970, 1, 1), "Nam", d(1995, 1, 1), d(1996, 1, 1), "L004", "Chi bộ thôn Đông", null},
        };
    }

    /// A required value missing in each row but the last two; below them two pre-numbered empty rows (only STT).
    static Object[][] missingValues() {
        return new Object[][] {
            {1, "", d(1970, 1, 1), "Nam", d(1995, 1, 1), d(1996, 1, 1), "R001", "Chi bộ thôn Đông", "Không có tên"},
            {2, "Phan Văn Quý", null, "Nam", d(1995, 1, 1), d(1996, 1, 1), "R002", "Chi bộ thôn Đông", null},
            {3, "Phan Thị Rạng", d(1971, 1, 1), "Nữ", null, null, "R003", "Chi bộ thôn Đông", null},
            {4, "Phan Văn Sáu", d(1972, 1, 1), "Nam", d(1997, 1, 1), d(1998, 1, 1), "R004", null, null},
            {5, "Phan Minh Tài", d(1973, 1, 1), null, d(1998, 1, 1), d(1999, 1, 1), "R005", "Chi bộ thôn Đông", null},
            {6, "Phan Văn Tú", d(1974, 1, 1), null, d(1999, 1, 1), d(2000, 1, 1), "R006", "Chi bộ thôn Đông", null},
            {7, "Phan Thị Uyên", d(1975, 1, 1), "Nữ", d(2000, 1, 1), d(2001, 1, 1), "R007", "Chi bộ thôn Đông", null},
            {8},
            {9},
        };
    }

    /// One free text longer than the database keeps in each row after the first.
    static Object[][] longTexts() {
        Object[][] rows = new Object[7][];
        for (int i = 0; i < rows.length; i++) {
            int n = i + 1;
            rows[i] = new Object[] {n, bulkName(2 * i), d(1970 + n, 1, 1), "Nam", d(1995 + n, 1, 1), d(1996 + n, 1, 1),
                "D%03d".formatted(n), "Chi bộ thôn Đông", "Ghi chú", "0912 345 678", "Thôn Đông, xã Phú Sơn", "Phú Sơn, Khánh Hòa",
                "Nông dân"};
        }
        rows[1][9] = "0912 345 678 / 0987 654 321 (nhà riêng)";
        rows[2][8] = "Ghi chú rất dài. ".repeat(124);
        rows[3][7] = "Chi bộ " + "thôn Đông ".repeat(21);
        rows[4][10] = "Thôn Đông, xã Phú Sơn, tỉnh Khánh Hòa; ".repeat(16);
        rows[5][11] = "Phú Sơn, Khánh Hòa; ".repeat(16);
        rows[6][12] = "Nông dân, làm vườn, chăn nuôi; ".repeat(7);
        return rows;
    }

    /// "Tôn Thất Văn Minh Quang …" cut to exactly `length` characters.
    static String name(int length) {
        String[] words = {"Tôn", "Thất", "Văn", "Minh", "Quang", "Hoàng", "Thượng", "Nguyên"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < length; i++) {
            sb.append(words[i % words.length]).append(' ');
        }
        sb.setLength(length);
        if (sb.charAt(length - 1) == ' ') {
            sb.setCharAt(length - 1, 'a');
        }
        return sb.toString();
    }

    /// Control characters, zero-width characters, no-break spaces and BOMs inside cells.
    static Object[][] controlChars() {
        return new Object[][] {
            {1, "\uFEFFNguyễn Văn Bình", d(1970, 1, 1), "Nam", d(1995, 1, 1), d(1996, 1, 1), "K001", "Chi bộ thôn Đông",
                "\u0001\u0002Ghi chú có ký tự điều khiển\u001F"},
            {2, "Trần Thị\u200B Cúc", d(1971, 1, 1), "Nữ", d(1996, 1, 1), d(1997, 1, 1), "K\u200B002", "Chi bộ thôn Đông", null},
            {3, "Lê Văn\u0007 Dũng\u007F", d(1972, 1, 1), "Nam", d(1997, 1, 1), d(1998, 1, 1), "K003", "Chi bộ thôn Đông", null},
            {4, "Phạm\tVăn\nĐức", d(1973, 1, 1), "Nam", d(1998, 1, 1), d(1999, 1, 1), "K004", "Chi bộ\u00A0thôn Đông", null},
            {5, "Ngô Thị Hu\u200Bệ", d(1974, 1, 1), "Nữ", d(1999, 1, 1), d(2000, 1, 1), "K005", "Chi bộ thôn Đông", null},
            {6, "\u00A0Đào Văn\u00A0Giang\u00A0", "\u00A001/02/1975\u00A0", "Nam", d(2000, 1, 1), d(2001, 1, 1), "K006",
                "Chi bộ thôn Đông", null},
            {7, "Hồ Thị\u0000 Hạnh", d(1976, 1, 1), "Nữ", d(2001, 1, 1), d(2002, 1, 1), "K007", "\u200DChi bộ thôn Đông", null},
            {8, "Vi Văn Khánh\uFEFF", d(1977, 1, 1), "Nam", d(2002, 1, 1), d(2003, 1, 1), "\uFEFFK008", "Chi bộ thôn Đông", null},
        };
    }

    static Object[][] sqlText() {
        return new Object[][] {
            {1, "'; DROP TABLE party_member; --", d(1970, 1, 1), "Nam", d(1995, 1, 1), d(1996, 1, 1), "Q001", "Chi bộ thôn Đông", null},
            {2, "Robert'); DROP TABLE party_member;--", d(1970, 1, 1), "Nam", d(1995, 1, 1), d(1996, 1, 1), "Q002",
                "Chi bộ thôn Đông", null},
            {3, "Trịnh Văn Lực", d(1970, 1, 1), "Nam", d(1995, 1, 1), d(1996, 1, 1), "Q003", "Chi bộ thôn Đông",
                "'; DROP TABLE party_member; --"},
            {4, "Trịnh Thị Mơ", d(1971, 1, 1), "Nữ", d(1996, 1, 1), d(1997, 1, 1), "Q004", "Chi bộ 1'; DELETE FROM party_unit; --",
                null},
            {5, "Tạ Văn Nam", d(1972, 1, 1), "Nam", d(1997, 1, 1), d(1998, 1, 1), "1 OR 1=1", "Chi bộ thôn Đông", null},
            {6, "Tạ Thị Oanh", d(1973, 1, 1), "Nữ' OR '1'='1", d(1998, 1, 1), d(1999, 1, 1), "Q006", "Chi bộ thôn Đông", null},
        };
    }

    /// Ten rows; the sixth (sheet row 10) has an admission date before the birth date.
    static Object[][] oneBadRow() {
        Object[][] rows = new Object[10][];
        for (int i = 0; i < rows.length; i++) {
            int n = i + 1;
            rows[i] = new Object[] {n, bulkName(i), d(1960 + n, n, n), n % 2 == 0 ? "Nữ" : "Nam", d(1990 + n, n, 1),
                d(1991 + n, n, 1), "V%03d".formatted(n), "Chi bộ thôn Đông", null};
        }
        rows[5][4] = d(1950, 1, 1);
        return rows;
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa",
        "Hùng", "Hương", "Khoa", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phúc", "Quân",
        "Sơn", "Tâm", "Thảo", "Trung", "Tú", "Yến"};

    /// A realistic name for bulk row i; odd rows are women ("Thị").
    static String bulkName(int i) {
        String middle = i % 2 == 0 ? (i % 3 == 0 ? "Văn" : "Đức") : (i % 3 == 0 ? "Thị" : "Thị Thu");
        return FAMILY[i % FAMILY.length] + " " + middle + " " + GIVEN[i % GIVEN.length];
    }

    /// The 65,000-row list: five columns, Excel dates; one bad birth date near the end. The rows repeat every 100
    /// (100 names and birth dates, 20 cells), which keeps the file small: it is about size, not variety.
    static List<Object[]> bulk(int count, int badIndex) {
        List<Object[]> rows = new ArrayList<>(count + 1);
        rows.add(new Object[] {"Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Chi bộ"});
        for (int i = 0; i < count; i++) {
            int j = i % 100;
            LocalDate birth = d(1950, 1, 1).plusDays(j * 113L);
            Object b = i == badIndex ? "31/02/1980" : birth;
            rows.add(new Object[] {bulkName(j), b, j % 2 == 0 ? "Nam" : "Nữ", birth.plusYears(25), "Chi bộ " + (i % 20 + 1)});
        }
        return rows;
    }

    /// Excel dates as the text a CSV holds.
    static Object[][] asText(Object[][] rows) {
        Object[][] out = new Object[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = rows[r].clone();
            for (int c = 0; c < out[r].length; c++) {
                if (out[r][c] instanceof LocalDate day) {
                    out[r][c] = day.format(DMY);
                }
            }
        }
        return out;
    }
}
