package vn.dangvu.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/// The app version, filled in by Maven resource filtering (vn/dangvu/app.properties).
public final class AppVersion {

    private static final String VERSION = load();

    private AppVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/vn/dangvu/app.properties")) {
            if (in == null) {
                return "0.0.0";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("app.version", "0.0.0");
        } catch (IOException e) {
            return "0.0.0";
        }
    }

    /// Compares dotted versions numerically ("0.10.0" > "0.9.1"); a "-SNAPSHOT" suffix is ignored.
    public static int compare(String a, String b) {
        String[] x = a.replaceAll("-.*$", "").split("\\.");
        String[] y = b.replaceAll("-.*$", "").split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? parse(x[i]) : 0;
            int q = i < y.length ? parse(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
