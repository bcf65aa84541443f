package vn.dangvu.importing.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dangvu.common.AppException;
import vn.dangvu.importing.SheetReader;

/// Damaged copies of the corpus's good workbooks (cut short, or with random bytes overwritten; fixed seed): each
/// one is read or refused with a Vietnamese message, never with one of POI's raw exceptions, which the wizard would
/// show as English text. POI reports damage with a dozen unchecked exception types; this is how they were found.
class DamagedWorkbookTest {

    private static final int COPIES = 100;
    private static final Set<String> KEYS = Set.of("import.file.corrupt", "import.file.empty", "import.file.noHeader");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"good.xlsx", "good.xls"})
    void damagedCopiesAreReadOrRefusedWithAMessage(String name) throws Exception {
        byte[] good = Files.readAllBytes(ImportCorpusTest.corpusDir().resolve(name));
        Random random = new Random(name.hashCode());
        for (int i = 0; i < COPIES; i++) {
            byte[] b = i % 3 == 0 ? Arrays.copyOf(good, random.nextInt(good.length)) : good.clone();
            for (int k = i % 3 == 0 ? 0 : 1 + random.nextInt(20); k > 0; k--) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            Path f = Files.write(dir.resolve(i + name), b);
            try {
                SheetReader.read(f);
            } catch (AppException e) {
                assertTrue(KEYS.contains(e.key()), () -> f + ": " + e.key());
            }
        }
    }
}
