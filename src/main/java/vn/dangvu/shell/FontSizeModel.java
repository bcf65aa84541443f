package vn.dangvu.shell;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/// The base font size of the whole window, in px. Many users are elderly: the default is 15 px
/// and "large" is 19 px; Ctrl+= / Ctrl+- step by 1 between 14 and 26.
public final class FontSizeModel {

    public static final int MIN = 14;
    public static final int MAX = 26;
    public static final int NORMAL = 15;
    public static final int LARGE = 19;

    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(NORMAL);

    public FontSizeModel(int initial) {
        size.set(clamp(initial));
    }

    public ReadOnlyIntegerProperty size() {
        return size.getReadOnlyProperty();
    }

    public void increase() {
        size.set(clamp(size.get() + 1));
    }

    public void decrease() {
        size.set(clamp(size.get() - 1));
    }

    public boolean isLarge() {
        return size.get() >= LARGE;
    }

    public void setLarge(boolean large) {
        if (large != isLarge()) {
            size.set(large ? LARGE : NORMAL);
        }
    }

    public static int clamp(int px) {
        return Math.max(MIN, Math.min(MAX, px));
    }
}
