package vn.dangvu.importing.corpus;

import static vn.dangvu.importing.corpus.CorpusCase.clean;
import static vn.dangvu.importing.corpus.CorpusCase.err;
import static vn.dangvu.importing.corpus.CorpusCase.refused;
import static vn.dangvu.importing.corpus.CorpusCase.rejects;
import static vn.dangvu.importing.corpus.CorpusCase.warning;

import java.util.List;
import java.util.stream.IntStream;

/// One row per file of `src/test/resources/import-corpus` (its README says the same in words). The database
/// already holds Hoàng Văn Hải (S001) and Vũ Thị Lan (S002) in "Chi bộ thôn Đông", Đỗ Văn Minh (no card) in
/// "Chi bộ thôn Nam": see [CorpusDatabase]. Rows are sheet rows; with the two title rows the header is row 4.
final class CorpusExpectations {

    private static final String[] GOOD_NAMES = {"Hoàng Văn Hải", "Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Ân", "Phạm Thị Hương"};
    private static final String[] CLEANED_NAMES = {"Nguyễn Văn Bình", "Trần Thị Cúc", "Lê Văn Dũng", "Phạm Văn Đức", "Ngô Thị Huệ",
        "Đào Văn Giang", "Hồ Thị Hạnh", "Vi Văn Khánh"};
    private static final String MEMBERS = "SELECT COUNT(*) FROM party_member";

    private CorpusExpectations() {
    }

    static List<CorpusCase> all() {
        return List.of(
            // Good files (controls): 4 new, Hoàng Văn Hải updated by card, "chi bo thon dong" is the existing cell
            good(clean("good.xlsx", 5)),
            good(clean("good.xls", 5)),
            good(clean("good.csv", 5)).cli(),
            good(clean("utf8-no-bom.csv", 5))
                .check("SELECT note FROM party_member WHERE card_number = 'A001'", "Chuyển đến từ \"xã Phú Lộc\", năm 2020")
                .check("SELECT note FROM party_member WHERE card_number = 'A002'", "Dòng một dòng hai"),
            good(clean("semicolon.csv", 5)),
            good(clean("tcvn3-legacy.csv", 5)),
            good(clean("windows-1258.csv", 5)),
            clean("merged-title-rows.xls", 5).writes(5, 0, "Chi bộ thôn Bắc")
                .names("Đinh Văn Bắc", "Đinh Thị Bình", "Quách Văn Cần", "Lò Văn Dìn", "Lò Thị Én")
                .check(inCell("Chi bộ thôn Bắc"), 3).check(inCell("Chi bộ thôn Nam"), 3),
            // Control characters, zero-width characters, BOMs and no-break spaces are cleaned away
            cleaned(clean("control-characters.xlsx", 8)),
            cleaned(clean("control-characters.csv", 8)),
            // Rows with errors
            rejects("one-bad-row.xlsx", 10, err(10, "E", "import.row.admissionBeforeBirth")).writes(9, 0).cli()
                .check(MEMBERS, 12),
            rejects("text-in-date-columns.xlsx", 6, err(5, "C", "import.date.invalid"), err(6, "C", "import.date.unreadable"),
                err(7, "C", "import.date.invalid"), err(8, "E", "import.date.future"), err(10, "F", "import.date.unreadable"))
                .writes(1, 0).names("Lương Văn Út").check("SELECT admission_decision_date FROM party_member WHERE card_number = 'T005'",
                    "2000-02-03"),
            rejects("formulas.xlsx", 6, err(6, "C", "import.row.formulaError", "=1/0 → #DIV/0!"),
                err(7, "E", "import.row.formulaError", "#REF!"), err(8, "I", "import.row.formulaError", "=NA() → #N/A"))
                .writes(3, 0).names("Nguyễn Văn Tâm", "Cao Thị Ngân", "Đặng Văn Ổn")
                .check(birth("F001"), "1975-04-30").check(birth("F005"), "1978-03-15").check(birth("F006"), "1986-01-01"),
            rejects("duplicate-cards.xlsx", 9, err(6, "G", "import.row.duplicateCard", "B100", "dòng 5"),
                err(7, "G", "import.row.duplicateCard", "B100", "dòng 5"), err(9, "G", "import.row.duplicateCard", "S002", "dòng 8"),
                err(11, "J", "import.row.duplicateCccd", "001080012345", "dòng 10"), err(13, "B", "import.row.sameMemberTwice", "dòng 12"))
                .writes(2, 2).names("Mai Văn Xuân", "Ninh Văn Cường", "Vũ Thị Lan", "Đỗ Văn Minh").check(MEMBERS, 5),
            rejects("missing-values.xlsx", 7, err(5, "B", "import.row.required", "Thiếu Họ và tên"),
                err(6, "C", "import.row.required", "Thiếu Ngày sinh"), err(7, "E", "import.row.required", "Thiếu Ngày vào Đảng"),
                err(8, "H", "import.row.required", "Thiếu Chi bộ"), err(9, "D", "import.row.required", "Thiếu Giới tính"))
                .warns(warning(10, "D", "import.row.genderEmptyGuessed", "Ô giới tính để trống; đoán là Nam"))
                .writes(2, 0).names("Phan Văn Tú", "Phan Thị Uyên").check(MEMBERS, 5),
            rejects("long-names.xlsx", 4, err(5, "B", "import.row.nameTooLong", "dài 300 ký tự", "tối đa 80"),
                err(7, "B", "import.row.nameTooLong", "dài 81 ký tự"), err(8, "B", "import.row.nameOneWord", "\"Nguyễn\""))
                .writes(1, 0).names(CorpusRows.name(80)),
            rejects("long-texts.xlsx", 7, err(6, "J", "import.row.textTooLong", "Điện thoại dài 39 ký tự; tối đa 30"),
                err(7, "I", "import.row.textTooLong", "Ghi chú"), err(8, "H", "import.row.textTooLong", "Chi bộ"),
                err(9, "K", "import.row.textTooLong", "Nơi ở"), err(10, "L", "import.row.textTooLong", "Quê quán"),
                err(11, "M", "import.row.textTooLong", "Nghề nghiệp")).writes(1, 0),
            rejects("sql-text.xlsx", 6, err(5, "B", "import.row.nameCharacters", ";"),
                err(6, "B", "import.row.nameCharacters", ")"), err(9, "G", "import.row.cardFormat", "1OR1=1"),
                err(10, "D", "import.row.genderValue", "Nữ' OR '1'='1"))
                .writes(2, 0, "Chi bộ 1'; DELETE FROM party_unit; --").names("Trịnh Văn Lực", "Trịnh Thị Mơ")
                .check("SELECT note FROM party_member WHERE card_number = 'Q003'", "'; DROP TABLE party_member; --")
                .check(MEMBERS, 5).check("SELECT COUNT(*) FROM party_unit", 4),
            rejects("rows-65000.xlsx", 65_000, err(64_993, "B", "import.date.invalid"))
                .writes(64_999, 0, IntStream.rangeClosed(1, 20).mapToObj(i -> "Chi bộ " + i).toArray(String[]::new))
                .check(MEMBERS, 65_002),
            // Files refused as a whole
            refused("corrupt-truncated.xlsx", "import.file.corrupt", "corrupt-truncated.xlsx", "bị hỏng").cli(),
            refused("corrupt-truncated.xls", "import.file.corrupt", "corrupt-truncated.xls"),
            refused("not-a-workbook.xlsx", "import.file.corrupt", "not-a-workbook.xlsx"),
            refused("not-a-spreadsheet.pdf", "import.file.unsupported", "not-a-spreadsheet.pdf"),
            refused("html-table.xls", "import.file.html", "html-table.xls", "trang web (HTML)", ".xlsx"),
            refused("password-agile.xlsx", "import.file.encrypted", "password-agile.xlsx", "mật khẩu").cli(),
            refused("password.xls", "import.file.encrypted", "password.xls", "mật khẩu"),
            refused("empty-sheet.xlsx", "import.file.empty", "empty-sheet.xlsx"),
            refused("empty.csv", "import.file.empty", "empty.csv"),
            refused("no-header.xlsx", "import.file.noHeader", "trang Sheet1", "Họ và tên"),
            refused("header-only.xlsx", "import.file.noRows", "Danh sách", "dòng 4"),
            refused("missing-columns.xlsx", "import.file.missingColumns", "Ngày sinh, Ngày vào Đảng"),
            refused("too-many-rows.csv", "import.file.tooManyRows", "too-many-rows.csv", "100.031", "100.000"),
            refused("unbalanced-quotes.csv", "import.file.csvQuote", "unbalanced-quotes.csv", "dòng 2").cli());
    }

    private static CorpusCase good(CorpusCase c) {
        return c.writes(4, 1, "Chi bộ thôn Tây").names(GOOD_NAMES).check(MEMBERS, 7)
                .check("SELECT full_name FROM party_member WHERE card_number = 'S001'", "Hoàng Văn Hải");
    }

    private static CorpusCase cleaned(CorpusCase c) {
        return c.writes(8, 0).names(CLEANED_NAMES)
                .check("SELECT note FROM party_member WHERE card_number = 'K001'", "Ghi chú có ký tự điều khiển")
                .check("SELECT COUNT(*) FROM party_member WHERE card_number IN ('K002', 'K008')", 2);
    }

    private static String inCell(String cell) {
        return "SELECT COUNT(*) FROM party_member m JOIN party_unit u ON u.id = m.unit_id WHERE u.name = '" + cell + "'";
    }

    private static String birth(String card) {
        return "SELECT birth_date FROM party_member WHERE card_number = '" + card + "'";
    }
}
