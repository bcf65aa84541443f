package vn.dangvu.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.document.DocumentTitle;
import vn.dangvu.document.PageSetup;
import vn.dangvu.document.PdfTableDocument;
import vn.dangvu.document.TableExporter;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SettingsService;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitService;

/// The member register of a cell (Sổ danh sách đảng viên, Mẫu 7-HSĐV, 14 columns; domain.md §4.1) as PDF (A4
/// landscape) or XLSX. Members who moved to another cell stay in this cell's book ([RegisterRules]).
public final class MemberRegisterService {

    /// Widths in mm of the 14 columns on the 257 mm of a landscape page: a date (dd/MM/yyyy, 8.5 pt) needs 15 mm.
    private static final float[] WIDTHS = {7, 31, 15, 20, 24, 18, 17, 19, 12, 21, 21, 16, 16, 20};
    private static final float FONT = 8.5f;

    private final Database db;
    private final RegisterRepository repo;
    private final UnitService units;
    private final SettingsService settings;

    public MemberRegisterService(Database db, RegisterRepository repo, UnitService units, SettingsService settings) {
        this.db = db;
        this.repo = repo;
        this.units = units;
        this.settings = settings;
    }

    /// The 14 column headings (report.register.col.1 … col.14; "\n" marks where the PDF breaks them).
    static List<PdfTableDocument.Column> columns() {
        List<PdfTableDocument.Column> out = new ArrayList<>();
        for (int i = 0; i < WIDTHS.length; i++) {
            boolean left = i == 1 || i == 3 || i == 5 || i == 9 || i == 10 || i == 13;
            String key = "report.register.col." + (i + 1);
            out.add(new PdfTableDocument.Column(I18n.t(key), WIDTHS[i], !left));
        }
        return out;
    }

    /// The 14 columns as text, one row per member written in the unit's book.
    public List<List<String>> rows(long unitId) {
        List<List<String>> rows = new ArrayList<>();
        for (RegisterRepository.Entry e : db.read(trx -> repo.entries(trx.dsl(), unitId))) {
            RegisterRepository.Member m = e.member();
            Optional<RegisterRules.Book> book = RegisterRules.book(e.events(), m.unitId(), unitId);
            if (book.isEmpty()) {
                continue;
            }
            RegisterRules.Book b = book.get();
            rows.add(List.of(String.valueOf(rows.size() + 1),
                    ReportText.lines(m.fullName(), otherName(m), ReportText.birth(m.birthDate(), m.birthPrecision())),
                    ReportText.lines(I18n.t(Gender.valueOf(m.gender()).i18nKey()), m.ethnicity(), m.religion()),
                    ReportText.nz(m.homeTown()),
                    ReportText.lines(m.generalEducation(), labelled("report.register.theory", m.theory()),
                            labelled("report.register.professional", m.professionalLevel()), m.foreignLanguage()),
                    ReportText.lines(m.occupationBeforeAdmission(), m.occupation()),
                    ReportText.lines(ReportText.date(m.admissionDecisionDate()), ReportText.date(m.fullMembershipDate())),
                    ReportText.lines(m.cardNumber(), m.dossierNumber(), String.join("\n", e.badgeNumbers())),
                    ReportText.lines(m.armyOrPolice() ? I18n.t("report.register.armyOrPolice") : "",
                            m.retired() ? I18n.t("report.register.retired") : ""),
                    moves(b.out()),
                    moves(b.in()),
                    b.death().map(d -> ReportText.lines(ReportText.date(d.date()), d.note())).orElse(""),
                    b.leaving().map(l -> ReportText.lines(ReportText.date(l.date()), I18n.t(EventType.valueOf(l.type()).i18nKey())))
                            .orElse(""),
                    note(m, b)));
        }
        return rows;
    }

    private static String otherName(RegisterRepository.Member m) {
        String other = ReportText.join("; ", same(m.nameInUse(), m.fullName()) ? null : m.nameInUse(), m.alias());
        return other.isEmpty() ? "" : I18n.t("report.register.otherName", other);
    }

    private static boolean same(String a, String b) {
        return a == null || a.strip().equalsIgnoreCase(b.strip());
    }

    private static String labelled(String key, String value) {
        return value == null || value.isBlank() ? "" : I18n.t(key, value);
    }

    /// "12/03/2025" and the other cell or organisation under it, one move after the other.
    private static String moves(List<RegisterRules.Move> moves) {
        List<String> out = new ArrayList<>();
        moves.forEach(mv -> out.add(ReportText.lines(ReportText.date(mv.date()), mv.place())));
        return String.join("\n", out);
    }

    /// Column 14: how the member left the cell when it was a move inside the commune, temporary transfers away,
    /// then the record's own note.
    private static String note(RegisterRepository.Member m, RegisterRules.Book b) {
        List<String> out = new ArrayList<>();
        for (RegisterRules.Move mv : b.out()) {
            String how = "report.register.note." + mv.type();
            if (mv.internal()) {
                out.add(I18n.t(how));
            }
        }
        b.temporary().forEach(t -> out.add(I18n.t("report.register.temporary", t.date(), ReportText.nz(t.external()).strip())));
        out.add(ReportText.nz(m.note()));
        return ReportText.lines(out.toArray(String[]::new));
    }

    /// Writes the register of one unit; the format follows the file name (.pdf or .xlsx).
    public void write(long unitId, Path out, LocalDate today) throws AppException {
        PartyUnit unit = units.all().stream().filter(u -> u.id() == unitId).findFirst()
                .orElseThrow(() -> new AppException("report.error.noUnit", unitId));
        OrganizationSettings s = settings.load().orElseThrow(() -> new AppException("import.error.noSetup"));
        List<List<String>> rows = rows(unitId);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            new PdfTableDocument(ReportText.header(s, today), DocumentTitle.of(I18n.t("report.register.title"), unit.name()),
                    columns(), PageSetup.A4_LANDSCAPE, FONT, Optional.empty()).numberColumns().write(out, rows);
        } else {
            List<String> headers = columns().stream().map(c -> c.header().replace('\n', ' ')).toList();
            List<List<Object>> cells = rows.stream().map(r -> List.<Object>copyOf(r)).toList();
            TableExporter.write(out, unit.name().length() > 31 ? unit.name().substring(0, 31) : unit.name(), headers, cells);
        }
    }
}
