package vn.dangvu.audit.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.audit.AuditActions;
import vn.dangvu.audit.AuditEntry;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;

/// The Vietnamese words of the audit screen: names of action codes and entity types (the code itself when the
/// bundle has none), who made a change, and the full text of one entry.
final class AuditLines {

    private AuditLines() {
    }

    static String action(String code) {
        return named(AuditActions.i18nKey(code), code);
    }

    static String entityType(String type) {
        return named(AuditActions.entityKey(type), type);
    }

    static String group(AuditActions.Group g) {
        return I18n.t(g.i18nKey());
    }

    /// "Nguyễn Thị Lan (quyen)" when an operator name was set, else the operating-system user.
    static String who(AuditEntry e) {
        return e.operator().map(o -> I18n.t("audit.who.withOperator", o, e.actor())).orElse(e.actor());
    }

    /// "Đảng viên: Nguyễn Văn An", "Đảng viên số 12" when the name is not known, "Năm công tác 2025", or the type
    /// alone for a change to no single entity (an import).
    static String object(AuditEntry e, Map<Long, String> names) {
        if (e.entityType().isEmpty()) {
            return "";
        }
        String type = entityType(e.entityType().get());
        if (e.entityId().isEmpty()) {
            return type;
        }
        long id = e.entityId().get();
        return Optional.ofNullable(names.get(id)).map(n -> I18n.t("audit.object.named", type, n))
                .orElseGet(() -> I18n.t("audit.object.numbered", type, Long.toString(id)));
    }

    static AuditRow row(AuditEntry e, Map<Long, String> names) {
        String change = e.oldValue().isEmpty() && e.newValue().isEmpty() ? ""
                : I18n.t("audit.change", e.oldValue().orElse(""), e.newValue().orElse(""));
        return new AuditRow(e, Dates.formatTime(e.occurredAt()), who(e), action(e.action()), object(e, names), e.summary(),
                change, e.reason().orElse(""));
    }

    /// Every field of the entry, one per line, for the detail pane.
    static String detail(AuditRow r) {
        AuditEntry e = r.entry();
        List<String> lines = new ArrayList<>();
        lines.add(I18n.t("audit.detail.time", r.time()));
        lines.add(I18n.t("audit.detail.who", r.who()));
        lines.add(I18n.t("audit.detail.kind", r.kind(), e.action()));
        if (!r.object().isEmpty()) {
            lines.add(I18n.t("audit.detail.object", r.object()));
        }
        lines.add(I18n.t("audit.detail.content", e.summary()));
        e.oldValue().ifPresent(v -> lines.add(I18n.t("audit.detail.old", v)));
        e.newValue().ifPresent(v -> lines.add(I18n.t("audit.detail.new", v)));
        e.reason().ifPresent(v -> lines.add(I18n.t("audit.detail.reason", v)));
        return String.join("\n", lines);
    }

    private static String named(String key, String fallback) {
        return I18n.bundle().containsKey(key) ? I18n.t(key) : fallback;
    }
}
