package vn.dangvu.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.common.I18n;

/// Every kind of change the app records has a Vietnamese name on the audit screen: each action code and entity
/// type written in `src/main` has its bundle key (`audit.action.<CODE>`, `audit.entity.<type>`), and each group
/// of the kind filter has its name.
class AuditActionNamesTest {

    /// Upper-case literals in files that record audit changes but are not action codes.
    private static final Set<String> NOT_ACTIONS = Set.of("TRANSFER_GAP");
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*_[A-Z0-9_]+)\"");
    private static final Pattern ENTITY = Pattern.compile("AuditChange\\.(?:of|general)\\(\\s*[^,]+,\\s*\"([a-z_]+)\"");
    private static final Pattern ENTITY_CONSTANT = Pattern.compile("AUDIT_ENTITY\\s*=\\s*\"([a-z_]+)\"");

    @Test
    void everyActionCodeAndEntityTypeRecordedHasItsName() throws IOException {
        Set<String> codes = new TreeSet<>();
        Set<String> entities = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(p, StandardCharsets.UTF_8);
                if (!src.contains("AuditChange.")) {
                    continue;
                }
                Matcher m = CODE.matcher(src);
                while (m.find()) {
                    codes.add(m.group(1));
                }
                for (Pattern ep : new Pattern[] {ENTITY, ENTITY_CONSTANT}) {
                    Matcher e = ep.matcher(src);
                    while (e.find()) {
                        entities.add(e.group(1));
                    }
                }
            }
        }
        codes.removeAll(NOT_ACTIONS);
        assertTrue(codes.containsAll(Set.of("MEMBER_CREATE", "MEMBER_EDIT", "MEMBER_EVENT", "UNIT_MERGE", "YEAR_REOPEN",
                "DOCNO_ISSUE", "SETTINGS_SETUP", "REGISTER_RECONCILED")), codes.toString());
        assertTrue(entities.containsAll(Set.of("party_member", "party_unit", "working_year", "document_number")),
                entities.toString());
        Set<String> missing = new TreeSet<>();
        codes.stream().map(AuditActions::i18nKey).filter(k -> !I18n.bundle().containsKey(k)).forEach(missing::add);
        entities.stream().map(AuditActions::entityKey).filter(k -> !I18n.bundle().containsKey(k)).forEach(missing::add);
        for (AuditActions.Group g : AuditActions.Group.values()) {
            if (!I18n.bundle().containsKey(g.i18nKey())) {
                missing.add(g.i18nKey());
            }
        }
        assertEquals(Set.of(), missing, "add a Vietnamese name for each in messages.properties, section '# Audit trail'");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            MEMBER_EDIT,           MEMBERS
            LEADER_ADD,            UNITS
            UNIT_MERGE,            UNITS
            YEAR_REOPEN,           YEARS
            MEETING_ADD,           PLANS
            DOCNO_VOID,            DOCUMENTS
            REGISTER_RECONCILED,   SETTINGS
            COMMENDATION_DECIDE,   COMMENDATION
            RESTORE_DONE,          DATA
            KILL_TEST,             OTHER
            """)
    void anActionBelongsToTheGroupOfItsPrefix(String code, AuditActions.Group group) {
        assertEquals(group, AuditActions.group(code));
    }
}
