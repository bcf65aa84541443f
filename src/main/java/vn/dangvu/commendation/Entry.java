package vn.dangvu.commendation;

import java.util.Optional;

/// One recipient of a decision as stored: the name and the description under it ("Đảng viên Chi bộ thôn Đông") as
/// they were on the decision date (kept when the record changes later), the form, the achievement, the cash reward
/// (đồng), the certificate's number in the register (số vào sổ), the reason a yearly award went to someone not rated
/// HTXSNV, and how many times its certificate was printed.
public record Entry(long id, long decisionId, RecipientKind kind, Optional<Long> memberId, Optional<Long> unitId,
                    String name, String detail, AwardForm form, String achievement, long cash, String registryNo,
                    String exceptionReason, int prints) {
}
