package vn.dangvu.rating;

import java.util.Optional;

/// How many were rated at each level (in a cell, a grassroots organisation, the commune).
public record LevelCounts(int excellent, int good, int completed, int notCompleted) {

    public static final LevelCounts ZERO = new LevelCounts(0, 0, 0, 0);

    public int of(Level l) {
        return switch (l) {
            case EXCELLENT -> excellent;
            case GOOD -> good;
            case COMPLETED -> completed;
            case NOT_COMPLETED -> notCompleted;
        };
    }

    public int total() {
        return excellent + good + completed + notCompleted;
    }

    /// One more (`delta` 1) or one fewer (-1) at `level`; nothing for no level.
    public LevelCounts add(Optional<Level> level, int delta) {
        if (level.isEmpty()) {
            return this;
        }
        return switch (level.get()) {
            case EXCELLENT -> new LevelCounts(excellent + delta, good, completed, notCompleted);
            case GOOD -> new LevelCounts(excellent, good + delta, completed, notCompleted);
            case COMPLETED -> new LevelCounts(excellent, good, completed + delta, notCompleted);
            case NOT_COMPLETED -> new LevelCounts(excellent, good, completed, notCompleted + delta);
        };
    }

    /// The counts after one rating changed from `before` to `after`.
    public LevelCounts change(Optional<Level> before, Optional<Level> after) {
        return add(before, -1).add(after, 1);
    }

    public LevelCounts plus(LevelCounts o) {
        return new LevelCounts(excellent + o.excellent, good + o.good, completed + o.completed, notCompleted + o.notCompleted);
    }
}
