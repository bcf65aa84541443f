package vn.dangvu.rating;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// The built-in rule sets as V2 and V9 store them, for the pure rule tests (RuleSetServiceTest checks they match
/// the database).
public final class TestRuleSets {

    public static final List<Level> LEVELS = List.of(Level.values());
    private static final Set<ExemptionReason> Q124_EXEMPT = EnumSet.of(ExemptionReason.EXEMPT_WORK_MEETINGS,
            ExemptionReason.SUSPENDED, ExemptionReason.ADMITTED_LT_6_MONTHS, ExemptionReason.NEW_UNIT);

    public static final RuleSet Q132 = new RuleSet("Q132_HD21", "Quy định 132-QĐ/TW (08/3/2018), Hướng dẫn 21-HD/BTCTW (18/10/2019)",
            2018, Optional.of(2022), true, Optional.empty(), LEVELS, Optional.empty(), Optional.of(new BigDecimal("20.00")),
            RuleSet.BASIS_GOOD, QuotaMode.WARN_WITH_JUSTIFICATION,
            EnumSet.of(ExemptionReason.EXEMPT_WORK_MEETINGS, ExemptionReason.NEW_UNIT), 6,
            EnumSet.of(AutoCondition.DISCIPLINE_IN_YEAR),
            "Bốn mức, không chấm điểm; HTXSNV không quá 20% số HTTNV trong mỗi tổ chức cơ sở đảng.");
    public static final RuleSet Q124 = new RuleSet("Q124_HD25", "Quy định 124-QĐ/TW (04/10/2023), Hướng dẫn 25-HD/BTCTW (10/11/2023)",
            2023, Optional.of(2024), true, Optional.empty(), LEVELS, Optional.empty(), Optional.of(new BigDecimal("20.00")),
            RuleSet.BASIS_GOOD, QuotaMode.WARN_WITH_JUSTIFICATION, Q124_EXEMPT, 6, EnumSet.of(AutoCondition.DISCIPLINE_IN_YEAR),
            "Bốn mức, không chấm điểm; không đánh giá đảng viên miễn công tác, đình chỉ sinh hoạt, kết nạp dưới 6 tháng.");
    public static final RuleSet Q366 = new RuleSet("Q366_HD43", "Quy định 366-QĐ/TW (30/8/2025), Hướng dẫn 43-HD/BTCTW (31/10/2025)",
            2025, Optional.empty(), true, Optional.empty(), LEVELS,
            Optional.of(new RuleSet.Thresholds(new BigDecimal("90.00"), new BigDecimal("70.00"), new BigDecimal("50.00"))),
            Optional.of(new BigDecimal("20.00")), RuleSet.BASIS_GOOD, QuotaMode.WARN_WITH_JUSTIFICATION, Q124_EXEMPT, 6,
            EnumSet.of(AutoCondition.DISCIPLINE_IN_YEAR, AutoCondition.COLLECTIVE_DISCIPLINE),
            "Thang 100 điểm (30 tiêu chí chung + 70 kết quả nhiệm vụ): HTXSNV từ 90, HTTNV từ 70, HTNV từ 50, dưới 50 là KHTNV.");

    private TestRuleSets() {
    }

    public static RuleSet byCode(String code) {
        return switch (code) {
            case "Q132" -> Q132;
            case "Q124" -> Q124;
            case "Q366" -> Q366;
            default -> throw new IllegalArgumentException(code);
        };
    }

    /// The rule set with another quota mode.
    public static RuleSet blocking(RuleSet rs) {
        return new RuleSet(rs.code(), rs.name(), rs.fromYear(), rs.toYear(), rs.builtIn(), rs.copiedFrom(), rs.levels(), rs.scores(),
                rs.quotaPercent(), rs.quotaBasis(), QuotaMode.BLOCK, rs.exemptions(), rs.admissionMinMonths(), rs.autoConditions(),
                rs.description());
    }
}
