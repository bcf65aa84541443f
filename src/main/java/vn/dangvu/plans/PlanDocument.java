package vn.dangvu.plans;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.document.Closing;
import vn.dangvu.document.DocumentHeader;
import vn.dangvu.document.DocumentTitle;
import vn.dangvu.document.HdDocument;
import vn.dangvu.document.PlaceDate;
import vn.dangvu.document.Recipients;
import vn.dangvu.document.SignatureBlock;

/// The year's plan as a Party document (KẾ HOẠCH, HD 36-HD/VPTW; domain.md §10): purpose and requirements, the
/// activities by quarter in a table (the cells' and the committee's monthly meetings summed up in one row each, the
/// rest one row per activity), who carries it out, signed for the Ban Thường vụ by the secretary. Pure: the caller
/// gives the organisation, the number line and the activities.
public final class PlanDocument {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    /// What the document names: the superior line ("Đảng bộ tỉnh Khánh Hòa"), the issuing committee ("Đảng ủy xã Phú
    /// Sơn"), the commune for the text ("xã Phú Sơn"), the place ("Phú Sơn"), the secretary, the year's theme.
    public record Issuer(String superior, String committee, String commune, String place, Optional<String> secretary) {
    }

    private PlanDocument() {
    }

    /// `numberLine`: "Số 05-KH/ĐU" (or a draft "Số      -KH/ĐU"); `date` empty for a draft (the date left to fill in).
    public static HdDocument build(int year, Issuer who, String numberLine, Optional<LocalDate> date, String summary,
                                   Optional<String> theme, List<Activity> activities) {
        String placeDate = date.map(d -> PlaceDate.of(who.place(), d)).orElse(I18n.t("plan.doc.placeDateBlank", who.place()));
        DocumentHeader header = DocumentHeader.of(who.superior(), who.committee(), placeDate).withNumber(numberLine);
        String y = String.valueOf(year);
        HdDocument.Builder b = HdDocument.builder(header, DocumentTitle.of(I18n.t("plan.doc.type"), summary))
                .heading(1, I18n.t("plan.doc.purposeHeading"))
                .heading(2, I18n.t("plan.doc.purpose"))
                .paragraph(I18n.t("plan.doc.purpose.text", y, who.committee(), who.commune()));
        theme.ifPresent(t -> b.paragraph(HdDocument.Run.plain(I18n.t("plan.doc.theme", y) + " "), HdDocument.Run.bold(t),
                HdDocument.Run.plain(".")));
        b.heading(2, I18n.t("plan.doc.requirements"))
                .paragraph(I18n.t("plan.doc.requirements.text"))
                .heading(1, I18n.t("plan.doc.contentHeading"))
                .table(columns(), rows(activities))
                .heading(1, I18n.t("plan.doc.organisationHeading"))
                .paragraph(I18n.t("plan.doc.organisation.office"))
                .paragraph(I18n.t("plan.doc.organisation.inspection"))
                .paragraph(I18n.t("plan.doc.organisation.cells"))
                .paragraph(I18n.t("plan.doc.closingText", y, who.committee()))
                .closing(new Closing(new Recipients(List.of(I18n.t("plan.doc.to.province"), I18n.t("plan.doc.to.members"),
                        I18n.t("plan.doc.to.cells"), I18n.t("plan.doc.to.archive"))),
                        new SignatureBlock(I18n.t("plan.doc.authority"), I18n.t("plan.doc.signerTitle"), who.secretary())));
        return b.build();
    }

    static List<HdDocument.Column> columns() {
        return List.of(new HdDocument.Column(I18n.t("plan.doc.col.number"), 11, true),
                new HdDocument.Column(I18n.t("plan.doc.col.content"), 86, false),
                new HdDocument.Column(I18n.t("plan.doc.col.time"), 28, true),
                new HdDocument.Column(I18n.t("plan.doc.col.who"), 45, false));
    }

    /// The rows: first the monthly meetings summed up, then each quarter's other activities by date.
    static List<HdDocument.Row> rows(List<Activity> activities) {
        List<HdDocument.Row> out = new ArrayList<>();
        int n = 0;
        TreeSet<Integer> cellDays = new TreeSet<>();
        TreeSet<Integer> committeeDays = new TreeSet<>();
        List<Activity> rest = new ArrayList<>();
        for (Activity a : activities) {
            switch (a.kind()) {
                case CELL_MEETING -> cellDays.add(a.date().getDayOfMonth());
                case COMMITTEE_MEETING -> committeeDays.add(a.date().getDayOfMonth());
                default -> rest.add(a);
            }
        }
        if (!cellDays.isEmpty() || !committeeDays.isEmpty()) {
            out.add(HdDocument.Row.group(I18n.t("plan.doc.monthly")));
        }
        if (!committeeDays.isEmpty()) {
            out.add(HdDocument.Row.of(String.valueOf(++n), I18n.t("plan.doc.committeeMeetings"), days(committeeDays),
                    I18n.t("plan.default.committee")));
        }
        if (!cellDays.isEmpty()) {
            out.add(HdDocument.Row.of(String.valueOf(++n), I18n.t("plan.doc.cellMeetings"), days(cellDays),
                    I18n.t("plan.default.cells")));
        }
        int quarter = 0;
        for (Activity a : rest) {
            int q = (a.date().getMonthValue() - 1) / 3 + 1;
            if (q != quarter) {
                quarter = q;
                out.add(HdDocument.Row.group(I18n.t("plan.doc.quarter", roman(q))));
            }
            out.add(HdDocument.Row.of(String.valueOf(++n), a.title() + a.topic().map(t -> ": " + t).orElse(""), when(a),
                    who(a)));
        }
        return out;
    }

    /// "Ngày 5 hằng tháng", "Ngày 5, 10, 15 hằng tháng (theo lịch từng chi bộ)".
    private static String days(TreeSet<Integer> days) {
        List<String> list = days.stream().map(String::valueOf).toList();
        return days.size() == 1 ? I18n.t("plan.doc.everyMonth", list.getFirst())
                : I18n.t("plan.doc.everyMonthCells", String.join(", ", list));
    }

    /// "15/03/2026", or "01/04 – 31/05/2026".
    static String when(Activity a) {
        return a.endDate().map(e -> DAY_MONTH.format(a.date()) + " – " + Dates.format(e)).orElse(Dates.format(a.date()));
    }

    private static String who(Activity a) {
        List<String> parts = new ArrayList<>();
        a.responsible().ifPresent(parts::add);
        a.unitName().filter(u -> a.responsible().map(r -> !r.contains(u)).orElse(true)).ifPresent(parts::add);
        return String.join("; ", parts);
    }

    private static String roman(int q) {
        return switch (q) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}
