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

    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*_[A-Z0-9_]+)\"");
    /// A code passed on as an argument (`move(year, YearState.CLOSED, "YEAR_CLOSE", ...)`), for a file whose
    /// `AuditChange` takes its action from a variable.
    private static final Pattern CODE_ARGUMENT = Pattern.compile("[(,]\\s*\"([A-Z][A-Z0-9]*_[A-Z0-9_]+)\"\\s*[,)]");
    private static final Pattern CALL = Pattern.compile("AuditChange\\.(?:of|general)\\(");
    private static final Pattern LITERAL_ARGUMENT = Pattern.compile("\\s*(\"[A-Z0-9_]+\"|[^\"]*\\?\\s*\"[A-Z0-9_]+\"\\s*:\\s*\"[A-Z0-9_]+\")\\s*");
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("AuditChange\\.(?:of|general)\\(\\s*[^,]+,\\s*\"([a-z_]+)\"");
    private static final Pattern ENTITY_CONSTANT = Pattern.compile("AUDIT_ENTITY\\s*=\\s*\"([a-z_]+)\"");

    @Test
    void everyActionCodeAndEntityTypeRecordedHasItsName() throws IOException {
        Set<String> codes = new TreeSet<>();
        Set<String> entities = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = COMMENTS.matcher(Files.readString(p, StandardCharsets.UTF_8)).replaceAll(" ");
                if (!src.contains("AuditChange.")) {
                    continue;
                }
                codes.addAll(actionCodes(src));
                for (Pattern ep : new Pattern[] {ENTITY, ENTITY_CONSTANT}) {
                    Matcher e = ep.matcher(src);
                    while (e.find()) {
                        entities.add(e.group(1));
                    }
                }
            }
        }
        assertTrue(codes.containsAll(Set.of("MEMBER_CREATE", "MEMBER_EDIT", "MEMBER_EVENT", "UNIT_MERGE", "YEAR_REOPEN",
                "DOCNO_ISSUE", "SETTINGS_SETUP", "REGISTER_RECONCILED", "YEAR_CLOSE", "PLAN_COPY", "RATING_SAVE")),
                codes.toString());
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

    /// The action codes a source file records: the literal first argument of each `AuditChange.of/general` (or
    /// both branches of a conditional), and where that argument is a variable, the codes the file passes as
    /// arguments. Other upper-case literals (a gap's reason code, an example in a comment) are not actions.
    static Set<String> actionCodes(String src) {
        Set<String> codes = new TreeSet<>();
        boolean fromVariable = false;
        Matcher call = CALL.matcher(src);
        while (call.find()) {
            String first = firstArgument(src, call.end());
            if (LITERAL_ARGUMENT.matcher(first).matches()) {
                Matcher m = CODE.matcher(first);
                while (m.find()) {
                    codes.add(m.group(1));
                }
            } else {
                fromVariable = true;
            }
        }
        if (fromVariable) {
            Matcher m = CODE_ARGUMENT.matcher(src);
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    private static String firstArgument(String src, int from) {
        int depth = 0;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '(') {
                depth++;
            } else if ((c == ')' && depth-- == 0) || (c == ',' && depth == 0)) {
                return src.substring(from, i);
            }
        }
        return src.substring(from);
    }

    @Test
    void onlyTheRecordedCodesCount() {
        String src = """
                class X {
                    public static final String TRANSFER_GAP = "TRANSFER_GAP";
                    /// a rule set's code ("Q366_KH2026")
                    void f(boolean b) {
                        audit.record(AuditChange.of("MEMBER_EDIT", "party_member", 1, "x"));
                        audit.record(AuditChange.general(b ? "PLAN_COPY" : "PLAN_DEFAULT", "year_plan", "y"));
                        repo.insertGap(t, TRANSFER_GAP, "OTHER_CODE");
                    }
                }
                """;
        assertEquals(Set.of("MEMBER_EDIT", "PLAN_COPY", "PLAN_DEFAULT"), actionCodes(COMMENTS.matcher(src).replaceAll(" ")));
        String viaVariable = """
                class Y {
                    WorkingYear close(int y) { return move(y, YearState.CLOSED, "YEAR_CLOSE", Optional.empty()); }
                    WorkingYear move(int y, YearState to, String action, Optional<String> why) {
                        audit.record(AuditChange.of(action, "working_year", y, action + " " + y));
                        log.info("NOT_AN_ARGUMENT_" + y);
                    }
                }
                """;
        assertEquals(Set.of("YEAR_CLOSE"), actionCodes(viaVariable));
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
            RULE_SET_COPY,         RATING
            HOLIDAY_PUT,           SETTINGS
            KILL_TEST,             OTHER
            """)
    void anActionBelongsToTheGroupOfItsPrefix(String code, AuditActions.Group group) {
        assertEquals(group, AuditActions.group(code));
    }
}
