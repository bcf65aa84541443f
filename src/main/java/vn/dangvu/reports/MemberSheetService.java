package vn.dangvu.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.document.PdfText;
import vn.dangvu.document.PlaceDate;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.reports.MemberSheet.Field;
import vn.dangvu.reports.MemberSheet.Item;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SettingsService;

/// A member's summary sheet (Phiếu đảng viên, Mẫu 2-HSĐV; domain.md §4.1) as PDF: items 01–20 and 23, 24, 26, 27
/// from the database ([MemberSheetHistory]), code-list values by their names; what the database does not hold is
/// left as lines to fill in by hand, sub-field by sub-field.
public final class MemberSheetService {

    /// Professional levels that are academic degrees (học vị), item 17.
    static final Set<String> DEGREES = Set.of("MASTER", "DOCTOR");
    /// The professional level a degree holder has at least: a master's or doctor's degree follows a university one.
    static final String UNIVERSITY = "UNIVERSITY";

    private final Database db;
    private final MemberSheetRepository repo;
    private final CodeNameRepository codes;
    private final SettingsService settings;

    public MemberSheetService(Database db, SettingsService settings) {
        this.db = db;
        this.repo = new MemberSheetRepository();
        this.codes = new CodeNameRepository();
        this.settings = settings;
    }

    /// Item 17's "Chuyên môn nghiệp vụ" and "Học vị" from the stored professional level.
    record Education(String professional, String degree) {
    }

    static Education education(String professionalCode, CodeNames names) {
        if (professionalCode != null && DEGREES.contains(professionalCode)) {
            return new Education(names.name(CodeNames.PROFESSIONAL_LEVEL, UNIVERSITY),
                    names.name(CodeNames.PROFESSIONAL_LEVEL, professionalCode));
        }
        return new Education(names.name(CodeNames.PROFESSIONAL_LEVEL, professionalCode), "");
    }

    public MemberSheet sheet(long memberId, LocalDate today) throws AppException {
        record Loaded(MemberSheetRepository.Data data, MemberSheetRepository.History history, CodeNames names) {
        }
        Loaded loaded = db.read(trx -> repo.load(trx.dsl(), memberId)
                        .map(d -> new Loaded(d, repo.history(trx.dsl(), memberId), codes.load(trx.dsl()))))
                .orElseThrow(() -> new AppException("report.error.noMember", memberId));
        MemberSheetRepository.Data d = loaded.data();
        OrganizationSettings s = settings.load().orElseThrow(() -> new AppException("import.error.noSetup"));
        List<String> left = new ArrayList<>();
        left.add(PdfText.upper(s.provinceLine()));
        left.add(PdfText.upper(s.partyOrganizationName()));
        d.units().forEach(u -> left.add(PdfText.upper(u.name())));
        List<Item> items = items(d, loaded.names());
        items.addAll(MemberSheetHistory.items(loaded.history()));
        return new MemberSheet(left, ReportText.nz(d.dossierNumber()), ReportText.nz(d.cardNumber()), items,
                PlaceDate.of(ReportText.place(s), today));
    }

    public void write(long memberId, Path out, LocalDate today) throws AppException {
        MemberSheetPdf.write(sheet(memberId, today), out);
    }

    private static List<Item> items(MemberSheetRepository.Data d, CodeNames n) {
        List<Item> i = new ArrayList<>();
        i.add(item("01", "report.sheet.item01", PdfText.upper(d.fullName())));
        i.add(item("02", "report.sheet.item02", I18n.t(Gender.valueOf(d.gender()).i18nKey())));
        i.add(Item.fields("03", "", List.of(row(field("report.sheet.f.nameInUse", d.nameInUse()), field("report.sheet.f.alias", d.alias())))));
        i.add(item("04", "report.sheet.item04", ReportText.birth(d.birthDate(), d.birthPrecision())));
        i.add(item("05", "report.sheet.item05", d.placeOfBirth()));
        i.add(item("06", "report.sheet.item06", d.homeTown()));
        i.add(Item.fields("07", "", List.of(row(field("report.sheet.f.permanent", d.permanentAddress())),
                row(field("report.sheet.f.temporary", d.temporaryAddress())))));
        i.add(item("08", "report.sheet.item08", n.name(CodeNames.ETHNICITY, d.ethnicityCode())));
        i.add(item("09", "report.sheet.item09", n.name(CodeNames.RELIGION, d.religionCode())));
        i.add(item("10", "report.sheet.item10", d.familyBackground()));
        i.add(item("11", "report.sheet.item11", d.occupation()));
        i.add(Item.fields("12", "", item12(d)));
        i.add(Item.fields("13", "", List.of(row(field("report.sheet.f.recruited", ReportText.date(d.recruitmentDate())),
                field("report.sheet.f.agency", d.recruitmentAgency())))));
        i.add(item("14", "report.sheet.item14", ReportText.date(d.youthUnionDate())));
        i.add(item("15", "report.sheet.item15", ""));
        i.add(Item.fields("16", "", List.of(row(field("report.sheet.f.enlisted", ReportText.date(d.enlistmentDate())),
                field("report.sheet.f.discharged", ReportText.date(d.dischargeDate()))))));
        i.add(Item.fields("17", I18n.t("report.sheet.item17"), item17(d, n)));
        i.add(Item.fields("18", "", List.of(
                row(field("report.sheet.f.health", d.health()), field("report.sheet.f.invalid", d.warInvalidClass())),
                row(field("report.sheet.f.martyr", yes(d.martyrFamily())),
                        field("report.sheet.f.meritorious", yes(d.meritoriousFamily()))))));
        i.add(item("19", "report.sheet.item19", d.cccd()));
        i.add(item("20", "report.sheet.item20", MemberStatus.EXEMPT_WORK_MEETINGS.name().equals(d.status())
                ? d.exemptionStart().map(ReportText::date).orElse("") : ""));
        return i;
    }

    /// Item 12: admission (date and cell), the two sponsors, the decision date, full membership (date and cell).
    private static List<List<Field>> item12(MemberSheetRepository.Data d) {
        String cellNow = d.units().isEmpty() ? null : d.units().getLast().name();
        String admittedAt = d.admissionUnit() != null && !d.admissionUnit().isBlank() ? d.admissionUnit()
                : RegisterRules.cellAt(d.events(), d.unitId(), cellNow, EventType.ADMISSION).orElse("");
        String fullAt = RegisterRules.cellAt(d.events(), d.unitId(), cellNow, EventType.FULL_MEMBERSHIP).orElse("");
        return List.of(
                row(field("report.sheet.f.admitted", ReportText.date(d.admissionCeremony())), field("report.sheet.f.atCell", admittedAt)),
                row(field("report.sheet.f.sponsor1", d.sponsor1())),
                row(field("report.sheet.f.sponsor2", d.sponsor2())),
                row(field("report.sheet.f.decision", ReportText.date(d.admissionDecision()))),
                row(field("report.sheet.f.full", ReportText.date(d.fullMembership())), field("report.sheet.f.atCell", fullAt)));
    }

    /// Item 17: general education, professional level, academic degree and title, political theory, foreign
    /// language and IT, each by its code-list name.
    private static List<List<Field>> item17(MemberSheetRepository.Data d, CodeNames n) {
        Education e = education(d.professionalCode(), n);
        return List.of(
                row(field("report.sheet.f.general", n.name(CodeNames.GENERAL_EDUCATION, d.generalEducationCode()))),
                row(field("report.sheet.f.professional", e.professional())),
                row(field("report.sheet.f.degree", e.degree()), field("report.sheet.f.title", d.academicTitle())),
                row(field("report.sheet.f.theory", n.name(CodeNames.THEORY_LEVEL, d.theoryCode()))),
                row(field("report.sheet.f.language", d.foreignLanguage()), field("report.sheet.f.it", d.itLevel())));
    }

    private static List<Field> row(Field... fields) {
        return List.of(fields);
    }

    private static Field field(String labelKey, String value) {
        return new Field(I18n.t(labelKey), ReportText.nz(value).strip());
    }

    private static String yes(boolean b) {
        return b ? I18n.t("report.sheet.yes") : "";
    }

    private static Item item(String n, String labelKey, String value) {
        return new Item(n, I18n.t(labelKey), ReportText.nz(value));
    }
}
