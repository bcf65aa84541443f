package vn.dangvu.audit.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AtomicFile;
import vn.dangvu.common.Text;

/// The operator name ("Người thao tác") remembered between runs in a small properties file under the app home,
/// which belongs to the operating-system user: another Windows account never sees it. A missing or broken file
/// means no name; an unwritable one keeps the name for this session only.
public final class OperatorPreference {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorPreference.class);
    private static final String KEY = "audit.operator";

    private final Path file;

    public OperatorPreference(Path file) {
        this.file = file;
    }

    public String load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable preferences {}", file, e);
            }
        }
        return Text.clean(p.getProperty(KEY, ""));
    }

    public void save(String name) {
        Properties p = new Properties();
        p.setProperty(KEY, Text.clean(name));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.replace(file, tmp -> {
                try (OutputStream out = Files.newOutputStream(tmp); Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    p.store(w, "dangvu operator name");
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not save preferences {}", file, e);
        }
    }
}
