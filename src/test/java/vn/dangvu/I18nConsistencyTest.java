package vn.dangvu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;
import vn.dangvu.shell.Section;

/// The Vietnamese bundle and the code agree (JabRef LocalizationConsistencyTest, adapted).
class I18nConsistencyTest {

    private static final Path BUNDLE = Path.of("src/main/resources/i18n/messages.properties");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern T_CALL = Pattern.compile("I18n\\.t\\(\\s*\"([^\"]+)\"");
    private static final Pattern EXCEPTION_KEY = Pattern.compile("new AppException\\(\\s*(?:[\\w.]+\\s*,\\s*)?\"([^\"]+)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_.\\-]*)\"");
    private static final Pattern DYNAMIC_PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9_.]*\\.)\"\\s*\\+");
    /// A user-visible literal (one with a letter) handed straight to a control.
    private static final Pattern UI_LITERAL = Pattern.compile(
            "(setText|setPromptText|setTitle|setHeaderText|setContentText|new (Label|Button|ToggleButton|CheckBox|RadioButton"
                    + "|MenuItem|Menu|CheckMenuItem|Tooltip|TableColumn|TreeTableColumn|Text|Hyperlink|TitledPane|Tab))"
                    + "\\(\\s*\"[^\"]*\\p{L}[^\"]*\"");

    private static Map<String, String> keys;
    private static List<String> duplicates;
    private static Map<Path, String> javaSources;

    @BeforeAll
    static void read() throws IOException {
        keys = new LinkedHashMap<>();
        duplicates = new ArrayList<>();
        String text = decodeStrictUtf8(Files.readAllBytes(BUNDLE));
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
                continue;
            }
            int eq = l.indexOf('=');
            String key = (eq < 0 ? l : l.substring(0, eq)).strip();
            if (keys.put(key, eq < 0 ? "" : l.substring(eq + 1)) != null) {
                duplicates.add(key);
            }
        }
        javaSources = readAll(JAVA, ".java");
    }

    private static Map<Path, String> readAll(Path root, String suffix) throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                out.put(p, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String decodeStrictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    @Test
    void bundleIsUtf8WithVietnameseText() throws IOException {
        String text = decodeStrictUtf8(Files.readAllBytes(BUNDLE));
        assertTrue(text.contains("Đảng viên"), "the bundle must hold raw UTF-8 Vietnamese, not \\u escapes");
    }

    @Test
    void noDuplicateKeys() {
        assertEquals(List.of(), duplicates);
    }

    @Test
    void everyLiteralKeyInJavaExists() {
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<Path, String> e : javaSources.entrySet()) {
            for (Pattern p : List.of(T_CALL, EXCEPTION_KEY)) {
                Matcher m = p.matcher(e.getValue());
                while (m.find()) {
                    if (!keys.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + e.getKey().getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyEnumConstantHasItsKey() {
        Set<String> missing = new TreeSet<>();
        List<String> needed = new ArrayList<>();
        for (MemberStatus s : MemberStatus.values()) {
            needed.add(s.i18nKey());
        }
        for (Gender g : Gender.values()) {
            needed.add(g.i18nKey());
        }
        for (UnitKind k : UnitKind.values()) {
            needed.add(k.i18nKey());
        }
        for (CellType c : CellType.values()) {
            needed.add(c.i18nKey());
        }
        for (EventType t : EventType.values()) {
            needed.add(t.i18nKey());
        }
        for (Section s : Section.values()) {
            needed.add(s.i18nKey());
            if (!s.built()) {
                needed.add(s.futureKey());
            }
        }
        for (String k : needed) {
            if (!keys.containsKey(k)) {
                missing.add(k);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void noUserTextLiteralsInUiOrShell() {
        List<String> found = new ArrayList<>();
        for (Map.Entry<Path, String> e : javaSources.entrySet()) {
            String path = e.getKey().toString().replace('\\', '/');
            if (!path.contains("/ui/") && !path.contains("/shell/") && !path.endsWith("vn/dangvu/AppWorkspace.java")) {
                continue;
            }
            Matcher m = UI_LITERAL.matcher(e.getValue());
            while (m.find()) {
                found.add(e.getKey().getFileName() + ": " + m.group());
            }
        }
        assertEquals(List.of(), found);
    }

    /// A key counts as used when its exact text is a string literal in Java, or when it starts
    /// with a literal prefix that code completes at run time ("member.status." + name()).
    @Test
    void noUnusedKeys() {
        Set<String> literals = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (String src : javaSources.values()) {
            Matcher m = STRING_LITERAL.matcher(src);
            while (m.find()) {
                literals.add(m.group(1));
            }
            Matcher d = DYNAMIC_PREFIX.matcher(src);
            while (d.find()) {
                prefixes.add(d.group(1));
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String k : keys.keySet()) {
            if (!literals.contains(k) && prefixes.stream().noneMatch(k::startsWith)) {
                unused.add(k);
            }
        }
        assertEquals(Set.of(), unused, "keys never referenced: reference each by a literal or a literal prefix + name");
    }
}
