package vn.dangvu.common;

import java.util.Arrays;

/// An expected failure the user must be told about. Carries an i18n key and its arguments;
/// the UI or CLI translates it with [I18n#t(String, Object...)].
public class AppException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public AppException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public AppException(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /// The Vietnamese message for the user.
    public String userMessage() {
        return I18n.t(key, args);
    }
}
