package vn.dangvu.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.TestClocks;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;

/// The audit screen's filters on a real H2 file: period (inclusive days), kinds, who, text, one entity, limit,
/// newest first; "who" and "text" ignore case and Vietnamese accents, and % or _ typed are plain characters.
class AuditQueryTest {

    @TempDir
    static Path dir;
    private static Database db;

    @BeforeAll
    static void fill() throws AppException {
        db = Database.create(dir.resolve("audit"));
        // one entry a day from 1 to 6 November 2026, by two computer accounts, with and without an operator name
        at(1, "quyen", "", AuditChange.of("MEMBER_CREATE", "party_member", 10, "Nguyễn Văn An"));
        at(2, "quyen", "Nguyễn Thị Lan", AuditChange.of("MEMBER_EDIT", "party_member", 10,
                "Nguyễn Văn An: homeTown: Hà Tĩnh -> Nghệ An"));
        at(3, "VANPHONG", "Trần Đức Bình", AuditChange.of("UNIT_RENAME", "party_unit", 3,
                "Rename 'Chi bộ thôn 1' to 'Chi bộ thôn Đông'"));
        at(4, "vanphong", "", AuditChange.of("YEAR_REOPEN", "working_year", 2025, "YEAR_REOPEN 2025")
                .values("CLOSED", "REVIEWING").because("Sửa xếp loại chi bộ thôn 3 theo kết luận kiểm tra"));
        at(5, "quyen", "Nguyễn Thị Lan", AuditChange.general("MEMBER_IMPORT", "party_member",
                "Import ds_100%_moi.xlsx: 3 new, 0 updated"));
        at(6, "quyen", "", AuditChange.of("MEMBER_EVENT", "party_member", 11, "TRANSFER_OUT 2026-11-06: OFFICIAL -> MOVED_OUT"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static void at(int day, String osUser, String operator, AuditChange c) {
        AuditService s = new AuditService(db, new AuditRepository(), TestClocks.at(2026, 11, day), osUser);
        s.setOperator(operator);
        s.record(c);
    }

    private static List<String> found(UnaryOperator<AuditQuery> filter) {
        return found(db, filter);
    }

    private static List<String> found(Database db, UnaryOperator<AuditQuery> filter) {
        AuditService s = new AuditService(db, new AuditRepository(), TestClocks.at(2026, 11, 21), "quyen");
        return s.find(filter.apply(AuditQuery.all(100))).stream().map(AuditEntry::action).toList();
    }

    @Test
    void everythingNewestFirstWithEveryColumnBack() {
        assertEquals(List.of("MEMBER_EVENT", "MEMBER_IMPORT", "YEAR_REOPEN", "UNIT_RENAME", "MEMBER_EDIT", "MEMBER_CREATE"),
                found(q -> q));
        AuditService s = new AuditService(db, new AuditRepository(), TestClocks.at(2026, 11, 21), "quyen");
        AuditEntry reopen = s.find(AuditQuery.of("working_year", 2025)).getFirst();
        assertEquals(LocalDateTime.of(2026, 11, 4, 9, 0), reopen.occurredAt());
        assertEquals("vanphong", reopen.actor());
        assertEquals(Optional.empty(), reopen.operator());
        assertEquals(Optional.of("CLOSED"), reopen.oldValue());
        assertEquals(Optional.of("REVIEWING"), reopen.newValue());
        assertEquals(Optional.of("Sửa xếp loại chi bộ thôn 3 theo kết luận kiểm tra"), reopen.reason());
        assertEquals(Optional.of(2025L), reopen.entityId());
        assertEquals(List.of("MEMBER_CREATE", "MEMBER_EDIT", "MEMBER_EVENT", "MEMBER_IMPORT", "UNIT_RENAME", "YEAR_REOPEN"),
                s.actionCodes());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # from,      to,         found (newest first)
            2026-11-02,  2026-11-04, YEAR_REOPEN UNIT_RENAME MEMBER_EDIT
            2026-11-06,  ,           MEMBER_EVENT
            ,            2026-11-01, MEMBER_CREATE
            2026-11-03,  2026-11-03, UNIT_RENAME
            2026-11-07,  ,           ''
            """)
    void aPeriodTakesWholeDaysAtBothEnds(LocalDate from, LocalDate to, String expected) {
        assertEquals(words(expected), found(q -> q.period(Optional.ofNullable(from), Optional.ofNullable(to))));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # kinds (codes),                 found
            MEMBER_EDIT,                     MEMBER_EDIT
            MEMBER_CREATE MEMBER_EVENT,      MEMBER_EVENT MEMBER_CREATE
            LEADER_ADD,                      ''
            """)
    void kindsAreExactCodes(String codes, String expected) {
        assertEquals(words(expected), found(q -> q.actions(Set.copyOf(words(codes)))));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # who typed,     found
            # the computer account, any case
            VanPhong,        YEAR_REOPEN UNIT_RENAME
            # the operator name, without accents or with them
            nguyen thi lan,  MEMBER_IMPORT MEMBER_EDIT
            Lan,             MEMBER_IMPORT MEMBER_EDIT
            ĐỨC BÌNH,        UNIT_RENAME
            duc binh,        UNIT_RENAME
            quyen,           MEMBER_EVENT MEMBER_IMPORT MEMBER_EDIT MEMBER_CREATE
            nobody,          ''
            """)
    void whoFindsTheAccountOrTheOperatorIgnoringCaseAndAccents(String who, String expected) {
        assertEquals(words(expected), found(q -> q.who(Optional.of(who))));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # text typed,          found
            # the summary, without accents
            nguyen van an,         MEMBER_EDIT MEMBER_CREATE
            thon dong,             UNIT_RENAME
            # old and new values, the reason
            nghe an,               MEMBER_EDIT
            reviewing,             YEAR_REOPEN
            ket luan kiem tra,     YEAR_REOPEN
            # % and _ are characters, not patterns
            100%_moi,              MEMBER_IMPORT
            100%,                  MEMBER_IMPORT
            %,                     MEMBER_IMPORT
            _,                     MEMBER_EVENT MEMBER_IMPORT YEAR_REOPEN
            Xyz,                   ''
            """)
    void textFindsSummaryValuesAndReasonIgnoringCaseAndAccents(String text, String expected) {
        assertEquals(words(expected), found(q -> q.text(Optional.of(text))));
    }

    @Test
    void oneEntityAndFiltersCombined() {
        assertEquals(List.of("MEMBER_EDIT", "MEMBER_CREATE"), found(q -> q.entity("party_member", 10)));
        assertEquals(List.of("MEMBER_EDIT"), found(q -> q.entity("party_member", 10).who(Optional.of("lan"))));
        assertEquals(List.of(), found(q -> q.entity("party_unit", 10)));
        assertEquals(List.of("MEMBER_EDIT"), found(q -> q.entity("party_member", 10)
                .period(Optional.of(LocalDate.of(2026, 11, 2)), Optional.empty()).text(Optional.of("ha tinh"))));
        assertEquals(List.of("MEMBER_EVENT", "MEMBER_IMPORT"), found(q -> q.limit(2)));
    }

    @Test
    void severalChangesOfOneUseCaseAreOneBatchInTheCallersTransaction(@TempDir Path own) throws AppException {
        try (Database other = Database.create(own.resolve("batch"))) {
            AuditService s = new AuditService(other, new AuditRepository(), TestClocks.at(2026, 11, 21), "quyen");
            List<AuditChange> moved = List.of(AuditChange.of("MEMBER_EVENT", "party_member", 20, "UNIT_MERGE a"),
                    AuditChange.of("MEMBER_EVENT", "party_member", 21, "UNIT_MERGE b"));
            RuntimeException boom = new IllegalStateException("refused after the audit rows");
            try {
                other.save(trx -> {
                    s.recordAll(moved);
                    throw boom;
                });
            } catch (IllegalStateException e) {
                assertEquals(boom, e);
            }
            assertEquals(List.of(), found(other, q -> q));
            s.recordAll(moved);
            assertEquals(List.of("MEMBER_EVENT"), found(other, q -> q.entity("party_member", 21)));
            assertEquals(2, found(other, q -> q).size());
        }
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
    }
}
