package vn.dangvu.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;

/// The Vietnamese user guide bundled with the app (docs/user-guide, copied into the jar under /help at build time),
/// written out as one HTML page with its pictures so the browser shows it offline; F1 opens it at the part about
/// the current screen.
public final class UserGuide {

    static final String RESOURCE = "/help/README.md";
    /// The guide's heading for each screen (by the shell's section id); other screens open at "Màn hình chính".
    private static final Map<String, String> SECTIONS = Map.of("overview", "4-man-hinh-chinh", "units", "to-chuc-dang",
            "members", "tim-dang-vien", "plans", "ke-hoach-va-sinh-hoat-chi-bo", "registrations", "dang-ky-hoc-tap-va-lam-theo",
            "evaluation", "danh-gia-xep-loai", "reports", "bao-cao-va-in", "backup", "8-sao-luu-va-khoi-phuc");
    static final String MAIN_SCREEN = "4-man-hinh-chinh";
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\((img/[A-Za-z0-9._-]+)\\)");

    private UserGuide() {
    }

    /// The guide's Markdown as bundled.
    public static String markdown() throws AppException {
        try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AppException("help.error.cannotOpen", RESOURCE, "");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AppException(e, "help.error.cannotOpen", RESOURCE, "");
        }
    }

    /// Writes index.html and the pictures it shows into `dir` (replacing an older copy); returns index.html.
    public static Path write(Path dir) throws AppException {
        String md = markdown();
        Path index = dir.resolve("index.html");
        try {
            for (String image : images(md)) {
                try (InputStream in = UserGuide.class.getResourceAsStream("/help/" + image)) {
                    if (in != null) {
                        byte[] bytes = in.readAllBytes();
                        AtomicFile.replace(dir.resolve(image), tmp -> Files.write(tmp, bytes));
                    }
                }
            }
            AtomicFile.writeString(index, GuideHtml.page(md));
        } catch (IOException e) {
            throw new AppException(e, "help.error.cannotOpen", e.getMessage(), dir);
        }
        return index;
    }

    /// The pictures the guide shows (paths relative to it: img/…).
    static Set<String> images(String markdown) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = IMAGE.matcher(markdown);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /// The heading id the guide opens at for a screen (the shell's section id; null or unknown: the main screen).
    public static String anchor(String sectionId) {
        return sectionId == null ? MAIN_SCREEN : SECTIONS.getOrDefault(sectionId, MAIN_SCREEN);
    }

    /// The address to open: the written page at the screen's part.
    public static URI at(Path index, String sectionId) {
        URI file = index.toAbsolutePath().toUri();
        try {
            return new URI(file.getScheme(), file.getSchemeSpecificPart(), anchor(sectionId));
        } catch (URISyntaxException e) {
            return file;
        }
    }
}
