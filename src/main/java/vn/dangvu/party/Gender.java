package vn.dangvu.party;

/// Gender as recorded on the member sheet. The i18n key is "member.gender.<NAME>".
public enum Gender {
    MALE,
    FEMALE;

    public String i18nKey() {
        return "member.gender." + name();
    }
}
