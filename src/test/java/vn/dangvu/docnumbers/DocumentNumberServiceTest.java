package vn.dangvu.docnumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.settings.SetupRequest;

class DocumentNumberServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 25);
    @TempDir
    Path dir;
    private AppContext ctx;
    private DocumentNumberService numbers;

    @BeforeEach
    void open() throws AppException {
        ctx = new AppContext(Database.create(dir.resolve("db")), TestClocks.at(2026, 11, 21));
        ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
        numbers = ctx.documentNumbers();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void numbersRunPerTypeFromOneWithoutGaps() throws AppException {
        assertEquals("01-QĐ/ĐU", numbers.preview("QĐ", DAY));
        assertEquals("01-QĐ/ĐU", numbers.issue("QĐ", DAY, "Khen thưởng năm 2025", OptionalInt.empty()).text());
        assertEquals("02-QĐ/ĐU", numbers.issue("QĐ", DAY, "Xếp loại chi bộ", OptionalInt.empty()).text());
        assertEquals("01-KH/ĐU", numbers.issue("KH", DAY, "Kế hoạch năm 2026", OptionalInt.empty()).text());
        assertEquals("03-QĐ/ĐU", numbers.preview("QĐ", DAY));
    }

    @Test
    void aPaperRegisterCanBeContinuedThenNumbersFollowOn() throws AppException {
        DocumentNumber first = numbers.issue("QĐ", DAY, "", OptionalInt.of(15));
        assertEquals("15-QĐ/ĐU", first.text());
        assertEquals(Optional.empty(), first.title());
        assertEquals("16-QĐ/ĐU", numbers.issue("QĐ", DAY, "", OptionalInt.of(16)).text());
        refused("docno.error.used", () -> numbers.issue("QĐ", DAY, "", OptionalInt.of(15)));
        refused("docno.error.gap", () -> numbers.issue("QĐ", DAY, "", OptionalInt.of(20)));
        refused("docno.error.seqPositive", () -> numbers.issue("KH", DAY, "", OptionalInt.of(0)));
        refused("docno.error.unknownType", () -> numbers.issue("XYZ", DAY, "", OptionalInt.empty()));
        assertEquals(List.of("15-QĐ/ĐU", "16-QĐ/ĐU"),
                numbers.register(DAY, Optional.empty()).stream().map(DocumentNumber::text).toList());
    }

    @Test
    void aVoidedNumberStaysMarkedAndIsNotGivenAgain() throws AppException {
        DocumentNumber n = numbers.issue("QĐ", DAY, "Rút lại", OptionalInt.empty());
        refused("docno.error.reasonRequired", () -> numbers.voidNumber(n.id(), " "));
        DocumentNumber v = numbers.voidNumber(n.id(), "Ban hành nhầm, đã thu hồi");
        assertTrue(v.voided());
        assertEquals(Optional.of("Ban hành nhầm, đã thu hồi"), v.voidReason());
        refused("docno.error.alreadyVoided", () -> numbers.voidNumber(n.id(), "lần nữa"));
        assertEquals("02-QĐ/ĐU", numbers.issue("QĐ", DAY, "", OptionalInt.empty()).text());
        assertEquals(Optional.of(v.id()), numbers.findByText("Số 1-qđ/đu", DAY).map(DocumentNumber::id));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            15-QĐ/ĐU        | 15-QĐ/ĐU
            Số 15-QĐ/ĐU     | 15-QĐ/ĐU
            số: 5-qđ/đu     | 05-QĐ/ĐU
            ' 9 - KH / ĐU ' | 09-KH/ĐU
            """)
    void typedNumbersAreNormalised(String typed, String expected) {
        assertEquals(expected, DocumentNumberService.normalise(typed));
    }

    /// Refused with this key, and the register is exactly as it was.
    private void refused(String key, Executable op) throws AppException {
        String before = numbers.register(DAY, Optional.empty()).toString();
        AppException e = assertThrows(AppException.class, op);
        assertEquals(key, e.key());
        assertTrue(!e.userMessage().startsWith("!"), e.userMessage());
        assertEquals(before, numbers.register(DAY, Optional.empty()).toString());
    }
}
