package vn.dangvu.common;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/// Vietnamese-first message bundle (`i18n/messages.properties`, UTF-8). Keys are semantic ASCII.
public final class I18n {

    public static final Locale VI = Locale.of("vi", "VN");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);

    private I18n() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    /// Translates a key with MessageFormat arguments ({0}, {1} ...); LocalDate arguments appear as dd/MM/yyyy
    /// ([Dates#format]). A missing key is returned as "!key!"
    /// so it is visible in tests and screenshots rather than failing the user.
    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] a = args.clone();
        for (int i = 0; i < a.length; i++) {
            if (a[i] instanceof LocalDate d) {
                a[i] = Dates.format(d);
            } else if (a[i] instanceof Path p) {
                a[i] = p.toString();
            }
        }
        return new MessageFormat(pattern, VI).format(a);
    }
}
