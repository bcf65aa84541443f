package vn.dangvu.commendation;

/// The forms of award a đảng ủy xã gives (domain.md §8.1, §8.2): biểu dương (praise, no cash) and giấy khen (with a
/// cash reward, a multiple of the base salary). The i18n key is "commendation.form.<NAME>".
public enum AwardForm {
    BIEU_DUONG(false),
    GIAY_KHEN(true);

    private final boolean paid;

    AwardForm(boolean paid) {
        this.paid = paid;
    }

    /// True when the award carries a cash reward.
    public boolean paid() {
        return paid;
    }

    public String i18nKey() {
        return "commendation.form." + name();
    }
}
