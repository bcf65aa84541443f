package vn.dangvu.registrations;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.document.Closing;
import vn.dangvu.document.DocumentHeader;
import vn.dangvu.document.DocumentTitle;
import vn.dangvu.document.HdDocument;
import vn.dangvu.document.HdDocument.Column;
import vn.dangvu.document.PlaceDate;
import vn.dangvu.document.Recipients;
import vn.dangvu.document.SignatureBlock;
import vn.dangvu.document.TableExporter;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SettingsService;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitService;
import vn.dangvu.years.WorkingYear;
import vn.dangvu.years.WorkingYearService;

/// The registrations' documents: a member's (or a cell's) registration form as domain.md §7.2 lays it out (an
/// individual document: no number line, signed by the member, confirmed by the cell), a cell's summary, both as PDF
/// or DOCX by the file name; and the whole year as an XLSX workbook (cells, members' items, cells' items) that the
/// import reads back.
public final class RegistrationDocumentService {

    /// The tables' type size: one step under HD 36's 13 pt, so six columns fit a portrait page.
    private static final float TABLE = 12f;

    private final RegistrationService registrations;
    private final SettingsService settings;
    private final UnitService units;
    private final WorkingYearService years;
    private final Clock clock;

    public RegistrationDocumentService(RegistrationService registrations, SettingsService settings, UnitService units,
                                       WorkingYearService years, Clock clock) {
        this.registrations = registrations;
        this.settings = settings;
        this.units = units;
        this.years = years;
        this.clock = clock;
    }

    /// The registration form of a member or a cell on the HD 36 document model ([HdDocument]); `.pdf` or `.docx`.
    /// A member's form is an individual's document (no number line) signed by the member, with the cell's review
    /// and confirmation above; a cell's form is signed "T/M CHI BỘ / BÍ THƯ" and sent to the commune committee.
    public void printForm(int year, Subject s, Path out) throws AppException {
        Registration r = registrations.find(year, s).orElseThrow(() -> new AppException("registrations.error.gone"));
        OrganizationSettings org = org();
        PartyUnit cell = unit(r.unitId());
        LocalDate day = r.form().registeredDate().orElse(LocalDate.now(clock));
        DocumentHeader header = DocumentHeader.of(org.partyOrganizationName(), cell.name(), PlaceDate.of(place(org), day));
        RegistrationForm f = r.form();
        List<String> summary = List.of();
        String name = "";
        List<HdDocument.Block> intro = new ArrayList<>();
        if (s.isMember()) {
            CellMember m = registrations.members(year).stream().filter(x -> x.memberId() == s.id()).findFirst()
                    .orElseThrow(() -> new AppException("registrations.error.unknownMember", s.id()));
            name = m.fullName();
            intro.add(line(I18n.t("registrations.doc.who", m.fullName(), m.birthDate().map(Dates::format).orElse("…………"))));
            intro.add(line(I18n.t("registrations.doc.cell", cell.name())));
        } else {
            summary = List.of(I18n.t("registrations.doc.ofCell", cell.name()));
            f.targetLevel().ifPresent(t -> intro.add(line(I18n.t("registrations.doc.target", I18n.t(RegistrationRules.targetKey(t))))));
        }
        HdDocument.Builder b = HdDocument.builder(header, new DocumentTitle(I18n.t("registrations.doc.title", year), summary,
                List.of()));
        intro.forEach(b::block);
        b.heading(1, I18n.t("registrations.doc.study"))
                .paragraph(orDots(f.study().isBlank() ? theme(year) : f.study()))
                .heading(1, I18n.t("registrations.doc.deeds"))
                .block(new HdDocument.Table(itemColumns(s.isMember()), itemRows(f.items(), s.isMember()), TABLE))
                .heading(1, I18n.t(s.isMember() ? "registrations.doc.pledge" : "registrations.doc.models"))
                .paragraph(orDots(f.pledge()));
        if (!f.selfSummary().isBlank()) {
            b.paragraph(HdDocument.Run.bold(I18n.t("registrations.doc.selfSummary")), HdDocument.Run.plain(f.selfSummary()));
        }
        b.heading(1, I18n.t(s.isMember() ? "registrations.doc.review" : "registrations.doc.committeeReview"))
                .paragraph(orDots(f.review()));
        if (f.review().isBlank()) {
            b.paragraph(DOTS);
        }
        Closing closing = s.isMember()
                ? new Closing(new Recipients(List.of(I18n.t("registrations.doc.toCell", cell.name()),
                        I18n.t("registrations.doc.keepMember"))), new SignatureBlock("", I18n.t("registrations.doc.registrant"),
                        Optional.of(name)))
                : new Closing(new Recipients(List.of(I18n.t("registrations.doc.toCommittee", org.committeeName()),
                        I18n.t("registrations.doc.keep"))), new SignatureBlock(I18n.t("registrations.doc.forCell"),
                        I18n.t("registrations.doc.secretary"), Optional.empty()));
        write(b.closing(closing).build(), out);
    }

    /// A cell's summary: its members with where each stands and their counts, who has not registered, and the items
    /// that lack a measure or a deadline; `.pdf` or `.docx`.
    public void printCell(int year, long unitId, Path out) throws AppException {
        OrganizationSettings org = org();
        PartyUnit cell = unit(unitId);
        CellCoverage c = registrations.coverage(year).cells().stream().filter(x -> x.unitId() == unitId).findFirst()
                .orElse(new CellCoverage(unitId, cell.name(), 0, 0, 0, 0, Tally.NONE, false, 0));
        List<CellMember> members = registrations.cellMembers(year, unitId);
        Map<Long, Registration> byMember = new HashMap<>();
        registrations.registrations(year).stream().filter(r -> r.form().subject().isMember())
                .forEach(r -> byMember.put(r.form().subject().id(), r));
        List<HdDocument.Row> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> vague = new ArrayList<>();
        int n = 1;
        for (CellMember m : members) {
            Tally t = m.result().tally();
            rows.add(HdDocument.Row.of(String.valueOf(n++), m.fullName(), I18n.t(m.result().standing().i18nKey()), count(t.items()),
                    count(t.vague()), count(t.done()), count(t.partly()), count(t.notDone()),
                    t.overall().map(a -> I18n.t(a.i18nKey())).orElse("")));
            if (m.result().standing() == Standing.MISSING) {
                missing.add(m.fullName());
            }
            Registration r = byMember.get(m.memberId());
            if (r != null) {
                r.form().items().stream().filter(RegistrationRules::vague)
                        .forEach(i -> vague.add(I18n.t("registrations.doc.vagueItem", m.fullName(), i.content())));
            }
        }
        DocumentHeader header = DocumentHeader.of(org.partyOrganizationName(), cell.name(),
                PlaceDate.of(place(org), LocalDate.now(clock)));
        DocumentTitle title = new DocumentTitle(I18n.t("registrations.doc.summaryTitle", year), List.of(cell.name()),
                List.of(I18n.t("registrations.doc.summaryCounts", c.members(), c.registered(), c.missing(), c.items().items(),
                        c.items().vague(), c.items().done(), c.items().partly(), c.items().notDone())));
        Closing closing = new Closing(new Recipients(List.of(I18n.t("registrations.doc.toCommittee", org.committeeName()),
                I18n.t("registrations.doc.keep"))), new SignatureBlock(I18n.t("registrations.doc.forCell"),
                I18n.t("registrations.doc.secretary"), Optional.empty()));
        write(HdDocument.builder(header, title)
                .block(new HdDocument.Table(summaryColumns(), rows, TABLE))
                .paragraph(HdDocument.Run.bold(I18n.t("registrations.doc.missing")), HdDocument.Run.plain(missing.isEmpty()
                        ? I18n.t("registrations.doc.none") + "." : String.join(", ", missing) + "."))
                .paragraph(HdDocument.Run.bold(I18n.t("registrations.doc.vague")), HdDocument.Run.plain(vague.isEmpty()
                        ? I18n.t("registrations.doc.none") + "." : String.join("; ", vague) + "."))
                .closing(closing).build(), out);
    }

    /// A line of the form's opening (name, cell): not indented.
    private static HdDocument.Paragraph line(String text) {
        return new HdDocument.Paragraph(List.of(HdDocument.Run.plain(text)), false);
    }

    /// The year as a workbook: sheet "Chi bộ" (coverage per cell), "Đảng viên" (one row per item, a member without a
    /// registration on one row) and "Tập thể" (the cells' own items). The members' sheet is read back by the import.
    public void exportXlsx(int year, Path out) throws AppException {
        Coverage c = registrations.coverage(year);
        List<Registration> all = registrations.registrations(year);
        Map<Long, Registration> byMember = new HashMap<>();
        List<Registration> collective = new ArrayList<>();
        for (Registration r : all) {
            if (r.form().subject().isMember()) {
                byMember.put(r.form().subject().id(), r);
            } else {
                collective.add(r);
            }
        }
        Map<Long, String> unitNames = new HashMap<>();
        units.all().forEach(u -> unitNames.put(u.id(), u.name()));
        List<List<Object>> cells = new ArrayList<>();
        for (CellCoverage x : c.cells()) {
            cells.add(List.of(x.name(), x.members(), x.registered(), x.missing(), x.excused(), x.items().items(), x.items().vague(),
                    x.items().done(), x.items().partly(), x.items().notDone(),
                    I18n.t(x.collective() ? "registrations.xlsx.yes" : "registrations.xlsx.no")));
        }
        List<List<Object>> members = new ArrayList<>();
        for (CellMember m : registrations.members(year)) {
            String unit = unitNames.getOrDefault(m.result().unitId(), "");
            Registration r = byMember.get(m.memberId());
            List<Object> who = List.of(unit, m.cardNumber(), m.fullName(), m.birthDate().<Object>map(d -> d).orElse(""),
                    I18n.t(m.result().standing().i18nKey()));
            if (r == null || r.form().items().isEmpty()) {
                members.add(who);
                continue;
            }
            int n = 1;
            for (RegistrationItem i : r.form().items()) {
                List<Object> row = new ArrayList<>(who);
                row.addAll(itemCells(n++, i));
                members.add(row);
            }
        }
        List<List<Object>> cellItems = new ArrayList<>();
        for (Registration r : collective) {
            int n = 1;
            for (RegistrationItem i : r.form().items()) {
                List<Object> row = new ArrayList<>(List.of(unitNames.getOrDefault(r.unitId(), "")));
                row.addAll(itemCells(n++, i));
                row.add(6, i.responsible());
                cellItems.add(row);
            }
        }
        TableExporter.writeSheets(out, List.of(
                new TableExporter.TableSheet(I18n.t("registrations.xlsx.cells"), headers("registrations.xlsx.col.cell",
                        "registrations.xlsx.col.members", "registrations.xlsx.col.registered", "registrations.xlsx.col.missing",
                        "registrations.xlsx.col.excused", "registrations.xlsx.col.items", "registrations.xlsx.col.vague",
                        "registrations.assessment.DONE", "registrations.assessment.PARTLY", "registrations.assessment.NOT_DONE",
                        "registrations.xlsx.col.collective"), cells),
                new TableExporter.TableSheet(I18n.t("registrations.xlsx.members"), headers("registrations.xlsx.col.cell",
                        "registrations.column.CARD_NUMBER", "registrations.column.FULL_NAME", "registrations.column.BIRTH_DATE",
                        "registrations.xlsx.col.standing", "registrations.xlsx.col.seq", "registrations.column.CONTENT",
                        "registrations.column.MEASURE", "registrations.column.DEADLINE", "registrations.xlsx.col.vagueItem",
                        "registrations.column.SELF_RESULT", "registrations.field.SELF_NOTE", "registrations.column.REVIEW_RESULT",
                        "registrations.field.REVIEW_NOTE"), members),
                new TableExporter.TableSheet(I18n.t("registrations.xlsx.collective"), headers("registrations.xlsx.col.cell",
                        "registrations.xlsx.col.seq", "registrations.column.CONTENT", "registrations.column.MEASURE",
                        "registrations.column.DEADLINE", "registrations.xlsx.col.vagueItem", "registrations.field.RESPONSIBLE",
                        "registrations.column.SELF_RESULT", "registrations.field.SELF_NOTE", "registrations.ui.committeeReview",
                        "registrations.xlsx.col.committeeNote"), cellItems)));
    }

    private static List<Object> itemCells(int n, RegistrationItem i) {
        return new ArrayList<>(List.of(n, i.content(), i.measure(), i.deadline().<Object>map(d -> d).orElse(""),
                RegistrationRules.vague(i) ? I18n.t("registrations.xlsx.vagueMark") : "",
                i.selfResult().map(a -> I18n.t(a.i18nKey())).orElse(""), i.selfNote(),
                i.reviewResult().map(a -> I18n.t(a.i18nKey())).orElse(""), i.reviewNote()));
    }

    private static List<String> headers(String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(I18n.t(k));
        }
        return out;
    }

    private static List<Column> itemColumns(boolean member) {
        List<Column> out = new ArrayList<>(List.of(new Column(I18n.t("registrations.doc.col.seq"), 14, true),
                new Column(I18n.t("registrations.doc.col.content"), member ? 55 : 48, false),
                new Column(I18n.t("registrations.doc.col.measure"), member ? 50 : 42, false),
                new Column(I18n.t("registrations.doc.col.deadline"), 27, true)));
        if (!member) {
            out.add(new Column(I18n.t("registrations.field.RESPONSIBLE"), 26, false));
        }
        out.add(new Column(I18n.t("registrations.doc.col.result"), 36, false));
        return out;
    }

    private static List<HdDocument.Row> itemRows(List<RegistrationItem> items, boolean member) {
        List<HdDocument.Row> rows = new ArrayList<>();
        int n = 1;
        for (RegistrationItem i : items) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(n++), i.content(), i.measure(),
                    i.deadline().map(Dates::format).orElse("")));
            if (!member) {
                row.add(i.responsible());
            }
            row.add(result(i, member));
            rows.add(new HdDocument.Row(row, false));
        }
        return rows;
    }

    /// "Hoàn thành. Không vắng buổi nào" and, under it, the review: "Chi bộ: Hoàn thành một phần."
    private static String result(RegistrationItem i, boolean member) {
        List<String> parts = new ArrayList<>();
        String self = i.selfResult().map(a -> I18n.t(a.i18nKey())).orElse("");
        String selfLine = String.join(". ", List.of(self, i.selfNote()).stream().filter(x -> !x.isBlank()).toList());
        if (!selfLine.isBlank()) {
            parts.add(selfLine);
        }
        if (i.reviewResult().isPresent() || !i.reviewNote().isBlank()) {
            String review = i.reviewResult().map(a -> I18n.t(a.i18nKey())).orElse("");
            parts.add(I18n.t(member ? "registrations.doc.byCell" : "registrations.doc.byCommittee",
                    String.join(". ", List.of(review, i.reviewNote()).stream().filter(x -> !x.isBlank()).toList())));
        }
        return String.join("; ", parts);
    }

    private static List<Column> summaryColumns() {
        return List.of(new Column(I18n.t("registrations.doc.col.seq"), 14, true),
                new Column(I18n.t("registrations.column.FULL_NAME"), 40, false),
                new Column(I18n.t("registrations.xlsx.col.standing"), 32, false),
                new Column(I18n.t("registrations.doc.col.items"), 15, true),
                new Column(I18n.t("registrations.doc.col.vague"), 17, true),
                new Column(I18n.t("registrations.assessment.DONE"), 17, true),
                new Column(I18n.t("registrations.doc.col.partly"), 16, true),
                new Column(I18n.t("registrations.doc.col.notDone"), 17, true),
                new Column(I18n.t("registrations.doc.col.overall"), 22, false));
    }

    private static String count(int n) {
        return n == 0 ? "" : String.valueOf(n);
    }

    private String theme(int year) {
        return years.find(year).flatMap(WorkingYear::yearTheme).map(t -> I18n.t("registrations.doc.theme", year, t)).orElse("");
    }

    /// A line to write on by hand: as wide as an indented 14 pt paragraph (an ellipsis is 1 em wide).
    static final String DOTS = "…".repeat(30);

    private static String orDots(String text) {
        return text.isBlank() ? DOTS : text;
    }

    private OrganizationSettings org() throws AppException {
        return settings.load().orElseThrow(() -> new AppException("import.error.noSetup"));
    }

    private PartyUnit unit(long id) throws AppException {
        return units.all().stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> new AppException("registrations.error.unknownUnit", id));
    }

    private static String place(OrganizationSettings s) {
        return s.communeName().replaceFirst("^(Xã|Phường|Đặc khu) ", "");
    }

    private static void write(HdDocument d, Path out) throws AppException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".docx") && !name.endsWith(".pdf")) {
            throw new AppException("registrations.error.printFormat", out.getFileName());
        }
        d.write(out);
    }
}
