package vn.dangvu.ui;

/// A combo box entry: a value (null = "any"/"none") and its Vietnamese label.
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
