package vn.dangvu.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.party.TransferLetter;

/// The member's event history as Vietnamese lines, with where a transfer or move went.
public final class HistoryLines {


    private HistoryLines() {
    }

    /// One line: "09/02/2016 · Công nhận đảng viên chính thức · QĐ số 232-QĐ/HU → Chính thức · note";
    /// a transfer or move says where: "… · Chuyển sinh hoạt đảng tạm thời đi — đến Đảng bộ Công ty X, dự kiến về
    /// 30/06/2027 · …".
    public static String of(MemberEvent e) {
        return of(e, Optional.empty());
    }

    /// The line with, for a transfer in, how late the letter was presented (or that it was in time), the
    /// committee's decision on it, a readmission's consent, and for a cancelled event when and why:
    /// "… · ĐÃ HỦY ngày 21/11/2026: ghi nhầm ngày".
    public static String of(MemberEvent e, Optional<TransferLetter.Lateness> lateness) {
        String line = base(e);
        List<String> more = new ArrayList<>();
        lateness.ifPresent(l -> {
            more.add(l.late() ? I18n.t("member.event.history.late", l.lateWorkingDays(), Dates.format(l.deadline()))
                    : I18n.t("member.event.history.inTime", Dates.format(l.deadline())));
            if (l.removalReview() && e.extra().committeeDecisionNo() == null) {
                more.add(I18n.t("member.event.history.removalReview"));
            }
        });
        MemberEvent.Extra x = e.extra();
        if (x.committeeDecisionNo() != null) {
            more.add(I18n.t("member.event.history.committee", x.committeeDecisionNo(), Dates.format(x.committeeDecisionDate())));
        }
        if (x.readmission().consentNo() != null) {
            String consent = x.readmission().consentNo()
                    + (x.readmission().consentDate() != null ? " (" + Dates.format(x.readmission().consentDate()) + ")" : "");
            more.add(I18n.t("member.event.history.consent", consent));
        }
        if (e.cancelled()) {
            more.add(I18n.t("member.event.history.cancelled", Dates.format(x.cancelledAt().toLocalDate()), x.cancelReason()));
        }
        return more.isEmpty() ? line : line + " · " + String.join(" · ", more);
    }

    private static String base(MemberEvent e) {
        StringBuilder sb = new StringBuilder(Dates.format(e.date())).append(" · ").append(I18n.t(e.type().i18nKey()));
        List<String> where = where(e);
        if (!where.isEmpty()) {
            sb.append(" — ").append(String.join(", ", where));
        }
        if (e.decisionNo() != null) {
            sb.append(" · ").append(I18n.t("member.event.history.decision", e.decisionNo()));
        }
        sb.append(" → ").append(I18n.t(e.statusAfter().i18nKey()));
        if (e.note() != null) {
            sb.append(" · ").append(e.note());
        }
        return sb.toString();
    }

    private static List<String> where(MemberEvent e) {
        TransferDetails t = e.transfer();
        List<String> out = new ArrayList<>();
        switch (e.type()) {
            case TRANSFER_OUT, TEMPORARY_TRANSFER_OUT -> {
                if (t.externalUnitName() != null) {
                    out.add(I18n.t("member.event.history.destination", t.externalUnitName()));
                }
                if (t.expectedReturnDate() != null) {
                    out.add(I18n.t("member.event.history.expectedReturn", Dates.format(t.expectedReturnDate())));
                }
            }
            case TRANSFER_IN -> {
                if (t.externalUnitName() != null) {
                    out.add(I18n.t("member.event.history.origin", t.externalUnitName()));
                }
                if (e.toUnitName() != null) {
                    out.add(I18n.t("member.event.history.receivingCell", e.toUnitName()));
                }
                if (t.letterDate() != null) {
                    out.add(I18n.t("member.event.history.letter", Dates.format(t.letterDate())));
                }
            }
            case INTERNAL_TRANSFER, UNIT_MERGE -> {
                if (e.fromUnitName() != null && e.toUnitName() != null) {
                    out.add(I18n.t("member.event.history.cellMove", e.fromUnitName(), e.toUnitName()));
                }
            }
            default -> {
                // the other events say nothing of places
            }
        }
        return out;
    }

}
