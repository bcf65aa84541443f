package vn.dangvu.commendation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/// The cash reward of a giấy khen: lương cơ sở (đồng) times a multiple per individual and per collective (HD 56-HD/VPTW:
/// 0.3 and 0.6), configurable when the base salary or the province's rule changes.
public record CashRate(long baseSalary, BigDecimal individual, BigDecimal collective) {

    /// The reward of one recipient, rounded to the đồng.
    public long amount(RecipientKind kind) {
        BigDecimal m = kind.collective() ? collective : individual;
        return BigDecimal.valueOf(baseSalary).multiply(m).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
