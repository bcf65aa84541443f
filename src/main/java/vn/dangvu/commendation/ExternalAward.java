package vn.dangvu.commendation;

import java.time.LocalDate;

/// An award a member received from outside the committee (the province, the state, a mass organisation), kept in the
/// member's history (Phiếu đảng viên item 23): the form as written ("Bằng khen"), who gave it, the achievement, the
/// number of the decision and its date.
public record ExternalAward(long memberId, String form, String issuer, String achievement, String decisionNo, LocalDate date) {
}
