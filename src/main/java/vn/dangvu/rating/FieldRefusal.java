package vn.dangvu.rating;

import vn.dangvu.common.AppException;

/// A rating refused because of one field (a score outside the scale, a level above the score…): the import names
/// the field's column.
public final class FieldRefusal extends AppException {

    private static final long serialVersionUID = 1L;
    private final transient RatingRules.Field field;

    FieldRefusal(RatingRules.Field field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    public RatingRules.Field field() {
        return field;
    }
}
