package vn.dangvu.common;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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

    /// Throws the [AppException] a failure carries in its causes (jOOQ wraps what a transaction's callable threw),
    /// so a refusal inside a transaction reaches the caller as is; returns any other failure for rethrowing.
    public static RuntimeException unwrap(RuntimeException e) throws AppException {
        Optional<AppException> app = in(e);
        if (app.isPresent()) {
            throw app.get();
        }
        return e;
    }

    /// The first [AppException] among a failure and its causes: what to tell the user about a failure that came
    /// wrapped (a transaction, a background task, a storage fault the database layer recognised).
    public static Optional<AppException> in(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(30)
                .filter(AppException.class::isInstance).map(AppException.class::cast).findFirst();
    }

    /// The Vietnamese message for the user.
    public String userMessage() {
        return I18n.t(key, args);
    }
}
