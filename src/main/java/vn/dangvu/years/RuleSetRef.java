package vn.dangvu.years;

/// A rating rule set a working year may use: its code ("Q366_HD43") and name.
public record RuleSetRef(String code, String name) {
}
