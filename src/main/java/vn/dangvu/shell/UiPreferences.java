package vn.dangvu.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AtomicFile;

/// Window preferences kept across runs in a small properties file (ui.properties under the app home).
/// A missing or broken file means defaults; it is never worth an error dialog.
public final class UiPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(UiPreferences.class);
    private static final String FONT_SIZE = "fontSize";
    private static final String[] PLACE = {"windowX", "windowY", "windowWidth", "windowHeight"};
    private static final String MAXIMIZED = "windowMaximized";

    /// Where the main window was when it was last closed (its normal bounds) and whether it was maximised.
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    }

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

    /// The window's last place; empty when never saved or unreadable.
    public Optional<WindowPlace> window() {
        try {
            double[] v = new double[PLACE.length];
            for (int i = 0; i < v.length; i++) {
                String text = props.getProperty(PLACE[i]);
                if (text == null) {
                    return Optional.empty();
                }
                v[i] = Double.parseDouble(text.trim());
            }
            if (v[2] < 100 || v[3] < 100 || Double.isNaN(v[0] + v[1])) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlace(v[0], v[1], v[2], v[3], Boolean.parseBoolean(props.getProperty(MAXIMIZED))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindow(WindowPlace p) {
        double[] v = {p.x(), p.y(), p.width(), p.height()};
        for (int i = 0; i < v.length; i++) {
            props.setProperty(PLACE[i], Long.toString(Math.round(v[i])));
        }
        props.setProperty(MAXIMIZED, Boolean.toString(p.maximized()));
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
