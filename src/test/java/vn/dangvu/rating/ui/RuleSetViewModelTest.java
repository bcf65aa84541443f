package vn.dangvu.rating.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;
import vn.dangvu.rating.AutoCondition;
import vn.dangvu.rating.ExemptionReason;
import vn.dangvu.rating.Level;
import vn.dangvu.rating.QuotaMode;
import vn.dangvu.rating.RatingFixture;
import vn.dangvu.rating.RuleSet;
import vn.dangvu.ui.SyncBackgroundTasks;

/// The rule sets tab: a built-in set is read only; a copy is made, adjusted field by field (levels, thresholds,
/// quota and what going over it does, exemptions, automatic conditions), saved with an audit row and chosen for
/// the year; bad numbers name their field and write nothing; a set a closed year used is read only.
class RuleSetViewModelTest {

    @TempDir
    Path dir;

    private RatingFixture f;
    private RuleSetViewModel vm;
    private int reloads;

    @BeforeEach
    void setUp() throws AppException {
        f = new RatingFixture(dir);
        vm = new RuleSetViewModel(f.ctx.ruleSets(), f.ctx.years()::setRuleSet, new SyncBackgroundTasks(), () -> reloads++);
        vm.year().set(2026);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void builtInSetsAreShownReadOnly() {
        assertEquals(List.of("Q366_HD43", "Q124_HD25", "Q132_HD21"), vm.ruleSets().stream().map(RuleSet::code).toList());
        assertEquals("Q366_HD43", vm.selected().get().code());
        assertFalse(vm.editable().get());
        assertEquals("Quy định của Trung ương: chỉ xem; muốn điều chỉnh hãy sao chép.", vm.state().get());
        assertEquals("90", vm.excellentFrom().get());
        assertEquals("70", vm.goodFrom().get());
        assertEquals("50", vm.completedFrom().get());
        assertEquals("20", vm.quotaPercent().get());
        assertTrue(vm.exemption(ExemptionReason.ADMITTED_LT_6_MONTHS).get());
        assertTrue(vm.condition(AutoCondition.DISCIPLINE_IN_YEAR).get());
        int audit = f.rows("audit_log");
        vm.excellentFrom().set("85");
        vm.save();
        assertEquals(audit, f.rows("audit_log"));
        assertEquals(0, new BigDecimal("90").compareTo(f.ctx.ruleSets().find("Q366_HD43").orElseThrow().scores().orElseThrow()
                .excellent()));
    }

    @Test
    void aCopyIsAdjustedSavedAndChosenForTheYear() throws AppException {
        vm.copyCode().set("q366_kh2026");
        vm.copyName().set("Quy định 366, hướng dẫn của Tỉnh ủy năm 2026");
        vm.copy();
        assertEquals("Đã sao chép «Quy định 366-QĐ/TW (30/8/2025), Hướng dẫn 43-HD/BTCTW (31/10/2025)» thành Q366_KH2026.",
                vm.message().get());
        assertEquals("Q366_KH2026", vm.selected().get().code());
        assertTrue(vm.editable().get());
        assertEquals("Bản sao của Q366_HD43: sửa được.", vm.state().get());

        vm.fromYear().set("2026");
        vm.excellentFrom().set("85");
        vm.quotaPercent().set("25");
        vm.quotaMode().set(QuotaMode.BLOCK);
        vm.exemption(ExemptionReason.ADMITTED_LT_6_MONTHS).set(false);
        vm.condition(AutoCondition.COLLECTIVE_DISCIPLINE).set(false);
        vm.description().set("Công văn của Ban Tổ chức Tỉnh ủy: HTXSNV từ 85 điểm");
        int audit = f.rows("audit_log");
        vm.save();
        assertEquals("", vm.error().get());
        assertEquals("Đã lưu «Quy định 366, hướng dẫn của Tỉnh ủy năm 2026».", vm.message().get());
        assertEquals(audit + 1, f.rows("audit_log"));
        RuleSet saved = f.ctx.ruleSets().find("Q366_KH2026").orElseThrow();
        assertEquals(2026, saved.fromYear());
        assertEquals(0, new BigDecimal("85").compareTo(saved.scores().orElseThrow().excellent()));
        assertEquals(0, new BigDecimal("25").compareTo(saved.quotaPercent().orElseThrow()));
        assertEquals(QuotaMode.BLOCK, saved.quotaMode());
        assertEquals(Set.of(ExemptionReason.EXEMPT_WORK_MEETINGS, ExemptionReason.SUSPENDED, ExemptionReason.NEW_UNIT),
                saved.exemptions());
        assertEquals(Set.of(AutoCondition.DISCIPLINE_IN_YEAR), saved.autoConditions());
        assertEquals(List.of(Level.EXCELLENT, Level.GOOD, Level.COMPLETED, Level.NOT_COMPLETED), saved.levels());

        vm.useForYear();
        assertEquals("Năm 2026 xếp loại theo «Quy định 366, hướng dẫn của Tỉnh ủy năm 2026».", vm.message().get());
        assertEquals("Q366_KH2026", f.rating.year(2026).ruleSet().code());
        assertEquals(2, reloads);

        // once a closed year used it, the copy is read only
        f.ctx.years().close(2026);
        vm.load();
        assertEquals("Q366_KH2026", vm.selected().get().code());
        assertFalse(vm.editable().get());
        assertEquals("Đã dùng cho năm 2026 đã khóa sổ: chỉ xem.", vm.state().get());
    }

    @Test
    void badValuesNameTheirFieldAndWriteNothing() throws AppException {
        vm.copyCode().set("bản sao");
        vm.copyName().set("Bản sao");
        vm.copy();
        assertEquals("Mã bộ quy định «bản sao» không hợp lệ: dùng chữ in hoa không dấu, số và dấu gạch dưới, từ 2 đến 30 ký tự.",
                vm.error().get());
        vm.copyCode().set("Q366_X");
        vm.copy();
        RuleSet before = f.ctx.ruleSets().find("Q366_X").orElseThrow();
        int audit = f.rows("audit_log");

        vm.excellentFrom().set("chín mươi");
        vm.fromYear().set("2025a");
        vm.save();
        assertEquals("Áp dụng từ năm: «2025a» không phải là số nguyên\n"
                + "HTXSNV từ (điểm): «chín mươi» không phải là điểm (số từ 0 đến 100, ví dụ 85 hoặc 85,5).", vm.error().get());
        vm.fromYear().set("2025");
        vm.excellentFrom().set("60");
        vm.save();
        assertEquals("Ngưỡng điểm phải tăng dần trong thang 0–100: HTNV từ 50, HTTNV từ 70, HTXSNV từ 60.", vm.error().get());
        vm.excellentFrom().set("90");
        vm.quotaPercent().set("120");
        vm.save();
        assertEquals("Tỷ lệ HTXSNV 120 % không hợp lệ (từ 0 đến 100).", vm.error().get());
        vm.quotaPercent().set("20");
        for (Level l : Level.values()) {
            vm.level(l).set(false);
        }
        vm.save();
        assertEquals("Bộ quy định phải có ít nhất một mức xếp loại.", vm.error().get());
        assertEquals(audit, f.rows("audit_log"));
        assertEquals(before, f.ctx.ruleSets().find("Q366_X").orElseThrow());
        assertEquals(Optional.of("Q366_HD43"), before.copiedFrom());
    }
}
