package vn.dangvu.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FontSizeModelTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(textBlock = """
            # initial, after increase, after decrease
            15, 16, 14
            # bounds
            26, 26, 25
            14, 15, 14
            # out of range input is clamped
            3, 15, 14
            99, 26, 25
            """)
    void stepsStayWithinBounds(int initial, int bigger, int smaller) {
        FontSizeModel up = new FontSizeModel(initial);
        up.increase();
        FontSizeModel down = new FontSizeModel(initial);
        down.decrease();

        assertEquals(bigger, up.size().get());
        assertEquals(smaller, down.size().get());
    }

    @Test
    void largeModeTogglesBetweenNormalAndLarge() {
        FontSizeModel m = new FontSizeModel(FontSizeModel.NORMAL);
        assertFalse(m.isLarge());

        m.setLarge(true);
        assertEquals(FontSizeModel.LARGE, m.size().get());
        assertTrue(m.isLarge());

        m.setLarge(false);
        assertEquals(FontSizeModel.NORMAL, m.size().get());
    }

    @Test
    void fontSizeIsRememberedAcrossRuns() throws Exception {
        Path file = dir.resolve("home").resolve("ui.properties");
        assertEquals(FontSizeModel.NORMAL, new UiPreferences(file).fontSize());

        new UiPreferences(file).setFontSize(20);

        assertEquals(20, new UiPreferences(file).fontSize());
        Files.writeString(file, "fontSize=huge\n");
        assertEquals(FontSizeModel.NORMAL, new UiPreferences(file).fontSize());
    }
}
