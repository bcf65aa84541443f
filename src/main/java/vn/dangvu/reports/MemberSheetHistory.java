package vn.dangvu.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.dangvu.common.I18n;
import vn.dangvu.party.EventType;
import vn.dangvu.reports.MemberSheetRepository.History;
import vn.dangvu.reports.MemberSheetRepository.HistoryLine;

/// Items 21–30 of the Phiếu đảng viên (domain.md §4.1). Commendations (23), Party badges (24), discipline (26)
/// and the history of leaving and rejoining the Party (27) come from the database; the items the app does not
/// store (work history, training, titles, foreign relations, family, economic situation) are dotted lines, and
/// the family relations a small ruled table, to fill in by hand.
final class MemberSheetHistory {

    /// Dotted lines for an item the app does not store, and for a data item with nothing recorded.
    static final int HAND_LINES = 4;
    static final int EMPTY_DATA_LINES = 2;
    static final int FAMILY_ROWS = 6;

    private MemberSheetHistory() {
    }

    static List<MemberSheet.Item> items(History h) {
        List<MemberSheet.Item> i = new ArrayList<>();
        i.add(hand("21", "report.sheet.item21"));
        i.add(hand("22", "report.sheet.item22"));
        i.add(data("23", "report.sheet.item23", commendations(h)));
        i.add(data("24", "report.sheet.item24", badges(h)));
        i.add(hand("25", "report.sheet.item25"));
        i.add(data("26", "report.sheet.item26", disciplines(h)));
        i.add(data("27", "report.sheet.item27", history(h)));
        i.add(hand("28", "report.sheet.item28"));
        i.add(new MemberSheet.Item("29", I18n.t("report.sheet.item29"), "", FAMILY_ROWS,
                List.of(I18n.t("report.sheet.family.relation"), I18n.t("report.sheet.family.name"),
                        I18n.t("report.sheet.family.birthYear"), I18n.t("report.sheet.family.homeTown"),
                        I18n.t("report.sheet.family.occupation"), I18n.t("report.sheet.family.address"))));
        i.add(hand("30", "report.sheet.item30"));
        return i;
    }

    private static MemberSheet.Item hand(String number, String labelKey) {
        return new MemberSheet.Item(number, I18n.t(labelKey), "", HAND_LINES, List.of());
    }

    private static MemberSheet.Item data(String number, String labelKey, List<String> lines) {
        return new MemberSheet.Item(number, I18n.t(labelKey), String.join("\n", lines), EMPTY_DATA_LINES, List.of());
    }

    /// "Giấy khen: Hoàn thành xuất sắc nhiệm vụ năm 2024 — QĐ số 301-QĐ/ĐU, ngày 15/01/2025".
    private static List<String> commendations(History h) {
        List<String> out = new ArrayList<>();
        for (MemberSheetRepository.Commendation c : h.commendations()) {
            String form = named("report.sheet.awardForm." + c.form(), c.form());
            String head = c.externalIssuer() == null || c.externalIssuer().isBlank() ? form
                    : I18n.t("report.sheet.externalAward", form, c.externalIssuer().strip());
            String what = c.achievement() == null || c.achievement().isBlank() ? head : head + ": " + c.achievement().strip();
            out.add(what + decision(c.decisionNo(), c.date()));
        }
        return out;
    }

    /// "Huy hiệu 30 năm tuổi Đảng — trao ngày 03/02/2026".
    private static List<String> badges(History h) {
        List<String> out = new ArrayList<>();
        for (MemberSheetRepository.Badge b : h.badges()) {
            String line = I18n.t("report.sheet.badge", String.valueOf(b.milestoneYears()));
            if (b.awarded() != null) {
                line += " — " + I18n.t(b.posthumous() ? "report.sheet.badge.posthumous" : "report.sheet.badge.awarded",
                        b.awarded());
            }
            out.add(line + (blank(b.decisionNo()) ? "" : ", " + I18n.t("report.sheet.decisionNo", b.decisionNo().strip())));
        }
        return out;
    }

    /// "Khiển trách — QĐ số 12-QĐ/ĐU, ngày 10/03/2024 (Đảng ủy xã Phú Sơn)".
    private static List<String> disciplines(History h) {
        List<String> out = new ArrayList<>();
        for (MemberSheetRepository.Discipline d : h.disciplines()) {
            String line = named("report.sheet.discipline." + d.form(), d.form()) + decision(d.decisionNo(), d.decisionDate());
            out.add(blank(d.issuer()) ? line : line + " (" + d.issuer().strip() + ")");
        }
        return out;
    }

    /// "Vào Đảng lần đầu ngày …", "Xóa tên ngày 01/02/2010 — QĐ số …", "Kết nạp lại ngày …", transfer gaps.
    private static List<String> history(History h) {
        List<String> out = new ArrayList<>();
        h.firstAdmission().ifPresent(d -> out.add(I18n.t("report.sheet.firstAdmission", d)));
        for (HistoryLine l : h.lines()) {
            if (MemberSheetRepository.HISTORY_GAPS.contains(l.type())) {
                String closed = "report.sheet.gap." + l.type();
                String open = "report.sheet.gapOpen." + l.type();
                out.add(l.to().map(to -> I18n.t(closed, l.date(), to)).orElseGet(() -> I18n.t(open, l.date())));
            } else {
                String event = I18n.t(EventType.valueOf(l.type()).i18nKey());
                out.add(I18n.t("report.sheet.event", event, l.date())
                        + (blank(l.decisionNo()) ? "" : " — " + I18n.t("report.sheet.decisionNo", l.decisionNo().strip())));
            }
        }
        return out;
    }

    private static String decision(String number, LocalDate date) {
        String no = blank(number) ? "" : I18n.t("report.sheet.decisionNo", number.strip());
        String on = date == null ? "" : I18n.t("report.sheet.onDate", date);
        if (no.isEmpty() && on.isEmpty()) {
            return "";
        }
        return " — " + (no.isEmpty() ? on : on.isEmpty() ? no : no + ", " + on);
    }

    /// The Vietnamese name of a stored code, or the code itself when the bundle does not know it.
    private static String named(String key, String code) {
        return I18n.bundle().containsKey(key) ? I18n.t(key) : code;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
