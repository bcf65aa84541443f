package vn.dangvu.party;

/// What a cell is based on (thôn, tổ dân phố, trường học...). The i18n key is "unit.cellType.<NAME>".
public enum CellType {
    HAMLET,
    RESIDENTIAL_GROUP,
    SCHOOL,
    HEALTH_STATION,
    ADMIN_AGENCY,
    PUBLIC_SERVICE_UNIT,
    ENTERPRISE,
    COOPERATIVE,
    MILITARY,
    POLICE,
    RETIREES,
    OTHER;

    public String i18nKey() {
        return "unit.cellType." + name();
    }
}
