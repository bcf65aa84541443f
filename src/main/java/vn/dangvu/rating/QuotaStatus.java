package vn.dangvu.rating;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/// The HTXSNV quota of one scope (a grassroots organisation's members, or the commune's organisations) as the
/// counter shows it: "HTXSNV 3 / tối đa 4 (20 % của 18 HTTNV)".
public record QuotaStatus(long scopeId, String name, Subject.Kind kind, LevelCounts counts, OptionalInt allowed,
                          Optional<BigDecimal> percent, int basisCount, String basis, Optional<String> justification) {

    public boolean over() {
        return allowed.isPresent() && counts.excellent() > allowed.getAsInt();
    }
}
