package vn.dangvu.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.document.DocumentHeader;
import vn.dangvu.document.PdfTableDocument;
import vn.dangvu.document.TableExporter;
import vn.dangvu.members.BadgeDueRow;
import vn.dangvu.members.BadgeService;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SettingsService;

/// The Party badge due list of a round, printed (PDF, A4 portrait, HD 36 heading) or exported (XLSX/CSV).
public final class BadgeListService {

    private static final List<PdfTableDocument.Column> COLUMNS = List.of(
            new PdfTableDocument.Column("STT", 8, true),
            new PdfTableDocument.Column("Họ và tên", 32, false),
            new PdfTableDocument.Column("Năm\nsinh", 11, true),
            new PdfTableDocument.Column("Chi bộ", 25, false),
            new PdfTableDocument.Column("Ngày vào\nĐảng", 20, true),
            new PdfTableDocument.Column("Ngày\nchính thức", 20, true),
            new PdfTableDocument.Column("Tuổi\nđảng", 10, true),
            new PdfTableDocument.Column("Huy\nhiệu", 13, true),
            new PdfTableDocument.Column("Ngày\nđến hạn", 20, true),
            new PdfTableDocument.Column("Ghi chú", 20, false));

    private final BadgeService badges;
    private final SettingsService settings;

    public BadgeListService(BadgeService badges, SettingsService settings) {
        this.badges = badges;
        this.settings = settings;
    }

    public List<BadgeDueRow> dueList(LocalDate round) throws AppException {
        return badges.dueList(round);
    }

    /// Party age at the round: the milestone plus the whole years since it fell due (negative before, for an
    /// early award), so interruptions already deducted from the due date count here too.
    public static int partyAge(BadgeDueRow r, LocalDate round) {
        return r.milestone() + Period.between(r.dueDate(), round).getYears();
    }

    /// "3/2/2026" for a round date.
    public static String roundText(LocalDate round) {
        return round.getDayOfMonth() + "/" + round.getMonthValue() + "/" + round.getYear();
    }

    /// Writes the list; the format follows the file name (.pdf, .xlsx or .csv).
    public void write(LocalDate round, List<BadgeDueRow> rows, Path out, LocalDate today) throws AppException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            OrganizationSettings s = settings.load().orElseThrow(() -> new AppException("import.error.noSetup"));
            String place = I18n.t("report.placeDate", s.communeName().replaceFirst("^(Xã|Phường|Đặc khu) ", ""),
                    today.getDayOfMonth(), today.getMonthValue(), String.valueOf(today.getYear()));
            String title = I18n.t("report.badges.title", roundText(round));
            String subtitle = I18n.t("report.badges.count", rows.size());
            new PdfTableDocument(new DocumentHeader(s.provinceLine(), s.committeeName(), place, title, subtitle),
                    COLUMNS, false, 9.5f).write(out, text(rows, round));
        } else {
            List<String> headers = COLUMNS.stream().map(c -> c.header().replace('\n', ' ')).toList();
            List<List<Object>> cells = new ArrayList<>();
            int n = 1;
            for (BadgeDueRow r : rows) {
                cells.add(List.of(n++, r.fullName(), year(r), r.unitName() == null ? "" : r.unitName(), r.admissionDate(),
                        r.fullMembershipDate().<Object>map(d -> d).orElse(""), partyAge(r, round), r.milestone(),
                        r.dueDate(), BadgeService.noteText(r)));
            }
            TableExporter.write(out, I18n.t("report.badges.sheet"), headers, cells);
        }
    }

    private static List<List<String>> text(List<BadgeDueRow> rows, LocalDate round) {
        List<List<String>> out = new ArrayList<>();
        int n = 1;
        for (BadgeDueRow r : rows) {
            out.add(List.of(String.valueOf(n++), r.fullName(), year(r), r.unitName() == null ? "" : r.unitName(),
                    Dates.format(r.admissionDate()), Dates.format(r.fullMembershipDate().orElse(null)),
                    String.valueOf(partyAge(r, round)), I18n.t("report.badges.milestone", r.milestone()),
                    Dates.format(r.dueDate()), BadgeService.noteText(r)));
        }
        return out;
    }

    private static String year(BadgeDueRow r) {
        return r.birthDate() == null ? "" : String.valueOf(r.birthDate().getYear());
    }
}
