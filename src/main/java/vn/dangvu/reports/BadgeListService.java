package vn.dangvu.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.document.Closing;
import vn.dangvu.document.DocumentTitle;
import vn.dangvu.document.PageSetup;
import vn.dangvu.document.PdfTableDocument;
import vn.dangvu.document.Recipients;
import vn.dangvu.document.SignatureBlock;
import vn.dangvu.document.TableExporter;
import vn.dangvu.members.BadgeDueRow;
import vn.dangvu.members.BadgeService;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SettingsService;

/// The Party badge list of a round (domain.md §5.3): printed as a document of the commune committee (PDF, A4
/// portrait, HD 36 header, "Nơi nhận" and the signature of the Ban Thường vụ) or exported (XLSX/CSV).
public final class BadgeListService {

    private static final float FONT = 10.5f;
    private static final String[] KEYS = {"stt", "name", "birthYear", "cell", "admission", "full", "partyAge", "badge", "note"};
    /// Widths in mm on the 160 mm of a portrait page: a date (dd/MM/yyyy, 10.5 pt) needs 18 mm.
    private static final float[] WIDTHS = {9, 32, 11, 22, 19, 19, 16, 13, 19};

    private final BadgeService badges;
    private final SettingsService settings;

    public BadgeListService(BadgeService badges, SettingsService settings) {
        this.badges = badges;
        this.settings = settings;
    }

    public List<BadgeDueRow> dueList(LocalDate round) throws AppException {
        return badges.dueList(round);
    }

    /// The bulk action of the badge list: [BadgeService#markAwardedBefore].
    public BadgeService.Marked markAwardedBefore(LocalDate before) throws AppException {
        return badges.markAwardedBefore(before);
    }

    /// The real party age on the round date, in whole years and months (domain.md §5.3): the due date is the day the
    /// party age reached the milestone (interruptions already deducted), so the age at the round is the milestone
    /// plus (or, for an early award, minus) the time between them. Party age stops at death: for a posthumous award
    /// it is the age on the day the member died (HD 01-HD/TW 2021 §18).
    public static Period partyAge(BadgeDueRow r, LocalDate round) {
        LocalDate asOf = r.deathDate().filter(d -> d.isBefore(round)).orElse(round);
        Period p = Period.between(r.dueDate().minusYears(r.milestone()), asOf);
        return Period.of(p.getYears(), p.getMonths(), 0);
    }

    /// "29 năm 10 tháng", "30 năm".
    public static String partyAgeText(BadgeDueRow r, LocalDate round) {
        return partyAgeText(r, round, " ");
    }

    /// The years and the months apart by `separator` (the PDF's narrow column breaks the line between them).
    private static String partyAgeText(BadgeDueRow r, LocalDate round, String separator) {
        Period p = partyAge(r, round);
        String years = I18n.t("report.badges.ageYears", p.getYears());
        return p.getMonths() == 0 ? years : years + separator + I18n.t("report.badges.ageMonths", p.getMonths());
    }

    /// "3/2/2026" for a round date.
    public static String roundText(LocalDate round) {
        return round.getDayOfMonth() + "/" + round.getMonthValue() + "/" + round.getYear();
    }

    static List<PdfTableDocument.Column> columns() {
        List<PdfTableDocument.Column> out = new ArrayList<>();
        for (int i = 0; i < KEYS.length; i++) {
            boolean left = i == 1 || i == 3 || i == 8;
            String key = "report.badges.col." + KEYS[i];
            out.add(new PdfTableDocument.Column(I18n.t(key), WIDTHS[i], !left));
        }
        return out;
    }

    /// Writes the list; the format follows the file name (.pdf, .xlsx or .csv).
    public void write(LocalDate round, List<BadgeDueRow> rows, Path out, LocalDate today) throws AppException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            OrganizationSettings s = settings.load().orElseThrow(() -> new AppException("import.error.noSetup"));
            DocumentTitle title = new DocumentTitle(I18n.t("report.badges.title", roundText(round)), List.of(),
                    List.of(I18n.t("report.badges.count", rows.size(), round)));
            new PdfTableDocument(ReportText.header(s, today), title, columns(), PageSetup.A4_PORTRAIT, FONT,
                    Optional.of(closing(s))).write(out, text(rows, round));
        } else {
            List<String> headers = new ArrayList<>(columns().stream().map(c -> c.header().replace('\n', ' ')).toList());
            headers.add(headers.size() - 1, I18n.t("report.badges.col.due"));
            List<List<Object>> cells = new ArrayList<>();
            int n = 1;
            for (BadgeDueRow r : rows) {
                cells.add(List.of(n++, r.fullName(), year(r), ReportText.nz(r.unitName()), r.admissionDate(),
                        r.fullMembershipDate().<Object>map(d -> d).orElse(""), partyAgeText(r, round), r.milestone(),
                        r.dueDate(), BadgeService.noteText(r)));
            }
            TableExporter.write(out, I18n.t("report.badges.sheet"), headers, cells);
        }
    }

    /// "Nơi nhận" (the province's organisation board, the cells, the archive) and "T/M BAN THƯỜNG VỤ / BÍ THƯ" with
    /// the secretary's name from the settings when it is known.
    static Closing closing(OrganizationSettings s) {
        Recipients to = new Recipients(List.of(I18n.t("report.badges.to.province", provincialCommittee(s.provinceLine())),
                I18n.t("report.badges.to.cells"), I18n.t("report.badges.to.archive")));
        return new Closing(to, new SignatureBlock(I18n.t("report.badges.sign.authority"), I18n.t("report.badges.sign.title"),
                s.secretaryName()));
    }

    /// "Đảng bộ tỉnh Khánh Hòa" → "Tỉnh ủy Khánh Hòa"; "Đảng bộ thành phố Huế" → "Thành ủy Huế".
    static String provincialCommittee(String provinceLine) {
        String p = provinceLine.replaceFirst("(?iu)^đảng bộ\\s+", "").strip();
        String lower = p.toLowerCase(Locale.of("vi"));
        if (lower.startsWith("thành phố ")) {
            return I18n.t("report.badges.cityCommittee", p.substring("thành phố ".length()).strip());
        }
        return I18n.t("report.badges.provinceCommittee", lower.startsWith("tỉnh ") ? p.substring("tỉnh ".length()).strip() : p);
    }

    private static List<List<String>> text(List<BadgeDueRow> rows, LocalDate round) {
        List<List<String>> out = new ArrayList<>();
        int n = 1;
        for (BadgeDueRow r : rows) {
            out.add(List.of(String.valueOf(n++), r.fullName(), year(r), ReportText.nz(r.unitName()),
                    ReportText.date(r.admissionDate()), r.fullMembershipDate().map(ReportText::date).orElse(""),
                    partyAgeText(r, round, "\n"), I18n.t("report.badges.milestone", r.milestone()), BadgeService.noteText(r)));
        }
        return out;
    }

    private static String year(BadgeDueRow r) {
        return r.birthDate() == null ? "" : String.valueOf(r.birthDate().getYear());
    }
}
