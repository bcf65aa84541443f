package vn.dangvu.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.common.AppException;
import vn.dangvu.docnumbers.DocumentNumber;

/// Commendation decisions on a real H2 file: the numbers from the register, the entries with their names and cash,
/// the candidates, the year lock, voiding through the register, external awards, and every bad input refused with
/// its message and nothing written.
class CommendationServiceTest {

    @TempDir
    Path dir;

    private CommendationFixture x;
    private CommendationService s;

    @BeforeEach
    void setUp() throws AppException {
        x = new CommendationFixture(dir);
        s = x.service;
    }

    @AfterEach
    void tearDown() {
        x.close();
    }

    private List<EntryInput> three() {
        return List.of(EntryInput.unit(x.f.dong).because("Chi bộ tiêu biểu trong phong trào xây dựng nông thôn mới"),
                EntryInput.collective("Hội Cựu chiến binh xã Phú Sơn"), EntryInput.member(x.an));
    }

    @Test
    void aYearlyDecisionTakesItsNumbersFromTheRegisterAndKeepsNamesAndCash() throws AppException {
        x.rateAll();
        Decision d = s.issue(CommendationFixture.yearly(), three());
        assertEquals(List.of("01-QĐ/ĐU", "2026-11-21", "3", "702000", "1404000", "ISSUED", "T/M BAN THƯỜNG VỤ", "BÍ THƯ"),
                List.of(d.number(), d.date().toString(), String.valueOf(d.entries()), String.valueOf(d.cashIndividual()),
                        String.valueOf(d.cashCollective()), d.status().name(), d.signerAuthority(), d.signerTitle()));
        assertEquals(Optional.of(Signing.STANDING_COMMITTEE), d.signing());
        List<Entry> entries = s.entries(d.id());
        assertEquals(List.of("Chi bộ thôn Đông|UNIT|1404000|01-GK/ĐU|Hoàn thành xuất sắc nhiệm vụ năm 2026",
                        "Hội Cựu chiến binh xã Phú Sơn|COLLECTIVE|1404000|02-GK/ĐU|Hoàn thành xuất sắc nhiệm vụ năm 2026",
                        "Nguyễn Văn An|MEMBER|702000|03-GK/ĐU|Hoàn thành xuất sắc nhiệm vụ năm 2026"),
                entries.stream().map(e -> String.join("|", e.name(), e.kind().name(), String.valueOf(e.cash()), e.registryNo(),
                        e.achievement())).toList());
        assertEquals("Đảng viên Chi bộ thôn Đông", entries.get(2).detail());
        assertEquals("Chi bộ tiêu biểu trong phong trào xây dựng nông thôn mới", entries.get(0).exceptionReason());
        assertEquals(List.of(d), s.decisions(2026));
        assertEquals(List.of(new ListedEntry("01-QĐ/ĐU", LocalDate.of(2026, 11, 21), AwardForm.GIAY_KHEN, "Chi bộ thôn Đông",
                RecipientKind.UNIT), new ListedEntry("01-QĐ/ĐU", LocalDate.of(2026, 11, 21), AwardForm.GIAY_KHEN,
                "Hội Cựu chiến binh xã Phú Sơn", RecipientKind.COLLECTIVE), new ListedEntry("01-QĐ/ĐU", LocalDate.of(2026, 11, 21),
                AwardForm.GIAY_KHEN, "Nguyễn Văn An", RecipientKind.MEMBER)), s.list(2026));
        assertEquals(Optional.of(d), s.findByNumber("Số 1-qđ/đu", Optional.empty()));
        List<AuditEntry> audit = x.f.ctx.audit().find(AuditQuery.all(1000));
        assertTrue(audit.stream().anyMatch(a -> a.action().equals("COMMENDATION_ISSUE")
                && a.summary().equals("Decision 01-QĐ/ĐU dated 2026-11-21: GIAY_KHEN to 2 collectives and 1 members; "
                + "Quyết định khen thưởng tổ chức đảng và đảng viên hoàn thành xuất sắc nhiệm vụ năm 2026")), audit::toString);

        // the names as on the decision date stay when the records change later
        x.f.ctx.units().rename(x.f.dong, "Chi bộ thôn Đông Hòa");
        assertEquals("Chi bộ thôn Đông", s.entries(d.id()).get(0).name());
    }

    @Test
    void biểuDươngCarriesNoCashAndNoCertificateNumber() throws AppException {
        DecisionInput in = new DecisionInput(2026, DecisionKind.AD_HOC, LocalDate.of(2026, 11, 20), Signing.COMMITTEE, "Nguyễn Văn Bí",
                AwardForm.BIEU_DUONG, "Quyết định biểu dương đảng viên có thành tích trong phòng chống bão lũ", "Có thành tích trong phòng chống bão lũ",
                "", OptionalInt.empty());
        Decision d = s.issue(in, List.of(EntryInput.member(x.bao)));
        assertEquals(List.of(0L, 0L), List.of(d.cashIndividual(), d.cashCollective()));
        Entry e = s.entries(d.id()).getFirst();
        assertEquals(List.of("Trần Văn Bảo", "", "0", "BIEU_DUONG"), List.of(e.name(), e.registryNo(), String.valueOf(e.cash()),
                e.form().name()));
        assertEquals(List.of("T/M ĐẢNG ỦY", "BÍ THƯ"), List.of(d.signerAuthority(), d.signerTitle()));
    }

    @Test
    void theCandidatesAreTheHtxsnvWithTheirYearsInARow() throws AppException {
        x.rateAll();
        List<CommendationCandidate> c = s.candidates(2026);
        assertEquals(List.of("MEMBER|Nguyễn Văn An|Chi bộ thôn Đông|2"), c.stream().map(k -> String.join("|", k.kind().name(), k.name(),
                k.unitName(), String.valueOf(k.yearsInRow()))).toList());
        assertEquals(List.of(x.an), s.excellentInRow(2026, 2).stream().map(CommendationCandidate::id).toList());
        assertEquals(List.of(), s.excellentInRow(2026, 3));
        assertEquals("Số năm liền phải từ 2 đến 10 (đã chọn 1).",
                assertThrows(AppException.class, () -> s.excellentInRow(2026, 1)).userMessage());
    }

    private void refused(String message, DecisionInput in, List<EntryInput> entries) {
        int decisions = x.rows("commendation_decision");
        int numbers = x.rows("document_number");
        int entryRows = x.rows("commendation_entry");
        AppException e = assertThrows(AppException.class, () -> s.issue(in, entries));
        assertEquals(message, e.userMessage());
        assertEquals(List.of(decisions, numbers, entryRows),
                List.of(x.rows("commendation_decision"), x.rows("document_number"), x.rows("commendation_entry")));
    }

    @Test
    void badDecisionsAreRefusedAndNothingIsWritten() throws AppException {
        DecisionInput yearly = CommendationFixture.yearly();
        refused("Quyết định chưa có tập thể hay cá nhân nào được khen thưởng: hãy thêm ít nhất một người hoặc một tập thể.",
                yearly, List.of());
        refused("Việc đánh giá, xếp loại năm 2026 chưa xong (còn 5 đảng viên và 3 tổ chức đảng chưa có mức xếp loại) nên chưa ra "
                + "quyết định khen thưởng hằng năm được.", yearly, three());
        x.rateAll();
        refused("Dòng 2: Trần Văn Bảo không được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" năm 2026; muốn khen thưởng, hãy ghi rõ lý do.",
                yearly, List.of(EntryInput.member(x.an), EntryInput.member(x.bao)));
        refused("Dòng 3: Nguyễn Văn An đã có trong quyết định này.", yearly,
                List.of(EntryInput.member(x.an), EntryInput.collective("Đoàn Thanh niên xã"), EntryInput.member(x.an)));
        refused("Dòng 1: hãy nhập tên tập thể được khen thưởng.", yearly, List.of(EntryInput.collective("  ")));
        refused("Dòng 1: không tìm thấy đảng viên này (có thể đã bị xóa khỏi danh sách).", yearly, List.of(EntryInput.member(999_999)));
        refused("Dòng 1: tên tập thể dài quá 300 ký tự.", yearly, List.of(EntryInput.collective("Hội ".repeat(80))));
        refused("Hãy nhập họ tên người ký quyết định.", new DecisionInput(2026, DecisionKind.PERIODIC_YEAR, yearly.date(),
                Signing.STANDING_COMMITTEE, " ", AwardForm.GIAY_KHEN, yearly.title(), yearly.reason(), "", OptionalInt.empty()), three());
        refused("Ngày ký quyết định khen thưởng năm 2026 phải trong năm 2026 hoặc năm sau.", new DecisionInput(2026,
                DecisionKind.PERIODIC_YEAR, LocalDate.of(2025, 12, 31), Signing.STANDING_COMMITTEE, "Nguyễn Văn Bí", AwardForm.GIAY_KHEN,
                yearly.title(), yearly.reason(), "", OptionalInt.empty()), three());
        refused("Dòng 1: chưa có thành tích. Hãy ghi thành tích của dòng này hoặc thành tích chung của quyết định.",
                new DecisionInput(2026, DecisionKind.AD_HOC, yearly.date(), Signing.STANDING_COMMITTEE, "Nguyễn Văn Bí", AwardForm.GIAY_KHEN,
                        yearly.title(), "", "", OptionalInt.empty()), List.of(EntryInput.member(x.an)));

        // a number already used
        s.issue(yearly, List.of(EntryInput.member(x.an)));
        refused("Số 01-QĐ/ĐU đã dùng trong nhiệm kỳ này; số tiếp theo là 02-QĐ/ĐU.", new DecisionInput(2026, DecisionKind.AD_HOC,
                yearly.date(), Signing.STANDING_COMMITTEE, "Nguyễn Văn Bí", AwardForm.GIAY_KHEN, yearly.title(), yearly.reason(), "",
                OptionalInt.of(1)), List.of(EntryInput.member(x.bao)));

        // a closed year
        x.f.ctx.years().close(2026);
        refused("Năm công tác 2026 đã khóa sổ nên không sửa được dữ liệu của năm này. Muốn sửa, hãy mở lại năm và ghi rõ lý do.",
                yearly, List.of(EntryInput.member(x.an)));
    }

    @Test
    void aVoidedDecisionVoidsItsNumbersAndLeavesTheList() throws AppException {
        x.rateAll();
        Decision d = s.issue(CommendationFixture.yearly(), three());
        assertEquals("Hãy ghi lý do hủy quyết định khen thưởng.",
                assertThrows(AppException.class, () -> s.voidDecision(d.id(), " ")).userMessage());
        Decision v = s.voidDecision(d.id(), "Ban hành nhầm danh sách");
        assertEquals(List.of("VOIDED", "Ban hành nhầm danh sách"), List.of(v.status().name(), v.voidReason().orElseThrow()));
        List<DocumentNumber> register = x.f.ctx.documentNumbers().register(LocalDate.of(2026, 11, 21), Optional.empty());
        assertEquals(List.of("01-GK/ĐU true", "02-GK/ĐU true", "03-GK/ĐU true", "01-QĐ/ĐU true"),
                register.stream().map(n -> n.text() + " " + n.voided()).toList());
        assertEquals(List.of(), s.list(2026));
        assertEquals("Quyết định số 01-QĐ/ĐU đã bị hủy từ trước.",
                assertThrows(AppException.class, () -> s.voidDecision(d.id(), "lần nữa")).userMessage());
        // the next decision takes the next number: no number is used twice
        assertEquals("02-QĐ/ĐU", s.issue(CommendationFixture.yearly(), List.of(EntryInput.member(x.an))).number());
    }

    @Test
    void theCashRateIsConfigurable() throws AppException {
        assertEquals(new CashRate(2_340_000, new BigDecimal("0.30"), new BigDecimal("0.60")), s.rate());
        s.setRate(new CashRate(2_530_000, new BigDecimal("0.5"), new BigDecimal("1.0")));
        Decision d = s.issue(new DecisionInput(2026, DecisionKind.AD_HOC, LocalDate.of(2026, 11, 20), Signing.STANDING_COMMITTEE,
                "Nguyễn Văn Bí", AwardForm.GIAY_KHEN, "Quyết định khen thưởng đột xuất", "Dũng cảm cứu người", "", OptionalInt.empty()),
                List.of(EntryInput.member(x.dung)));
        assertEquals(List.of(1_265_000L, 2_530_000L), List.of(d.cashIndividual(), d.cashCollective()));
        assertEquals("Hệ số \"-1\" không hợp lệ: phải từ 0 đến 100, nhiều nhất hai chữ số thập phân.", assertThrows(AppException.class,
                () -> s.setRate(new CashRate(2_340_000, BigDecimal.ONE.negate(), BigDecimal.ONE))).userMessage());
        assertEquals("Hệ số \"0.333\" không hợp lệ: phải từ 0 đến 100, nhiều nhất hai chữ số thập phân.", assertThrows(AppException.class,
                () -> s.setRate(new CashRate(2_340_000, new BigDecimal("0.333"), BigDecimal.ONE))).userMessage());
        assertEquals(new BigDecimal("0.50"), s.rate().individual());
    }

    @Test
    void externalAwardsGoToTheMembersHistory() throws AppException {
        long id = s.recordExternalAward(new ExternalAward(x.an, "Bằng khen", "Ban Thường vụ Tỉnh ủy Khánh Hòa",
                "Có thành tích xuất sắc trong 5 năm liền", "1234-QĐ/TU", LocalDate.of(2026, 2, 3)));
        assertTrue(id > 0);
        String item23 = x.f.ctx.memberSheets().sheet(x.an, LocalDate.of(2026, 11, 21)).items().stream()
                .filter(i -> i.number().equals("23")).findFirst().orElseThrow().toString();
        assertTrue(item23.contains("Bằng khen") && item23.contains("Ban Thường vụ Tỉnh ủy Khánh Hòa") && item23.contains("1234-QĐ/TU"),
                item23);
        assertEquals("Hãy nhập cấp khen thưởng (ví dụ: Ban Thường vụ Tỉnh ủy).", assertThrows(AppException.class,
                () -> s.recordExternalAward(new ExternalAward(x.an, "Bằng khen", " ", "", "", LocalDate.of(2026, 2, 3)))).userMessage());
        assertEquals("Ngày khen thưởng không được sau hôm nay.", assertThrows(AppException.class,
                () -> s.recordExternalAward(new ExternalAward(x.an, "Bằng khen", "Tỉnh ủy", "", "", LocalDate.of(2026, 12, 3)))).userMessage());
    }
}
