package vn.dangvu.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/// Finds, in the sources, the public methods of every `*Service` class that write to the database: their body
/// opens a write transaction (`db.save(`, `db.change(`, `db.bulk(`) or calls a method of the same class that does
/// (to any depth). Methods are cut at the class's four-space-indented declarations, which the house style keeps.
final class ServiceWrites {

    private static final Pattern DECLARATION = Pattern.compile(
            "^    (?=\\S)(?:(public|private|protected)\\s+)?(?:static\\s+)?(?:final\\s+)?(?:<[^>]+>\\s+)?[\\w.<>\\[\\], ?]+\\s+(\\w+)\\(");
    private static final Pattern WRITE = Pattern.compile("\\bdb\\.(save|change|bulk)\\(");

    private ServiceWrites() {
    }

    /// "Class.method" of each public writing method under `root`.
    static Set<String> scan(Path root) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("Service.java")).toList()) {
                String cls = f.getFileName().toString().replace(".java", "");
                methods(Files.readAllLines(f)).forEach((name, m) -> {
                    if (m.isPublic && m.writes) {
                        out.add(cls + "." + name);
                    }
                });
            }
        }
        return out;
    }

    private static final class Method {
        private boolean isPublic;
        private boolean writes;
        private final StringBuilder body = new StringBuilder();
    }

    private static Map<String, Method> methods(List<String> lines) {
        Map<String, Method> byName = new HashMap<>();
        Method current = null;
        for (String line : lines) {
            Matcher d = DECLARATION.matcher(line);
            if (d.find() && !line.contains(" new ") && !line.trim().startsWith("return")) {
                String name = d.group(2);
                current = byName.computeIfAbsent(name, n -> new Method());
                current.isPublic |= "public".equals(d.group(1));
            }
            if (current != null) {
                current.body.append(line).append('\n');
            }
        }
        byName.values().forEach(m -> m.writes = WRITE.matcher(m.body).find());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Method m : byName.values()) {
                if (m.writes) {
                    continue;
                }
                for (Map.Entry<String, Method> other : byName.entrySet()) {
                    if (other.getValue().writes && other.getValue() != m
                            && Pattern.compile("(?<![\\w.])(this\\.)?" + other.getKey() + "\\(").matcher(m.body).find()) {
                        m.writes = true;
                        changed = true;
                        break;
                    }
                }
            }
        }
        return byName;
    }
}
