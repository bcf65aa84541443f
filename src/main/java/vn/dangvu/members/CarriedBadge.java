package vn.dangvu.members;

import java.time.LocalDate;
import java.util.Optional;

/// A Party badge already awarded, as a member list carries it in ("Huy hiệu 30 năm": a date, a decision number, or
/// just "x"): the milestone, and the award date and decision number when the list gives them.
public record CarriedBadge(int milestone, Optional<LocalDate> awarded, Optional<String> decisionNo) {
}
