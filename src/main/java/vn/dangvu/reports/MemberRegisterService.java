package vn.dangvu.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.document.DocumentHeader;
import vn.dangvu.document.PdfTableDocument;
import vn.dangvu.document.TableExporter;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SettingsService;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitService;

/// The member register of a cell (Sổ danh sách đảng viên, Mẫu 7-HSĐV, 14 columns) as PDF or XLSX.
public final class MemberRegisterService {

    private static final List<PdfTableDocument.Column> COLUMNS = List.of(
            new PdfTableDocument.Column("STT", 9, true),
            new PdfTableDocument.Column("Họ và tên\n(khai sinh)", 38, false),
            new PdfTableDocument.Column("Nam, nữ;\ndân tộc;\ntôn giáo", 20, true),
            new PdfTableDocument.Column("Quê quán", 30, false),
            new PdfTableDocument.Column("Văn hóa; lý luận;\nchuyên môn;\nngoại ngữ", 24, true),
            new PdfTableDocument.Column("Nghề nghiệp\ntrước khi vào\nĐảng / hiện nay", 26, false),
            new PdfTableDocument.Column("Ngày vào Đảng;\nngày chính thức", 22, true),
            new PdfTableDocument.Column("Số thẻ ĐV;\nsố lý lịch;\nsố Huy hiệu", 24, true),
            new PdfTableDocument.Column("Bộ đội,\ncông an,\nhưu trí", 15, true),
            new PdfTableDocument.Column("Ngày\nchuyển đi", 17, true),
            new PdfTableDocument.Column("Ngày\nchuyển đến", 17, true),
            new PdfTableDocument.Column("Ngày từ trần;\nlý do", 20, true),
            new PdfTableDocument.Column("Ngày ra khỏi\nĐảng; hình thức", 22, true),
            new PdfTableDocument.Column("Ghi chú", 20, false));

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

    /// The 14 columns as text, one row per member who belongs or belonged to the unit.
    public List<List<String>> rows(long unitId) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (RegisterRepository.Entry e : db.read(trx -> repo.entries(trx.dsl(), unitId))) {
            RegisterRepository.Member m = e.member();
            rows.add(List.of(String.valueOf(n++), m.fullName(),
                    lines(I18n.t(Gender.valueOf(m.gender()).i18nKey()), e.ethnicity(), e.religion()),
                    nz(m.homeTown()),
                    lines(m.generalEducation(), e.theory(), m.professionalLevel(), m.foreignLanguage()),
                    lines(m.occupationBeforeAdmission(), m.occupation()),
                    lines(date(m.admissionDecisionDate()), date(m.fullMembershipDate())),
                    lines(m.cardNumber(), m.dossierNumber(), String.join("; ", e.badgeNumbers())),
                    lines(m.armyOrPolice() ? "Bộ đội/CA" : "", m.retired() ? "Hưu trí" : ""),
                    date(e.eventDates().get(EventType.TRANSFER_OUT.name())),
                    date(e.eventDates().get(EventType.TRANSFER_IN.name())),
                    lines(date(e.eventDates().get(EventType.DEATH.name())), e.eventNotes().get(EventType.DEATH.name())),
                    leave(e),
                    nz(m.note())));
        }
        return rows;
    }

    private static String leave(RegisterRepository.Entry e) {
        for (EventType t : List.of(EventType.EXPULSION, EventType.REMOVAL, EventType.RESIGNATION, EventType.PROBATION_FAILED)) {
            LocalDate d = e.eventDates().get(t.name());
            if (d != null) {
                return lines(date(d), I18n.t(t.i18nKey()));
            }
        }
        return "";
    }

    /// Writes the register of one unit; the format follows the file name (.pdf or .xlsx).
    public void write(long unitId, Path out, LocalDate today) throws AppException {
        PartyUnit unit = units.all().stream().filter(u -> u.id() == unitId).findFirst()
                .orElseThrow(() -> new AppException("report.error.noUnit", unitId));
        OrganizationSettings s = settings.load().orElseThrow(() -> new AppException("import.error.noSetup"));
        List<List<String>> rows = rows(unitId);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String title = I18n.t("report.register.title");
        if (name.endsWith(".pdf")) {
            String place = I18n.t("report.placeDate", s.communeName().replaceFirst("^(Xã|Phường|Đặc khu) ", ""),
                    today.getDayOfMonth(), today.getMonthValue(), String.valueOf(today.getYear()));
            new PdfTableDocument(new DocumentHeader(s.provinceLine(), s.committeeName(), place, title, unit.name()),
                    COLUMNS, true, 8.5f).write(out, rows);
        } else {
            List<String> headers = COLUMNS.stream().map(c -> c.header().replace('\n', ' ')).toList();
            List<List<Object>> cells = rows.stream().map(r -> List.<Object>copyOf(r)).toList();
            TableExporter.write(out, unit.name().length() > 31 ? unit.name().substring(0, 31) : unit.name(), headers, cells);
        }
    }

    private static String lines(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return Dates.format(d);
    }

    static Stream<PdfTableDocument.Column> columns() {
        return COLUMNS.stream();
    }
}
