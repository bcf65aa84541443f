package vn.dangvu.party;

/// Kind of a node in the unit tree (domain.md §3.2). The i18n key is "unit.kind.<NAME>".
public enum UnitKind {
    COMMUNE_COMMITTEE,
    GRASSROOTS_COMMITTEE,
    SUB_COMMITTEE,
    GRASSROOTS_CELL,
    SUBORDINATE_CELL,
    PARTY_GROUP;

    /// Cells hold members directly.
    public boolean isCell() {
        return this == GRASSROOTS_CELL || this == SUBORDINATE_CELL;
    }

    public String i18nKey() {
        return "unit.kind." + name();
    }
}
