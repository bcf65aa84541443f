package vn.dangvu.audit;

import java.util.Arrays;
import java.util.List;

/// The kinds of change in the trail, as the audit screen groups and names them. An action code is a feature's
/// own (`MEMBER_EDIT`, `UNIT_MERGE`…); its Vietnamese name is the bundle key `audit.action.<CODE>`
/// (`AuditActionNamesTest` fails for a code written in `src/main` without one), and its group follows from its
/// prefix. A feature that records new codes adds their names, and a group here when none fits.
public final class AuditActions {

    /// Groups of the kind-of-change filter, in the order shown; the bundle key is `audit.group.<NAME>`.
    public enum Group {
        MEMBERS("MEMBER_"),
        UNITS("UNIT_", "LEADER_"),
        YEARS("YEAR_"),
        PLANS("PLAN_", "MEETING_"),
        REGISTRATIONS("REGISTRATION_"),
        RATING("RATING_", "RULE_SET_"),
        COMMENDATION("COMMENDATION_", "DECISION_", "BADGE_"),
        DOCUMENTS("DOCNO_"),
        SETTINGS("SETTINGS_", "REGISTER_", "HOLIDAY_"),
        DATA("BACKUP_", "RESTORE_", "ENCRYPTION_"),
        OTHER;

        private final List<String> prefixes;

        Group(String... prefixes) {
            this.prefixes = List.of(prefixes);
        }

        public String i18nKey() {
            return "audit.group." + name();
        }
    }

    private AuditActions() {
    }

    public static Group group(String action) {
        return Arrays.stream(Group.values()).filter(g -> g.prefixes.stream().anyMatch(action::startsWith)).findFirst()
                .orElse(Group.OTHER);
    }

    /// The bundle key of the action's Vietnamese name.
    public static String i18nKey(String action) {
        return "audit.action." + action;
    }

    /// The bundle key of an entity type's Vietnamese name (`party_member` → "Đảng viên").
    public static String entityKey(String entityType) {
        return "audit.entity." + entityType;
    }
}
