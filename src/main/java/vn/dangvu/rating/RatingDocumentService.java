package vn.dangvu.rating;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.document.Closing;
import vn.dangvu.document.DocumentHeader;
import vn.dangvu.document.DocumentTitle;
import vn.dangvu.document.HdDocument;
import vn.dangvu.document.PageSetup;
import vn.dangvu.document.PlaceDate;
import vn.dangvu.document.Recipients;
import vn.dangvu.document.SignatureBlock;
import vn.dangvu.document.TableExporter;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SettingsService;

/// The rating's documents (issue 11), as Party documents of the commune committee (HD 36-HD/VPTW, built as
/// [HdDocument]): the rating result list of a cell and the commune summary (PDF or DOCX, or XLSX/CSV for work in
/// Excel), and the decision on the organisations' ratings with its number from the register (PDF or DOCX). The
/// format follows the file name.
public final class RatingDocumentService {

    /// The columns' keys: "rating.doc.col." + the column.
    private static final String COLUMN = "rating.doc.col.";
    private static final float FONT = 11f;
    private static final float SUMMARY_FONT = 10f;
    private static final String[] LIST_KEYS = {"stt", "name", "birthYear", "posts", "self", "proposal", "score", "decision", "note"};
    private static final float[] LIST_WIDTHS = {10, 50, 14, 40, 18, 18, 13, 22, 60};
    private static final String[] SUMMARY_KEYS = {"stt", "cell", "members", "rated", "notRated", "excellent", "pct", "good", "pct",
        "completed", "pct", "notCompleted", "pct", "cellLevel"};
    private static final float[] SUMMARY_WIDTHS = {9, 50, 15, 17, 19, 16, 11, 16, 11, 16, 11, 16, 11, 25};

    private final RatingService rating;
    private final SettingsService settings;

    public RatingDocumentService(RatingService rating, SettingsService settings) {
        this.rating = rating;
        this.settings = settings;
    }

    /// The result list of one cell: its members rated with the three steps, then those not rated with the reason.
    public void writeCellList(int year, long cellId, Path out, LocalDate today) throws AppException {
        Roster r = rating.roster(year);
        String cell = Optional.ofNullable(r.units().get(cellId)).orElseThrow(() -> new AppException("rating.error.noUnit")).name();
        List<RosterMember> members = r.members().stream().filter(m -> m.cellId() == cellId).toList();
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        int rated = 0;
        for (RosterMember m : members) {
            if (m.rated()) {
                rated++;
                Optional<Evaluation> e = m.stored();
                rows.add(List.of(n++, m.fullName(), birthYear(m), posts(m), abbr(e.map(Evaluation::self)), abbr(e.map(Evaluation::proposal)),
                        RatingText.score(e.flatMap(x -> x.decision().score())), RatingText.abbreviation(m.level()), note(m)));
            }
        }
        for (RosterMember m : members) {
            if (!m.rated()) {
                rows.add(List.of(n++, m.fullName(), birthYear(m), posts(m), "", "", "", "",
                        I18n.t("rating.doc.notRated", RatingText.exemption(m.exemption().orElseThrow()))));
            }
        }
        if (isHd(out)) {
            OrganizationSettings s = organisation();
            DocumentTitle title = new DocumentTitle(I18n.t("rating.doc.list.title", year), List.of(cell),
                    List.of(I18n.t("rating.doc.list.count", members.size(), rated, members.size() - rated)));
            HdDocument.builder(header(s, today), title).page(PageSetup.A4_LANDSCAPE)
                    .block(new HdDocument.Table(columns(LIST_KEYS, LIST_WIDTHS, 1, 3, 8), rows(rows), FONT))
                    .closing(closing(s, List.of(cell))).build().write(out);
        } else {
            TableExporter.write(out, I18n.t("rating.doc.list.sheet", year), headers(LIST_KEYS), rows);
        }
    }

    /// The commune summary (domain.md §11.3): a line per cell with counts and percentages per level and the cell's
    /// own level, the commune's totals, the organisations' levels.
    public void writeSummary(int year, Path out, LocalDate today) throws AppException {
        Summary s = rating.summary(year);
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (SummaryLine l : s.cells()) {
            rows.add(line(String.valueOf(n++), l.name(), l, RatingText.abbreviation(l.unitLevel())));
        }
        rows.add(line("", I18n.t("rating.doc.summary.total"), s.commune(), ""));
        if (isHd(out)) {
            OrganizationSettings o = organisation();
            LevelCounts u = s.unitLevels();
            DocumentTitle title = new DocumentTitle(I18n.t("rating.doc.summary.title", year), List.of(), List.of(
                    I18n.t("rating.doc.summary.basis", s.ruleSet().name()),
                    I18n.t("rating.doc.summary.units", u.total(), u.excellent(), u.good(), u.completed(), u.notCompleted(),
                            s.unitsNotRated())));
            HdDocument.builder(header(o, today), title).page(PageSetup.A4_LANDSCAPE)
                    .block(new HdDocument.Table(columns(SUMMARY_KEYS, SUMMARY_WIDTHS, 1), rows(rows), SUMMARY_FONT))
                    .closing(closing(o, List.of(I18n.t("rating.doc.to.cells")))).build().write(out);
        } else {
            TableExporter.write(out, I18n.t("rating.doc.summary.sheet", year), headers(SUMMARY_KEYS), rows);
        }
    }

    /// The decision on the organisations' ratings, once issued ([RatingService#issueUnitDecision]), as PDF or DOCX.
    public void writeDecision(int year, Path out) throws AppException {
        RatingYear y = rating.year(year);
        String number = y.unitDecisionNo().orElseThrow(() -> new AppException("rating.error.noDecision", year));
        LocalDate date = y.unitDecisionDate().orElseThrow();
        Roster r = rating.roster(year);
        OrganizationSettings s = organisation();
        DocumentTitle title = new DocumentTitle(I18n.t("rating.doc.decision.title"), List.of(I18n.t("rating.decision.summary", year),
                "", I18n.t("rating.doc.decision.authority", s.committeeName()).toUpperCase(Locale.of("vi"))), List.of());
        HdDocument.Builder b = HdDocument.builder(header(s, date).withNumber(I18n.t("rating.doc.number", number)), title)
                .paragraph(I18n.t("rating.doc.decision.basis.charter"))
                .paragraph(I18n.t("rating.doc.decision.basis.rules", y.ruleSet().name()))
                .paragraph(I18n.t("rating.doc.decision.basis.proposal"))
                .block(new HdDocument.Paragraph(List.of(HdDocument.Run.bold(I18n.t("rating.doc.decision.decides"))), false))
                .paragraph(HdDocument.Run.bold(I18n.t("rating.doc.decision.article1.label")),
                        HdDocument.Run.plain(" " + I18n.t("rating.doc.decision.article1", year)));
        for (Level l : Level.values()) {
            List<String> names = r.organisations().stream()
                    .filter(u -> u.unit().parentId().isPresent() && u.level().equals(Optional.of(l))).map(u -> u.unit().name()).toList();
            if (!names.isEmpty()) {
                b.paragraph(I18n.t("rating.doc.decision.level", RatingText.level(l), names.size(), String.join(", ", names)));
            }
        }
        List<String> notRated = r.organisations().stream().filter(u -> u.unit().parentId().isPresent() && !u.rated())
                .map(u -> u.unit().name()).toList();
        if (!notRated.isEmpty()) {
            b.paragraph(I18n.t("rating.doc.decision.notRated", notRated.size(), String.join(", ", notRated)));
        }
        b.paragraph(HdDocument.Run.bold(I18n.t("rating.doc.decision.article2.label")),
                HdDocument.Run.plain(" " + I18n.t("rating.doc.decision.article2")));
        Closing closing = new Closing(new Recipients(List.of(I18n.t("rating.doc.to.article2"), I18n.t("rating.doc.to.province",
                provincialCommittee(s.provinceLine())), I18n.t("rating.doc.to.archive"))),
                new SignatureBlock(I18n.t("rating.doc.sign.authority"), I18n.t("rating.doc.sign.title"), s.secretaryName()));
        b.closing(closing).build().write(out);
    }

    private static List<Object> line(String stt, String name, SummaryLine l, String level) {
        int r = l.rated();
        return List.of(stt, name, l.members(), r, l.notRated() + l.pending(), l.levels().excellent(),
                SummaryLine.percent(l.levels().excellent(), r), l.levels().good(), SummaryLine.percent(l.levels().good(), r),
                l.levels().completed(), SummaryLine.percent(l.levels().completed(), r), l.levels().notCompleted(),
                SummaryLine.percent(l.levels().notCompleted(), r), level);
    }

    private OrganizationSettings organisation() throws AppException {
        return settings.load().orElseThrow(() -> new AppException("import.error.noSetup"));
    }

    /// "ĐẢNG BỘ TỈNH … / ĐẢNG ỦY XÃ … / *" and "Phú Sơn, ngày … tháng … năm …".
    private static DocumentHeader header(OrganizationSettings s, LocalDate date) {
        return DocumentHeader.of(s.provinceLine(), s.committeeName(), PlaceDate.of(s.communeName().replaceFirst("^(Xã|Phường|Đặc khu) ",
                ""), date));
    }

    private static Closing closing(OrganizationSettings s, List<String> recipients) {
        List<String> to = new ArrayList<>(recipients);
        to.add(I18n.t("rating.doc.to.archive"));
        return new Closing(new Recipients(to), new SignatureBlock(I18n.t("rating.doc.sign.authority"), I18n.t("rating.doc.sign.title"),
                s.secretaryName()));
    }

    /// "Đảng bộ tỉnh Khánh Hòa" → "Tỉnh ủy Khánh Hòa".
    static String provincialCommittee(String provinceLine) {
        String p = provinceLine.replaceFirst("(?iu)^đảng bộ\\s+", "").strip();
        String lower = p.toLowerCase(Locale.of("vi"));
        if (lower.startsWith("thành phố ")) {
            return I18n.t("rating.doc.cityCommittee", p.substring("thành phố ".length()).strip());
        }
        return I18n.t("rating.doc.provinceCommittee", lower.startsWith("tỉnh ") ? p.substring("tỉnh ".length()).strip() : p);
    }

    private static List<HdDocument.Column> columns(String[] keys, float[] widths, int... left) {
        List<HdDocument.Column> out = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            int col = i;
            boolean l = Arrays.stream(left).anyMatch(x -> x == col);
            out.add(new HdDocument.Column(I18n.t(COLUMN + keys[i]), widths[i], !l));
        }
        return out;
    }

    private static List<String> headers(String[] keys) {
        return Arrays.stream(keys).map(k -> I18n.t(COLUMN + k).replace('\n', ' ')).toList();
    }

    private static List<HdDocument.Row> rows(List<List<Object>> rows) {
        return rows.stream().map(r -> new HdDocument.Row(r.stream().map(String::valueOf).toList(), false)).toList();
    }

    private static String abbr(Optional<Grade> g) {
        return g.map(x -> RatingText.abbreviation(x.level()) + (x.score().isPresent() ? " (" + RatingText.score(x.score()) + ")" : ""))
                .orElse("");
    }

    private static String birthYear(RosterMember m) {
        return m.birthDate().map(d -> String.valueOf(d.getYear())).orElse("");
    }

    private static String posts(RosterMember m) {
        return String.join(", ", m.posts().stream().map(p -> I18n.t(p.roleKey()) + " " + p.unitName()).toList());
    }

    /// The reason, and a condition applied by itself.
    private static String note(RosterMember m) {
        List<String> parts = new ArrayList<>();
        m.automatic().forEach(a -> parts.add(I18n.t(a.i18nKey())));
        m.stored().map(Evaluation::reason).filter(x -> !x.isBlank()).ifPresent(parts::add);
        return String.join("; ", parts);
    }

    /// PDF or DOCX: the HD 36 document; anything else a table file.
    private static boolean isHd(Path out) {
        String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") || n.endsWith(".docx");
    }
}
