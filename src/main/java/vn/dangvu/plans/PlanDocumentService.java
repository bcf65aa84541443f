package vn.dangvu.plans;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.document.HdDocument;
import vn.dangvu.document.TableExporter;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SettingsService;
import vn.dangvu.years.WorkingYear;
import vn.dangvu.years.WorkingYearService;

/// The year's plan as files (issue 10): the KẾ HOẠCH document in HD 36 format as DOCX (to edit in Word) or PDF
/// ([PlanDocument], numbered from the document register when issued, else a draft with the number left blank), and
/// every activity as an XLSX table.
public final class PlanDocumentService {

    private final PlanService plans;
    private final WorkingYearService years;
    private final SettingsService settings;

    public PlanDocumentService(PlanService plans, WorkingYearService years, SettingsService settings) {
        this.plans = plans;
        this.years = years;
        this.settings = settings;
    }

    /// The summary (trích yếu) the plan has, or the default one.
    public String summary(int year) {
        return plans.plan(year).flatMap(YearPlan::summary).orElse(I18n.t("plan.doc.summary", String.valueOf(year)));
    }

    /// The document (.docx or .pdf by the file's name): numbered and dated as issued ([PlanService#issueDocument]),
    /// else a draft whose number and date are left blank.
    public void writeDocument(int year, Path out) throws AppException {
        OrganizationSettings s = settings.load().orElseThrow(() -> new AppException("plan.error.noRoot"));
        Optional<YearPlan> plan = plans.plan(year);
        String number = plan.flatMap(YearPlan::documentNumber).map(n -> I18n.t("plan.doc.number", n))
                .orElseGet(() -> I18n.t("plan.doc.numberBlank", issuer(year)));
        Optional<String> theme = years.find(year).flatMap(WorkingYear::yearTheme);
        HdDocument doc = PlanDocument.build(year, issuer(s), number, plan.flatMap(YearPlan::documentDate), summary(year), theme,
                plans.activities(year));
        doc.write(out);
    }

    /// Every activity of the year, one row each, as .xlsx (or .csv).
    public void writeTable(int year, Path out) throws AppException {
        List<String> headers = List.of(I18n.t("plan.doc.col.number"), I18n.t("plan.field.date"), I18n.t("plan.field.endDate"),
                I18n.t("plan.field.kind"), I18n.t("plan.field.title"), I18n.t("plan.field.topic"), I18n.t("plan.field.unit"),
                I18n.t("plan.field.responsible"), I18n.t("plan.ui.col.status"), I18n.t("plan.field.doneDate"),
                I18n.t("plan.field.result"), I18n.t("plan.field.reason"), I18n.t("plan.field.note"));
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (Activity a : plans.activities(year)) {
            List<Object> r = new ArrayList<>();
            r.add(++n);
            r.add(a.date());
            r.add(a.endDate().orElse(null));
            r.add(I18n.t(a.kind().i18nKey()));
            r.add(a.title());
            r.add(a.topic().orElse(null));
            r.add(a.unitName().orElse(I18n.t("plan.ui.unit.commune")));
            r.add(a.responsible().orElse(null));
            r.add(I18n.t(a.status().i18nKey()));
            r.add(a.doneDate().orElse(null));
            r.add(a.result().orElse(null));
            r.add(a.postponeReason().orElse(null));
            r.add(a.note().orElse(null));
            rows.add(r);
        }
        TableExporter.write(out, I18n.t("plan.doc.sheet", String.valueOf(year)), headers, rows);
    }

    /// "Đảng bộ tỉnh Khánh Hòa", "Đảng ủy xã Phú Sơn", "xã Phú Sơn", "Phú Sơn", the secretary.
    static PlanDocument.Issuer issuer(OrganizationSettings s) {
        String commune = s.communeName();
        String place = commune.replaceFirst("(?iu)^(xã|phường|đặc khu)\\s+", "");
        String lower = commune.isEmpty() ? commune : commune.substring(0, 1).toLowerCase(Locale.ROOT) + commune.substring(1);
        return new PlanDocument.Issuer(s.provinceLine(), s.committeeName(), lower, place, s.secretaryName());
    }

    /// "ĐU" from the register's next number of the year's first day ("06-KH/ĐU"), "ĐU" when no term is set.
    private String issuer(int year) {
        try {
            String next = plans.previewNumber(LocalDate.of(year, 1, 1));
            return next.substring(next.indexOf('/') + 1);
        } catch (AppException e) {
            return "ĐU";
        }
    }
}
