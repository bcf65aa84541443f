package vn.dangvu.commendation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
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
import vn.dangvu.members.MemberRow;
import vn.dangvu.members.MemberService;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SettingsService;

/// The documents of a commendation decision (domain.md §8.3, §8.4), as Party documents of the commune committee
/// (HD 36-HD/VPTW, built as [HdDocument]): the decision itself (PDF or DOCX) and its attached lists, one of the
/// collectives (organisations and outside collectives) and one of the individuals (PDF or DOCX, or XLSX/CSV for work
/// in Excel). The format follows the file name.
public final class CommendationDocumentService {

    private static final float LIST_FONT = 12f;
    private static final Locale VI = Locale.of("vi");

    private final CommendationService commendations;
    private final SettingsService settings;
    private final MemberService members;

    public CommendationDocumentService(CommendationService commendations, SettingsService settings, MemberService members) {
        this.commendations = commendations;
        this.settings = settings;
        this.members = members;
    }

    /// The decision: "Số 15-QĐ/ĐU", QUYẾT ĐỊNH and its title, the deciding body, the basis, Điều 1 (the award to so
    /// many collectives and individuals, lists attached), Điều 2 (the cash per collective and per individual, when the
    /// form carries cash), Điều 3 (who carries it out), "Nơi nhận" and the signature.
    public void writeDecision(long decisionId, Path out) throws AppException {
        Decision d = decision(decisionId);
        List<Entry> entries = commendations.entries(decisionId);
        OrganizationSettings s = organisation();
        long collectives = entries.stream().filter(e -> e.kind().collective()).count();
        long individuals = entries.size() - collectives;
        DocumentTitle title = new DocumentTitle(I18n.t("commendation.doc.decision.title"), List.of(summary(d.title()), "",
                body(d, s).toUpperCase(VI)), List.of());
        HdDocument.Builder b = HdDocument.builder(header(s, d).withNumber(I18n.t("commendation.doc.number", d.number())), title);
        List<String> basis = d.basis().isBlank() ? List.of(I18n.t("commendation.doc.basis.charter"), I18n.t("commendation.doc.basis.proposal"))
                : d.basis().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        basis.forEach(b::paragraph);
        b.block(new HdDocument.Paragraph(List.of(HdDocument.Run.bold(I18n.t("commendation.doc.decides"))), false));
        String reason = d.reason().isBlank() ? entries.getFirst().achievement() : d.reason();
        b.paragraph(HdDocument.Run.bold(I18n.t("commendation.doc.article1.label")), HdDocument.Run.plain(" " + I18n.t(
                key("article1", d.form().name()), who(collectives, individuals), lowerFirst(reason))));
        int article = 2;
        if (d.form().paid()) {
            List<String> amounts = new ArrayList<>();
            if (collectives > 0) {
                amounts.add(I18n.t("commendation.doc.perCollective", money(d.cashCollective())));
            }
            if (individuals > 0) {
                amounts.add(I18n.t("commendation.doc.perIndividual", money(d.cashIndividual())));
            }
            b.paragraph(HdDocument.Run.bold(I18n.t("commendation.doc.article", article)),
                    HdDocument.Run.plain(" " + I18n.t("commendation.doc.cash", String.join("; ", amounts))));
            article++;
        }
        b.paragraph(HdDocument.Run.bold(I18n.t("commendation.doc.article", article)),
                HdDocument.Run.plain(" " + I18n.t("commendation.doc.execution")));
        Closing closing = new Closing(new Recipients(List.of(I18n.t("commendation.doc.to.article", article),
                I18n.t("commendation.doc.to.province"), I18n.t("commendation.doc.to.archive"))), signature(d));
        b.closing(closing).build().write(out);
    }

    /// The attached list of the collectives (`collectives`) or of the individuals: "DANH SÁCH …", "(Kèm theo Quyết
    /// định số 15-QĐ/ĐU, ngày 25/01/2026 của Ban Thường vụ Đảng ủy xã …)", a line per entry; as PDF or DOCX with the
    /// signature, or as a table file.
    public void writeList(long decisionId, boolean collectives, Path out) throws AppException {
        Decision d = decision(decisionId);
        List<Entry> entries = commendations.entries(decisionId).stream().filter(e -> e.kind().collective() == collectives).toList();
        if (entries.isEmpty()) {
            throw new AppException(collectives ? "commendation.error.noCollectives" : "commendation.error.noIndividuals", d.number());
        }
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (Entry e : entries) {
            if (collectives) {
                rows.add(List.of(n++, e.name(), e.achievement(), e.exceptionReason()));
            } else {
                String birth = e.memberId().flatMap(members::row).map(MemberRow::birthDate).map(x -> String.valueOf(x.getYear())).orElse("");
                rows.add(List.of(n++, e.name(), birth, e.detail(), e.achievement(), e.exceptionReason()));
            }
        }
        String kind = collectives ? "collectives" : "individuals";
        String[] keys = collectives ? new String[] {"stt", "collective", "achievement", "note"}
                : new String[] {"stt", "name", "birthYear", "unit", "achievement", "note"};
        if (isHd(out)) {
            OrganizationSettings s = organisation();
            DocumentTitle title = new DocumentTitle(I18n.t(key("list", kind), I18n.t(d.form().i18nKey()).toUpperCase(VI)),
                    List.of(I18n.t("commendation.doc.list.attached", d.number(), Dates.format(d.date()), body(d, s))), List.of());
            float[] widths = collectives ? new float[] {12, 80, 110, 45} : new float[] {12, 55, 18, 60, 85, 40};
            List<HdDocument.Column> columns = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                columns.add(new HdDocument.Column(I18n.t(key("col", keys[i])), widths[i], i == 0 || keys[i].equals("birthYear")));
            }
            List<HdDocument.Row> lines = rows.stream().map(r -> new HdDocument.Row(r.stream().map(String::valueOf).toList(), false)).toList();
            HdDocument.builder(header(s, d), title).page(PageSetup.A4_LANDSCAPE)
                    .block(new HdDocument.Table(columns, lines, LIST_FONT))
                    .closing(new Closing(new Recipients(List.of()), signature(d))).build().write(out);
        } else {
            List<String> headers = Arrays.stream(keys).map(k -> I18n.t(key("col", k)).replace('\n', ' ')).toList();
            TableExporter.write(out, I18n.t(key("sheet", kind)), headers, rows);
        }
    }

    /// The bundle key of a document's word: "commendation.doc.<group>.<name>" (a column, a list, a sheet, Điều 1 per form).
    private static String key(String group, String name) {
        return "commendation.doc." + group + "." + name;
    }

    private Decision decision(long id) throws AppException {
        return commendations.decision(id).orElseThrow(() -> new AppException("commendation.error.notFound"));
    }

    private OrganizationSettings organisation() throws AppException {
        return settings.load().orElseThrow(() -> new AppException("import.error.noSetup"));
    }

    /// "ĐẢNG BỘ TỈNH … / ĐẢNG ỦY XÃ … / *" and "Phú Sơn, ngày … tháng … năm …" (the decision's date).
    private static DocumentHeader header(OrganizationSettings s, Decision d) {
        return DocumentHeader.of(s.provinceLine(), s.committeeName(),
                PlaceDate.of(s.communeName().replaceFirst("^(Xã|Phường|Đặc khu) ", ""), d.date()));
    }

    /// "Ban Thường vụ Đảng ủy xã Phú Sơn" or "Ban Chấp hành Đảng bộ xã Phú Sơn".
    static String body(Decision d, OrganizationSettings s) {
        return "BCH".equals(d.signing().map(Signing::issuerBody).orElse("BTV"))
                ? I18n.t("commendation.doc.body.BCH", s.partyOrganizationName()) : I18n.t("commendation.doc.body.BTV", s.committeeName());
    }

    /// The signer: the authority and the title (a deputy's two title lines printed on one), the name.
    private static SignatureBlock signature(Decision d) {
        return new SignatureBlock(d.signerAuthority(), d.signerTitle().replace('\n', ' '),
                d.signerName().isBlank() ? Optional.empty() : Optional.of(d.signerName()));
    }

    /// "Quyết định khen thưởng …" → "khen thưởng …" (the line under QUYẾT ĐỊNH).
    static String summary(String title) {
        String t = title.strip().replaceFirst("(?iu)^quyết định\\s+", "");
        return t.isEmpty() ? title : t;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }

    /// "03 tập thể và 12 cá nhân", "12 cá nhân", "03 tập thể".
    static String who(long collectives, long individuals) {
        String c = I18n.t("commendation.doc.collectives", String.format("%02d", collectives));
        String i = I18n.t("commendation.doc.individuals", String.format("%02d", individuals));
        return collectives == 0 ? i : individuals == 0 ? c : c + " " + I18n.t("commendation.doc.and") + " " + i;
    }

    /// 1404000 → "1.404.000".
    static String money(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    private static boolean isHd(Path out) {
        String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") || n.endsWith(".docx");
    }
}
