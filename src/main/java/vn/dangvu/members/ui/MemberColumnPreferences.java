package vn.dangvu.members.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AtomicFile;
import vn.dangvu.members.MemberExportService.Column;

/// The member list columns the user chose, kept in a small properties file beside ui.properties (same
/// approach as shell/UiPreferences: a missing or broken file means the default columns).
public final class MemberColumnPreferences implements MemberListViewModel.ColumnStore {

    private static final Logger LOG = LoggerFactory.getLogger(MemberColumnPreferences.class);
    private static final String KEY = "memberList.columns";

    private final Path file;

    public MemberColumnPreferences(Path file) {
        this.file = file;
    }

    @Override
    public List<Column> load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable preferences {}", file, e);
            }
        }
        String v = p.getProperty(KEY);
        if (v == null) {
            return MemberListViewModel.DEFAULT_COLUMNS;
        }
        List<Column> out = new ArrayList<>();
        for (String s : v.split(",")) {
            for (Column c : Column.values()) {
                if (c.name().equals(s.strip())) {
                    out.add(c);
                }
            }
        }
        return out.isEmpty() ? MemberListViewModel.DEFAULT_COLUMNS : out;
    }

    @Override
    public void save(List<Column> columns) {
        Properties p = new Properties();
        p.setProperty(KEY, String.join(",", columns.stream().map(Enum::name).toList()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.replace(file, tmp -> {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    p.store(out, "dangvu member list columns");
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not save preferences {}", file, e);
        }
    }
}
