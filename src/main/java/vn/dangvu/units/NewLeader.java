package vn.dangvu.units;

import java.time.LocalDate;
import java.util.Optional;

/// The fields needed to add a leadership assignment.
public record NewLeader(long unitId, Optional<Long> memberId, UnitRules.LeaderRole role, Optional<LocalDate> from,
                        Optional<LocalDate> to, Optional<String> termLabel, Optional<LocalDate> termEnd,
                        Optional<String> decisionNo) {
}
