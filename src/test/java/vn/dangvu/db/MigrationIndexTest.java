package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/// db/migration/index.txt (which Migrations.latest() reads, so the refuse-newer check never depends on listing a
/// folder inside a jar) names exactly the V*.sql files of the source folder.
class MigrationIndexTest {

    private static final Path FOLDER = Path.of("src/main/resources/db/migration");

    @Test
    void indexListsExactlyTheMigrationFiles() throws Exception {
        assertTrue(Files.isDirectory(FOLDER), "run from the project folder: " + FOLDER.toAbsolutePath());
        List<String> files;
        try (Stream<Path> s = Files.list(FOLDER)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V") && n.endsWith(".sql"))
                    .sorted().toList();
        }
        List<String> index = Files.readAllLines(FOLDER.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        assertEquals(files, index);
        assertEquals(Migrations.max(files), Migrations.latest());
    }
}
