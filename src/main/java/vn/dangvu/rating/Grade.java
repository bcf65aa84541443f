package vn.dangvu.rating;

import java.math.BigDecimal;
import java.util.Optional;

/// One step's result: a level and, under a rule set with scores, the score out of 100 (domain.md §6.5: the
/// self-assessment, the proposal, the committee's decision).
public record Grade(Optional<Level> level, Optional<BigDecimal> score) {

    public static final Grade NONE = new Grade(Optional.empty(), Optional.empty());

    public static Grade of(Level level) {
        return new Grade(Optional.of(level), Optional.empty());
    }

    public static Grade of(Level level, double score) {
        return new Grade(Optional.of(level), Optional.of(BigDecimal.valueOf(score)));
    }

    public boolean empty() {
        return level.isEmpty() && score.isEmpty();
    }
}
