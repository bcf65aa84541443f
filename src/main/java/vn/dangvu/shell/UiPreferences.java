package vn.dangvu.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AtomicFile;

/// Window preferences kept across runs in a small properties file (ui.properties under the app home).
/// A missing or broken file means defaults; it is never worth an error dialog.
public final class UiPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(UiPreferences.class);
    private static final String FONT_SIZE = "fontSize";

    private final Path file;
    private final Properties props = new Properties();

    public UiPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable preferences {}", file, e);
            }
        }
    }

    public int fontSize() {
        try {
            return FontSizeModel.clamp(Integer.parseInt(props.getProperty(FONT_SIZE, "" + FontSizeModel.NORMAL).trim()));
        } catch (NumberFormatException e) {
            return FontSizeModel.NORMAL;
        }
    }

    public void setFontSize(int px) {
        props.setProperty(FONT_SIZE, Integer.toString(px));
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.replace(file, tmp -> {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    props.store(out, "dangvu window preferences");
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not save preferences {}", file, e);
        }
    }
}
