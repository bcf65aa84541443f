package vn.dangvu.members;

/// Bands for filtering the list by age or by party age, in full years: [min, max). The i18n key is
/// "member.band.<NAME>" for age and "member.partyBand.<NAME>" for party age.
public enum AgeBand {
    UNDER_30(0, 30),
    FROM_30_TO_39(30, 40),
    FROM_40_TO_49(40, 50),
    FROM_50_TO_59(50, 60),
    FROM_60_TO_69(60, 70),
    FROM_70(70, Integer.MAX_VALUE);

    private final int min;
    private final int max;

    AgeBand(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public boolean contains(Integer years) {
        return years != null && years >= min && years < max;
    }

    public String ageKey() {
        return "member.band." + name();
    }

    public String partyAgeKey() {
        return "member.partyBand." + name();
    }
}
