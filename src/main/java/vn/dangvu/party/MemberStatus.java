package vn.dangvu.party;

/// Member status (domain.md §4.4). The i18n key is "member.status.<NAME>".
public enum MemberStatus {
    PROBATIONARY,
    OFFICIAL,
    TEMPORARILY_AWAY,
    EXEMPT_WORK_MEETINGS,
    SUSPENDED,
    TRANSFERRED_OUT,
    REMOVED,
    EXPELLED,
    RESIGNED,
    DECEASED;

    /// Still on the commune's roll (counted in "đảng viên hiện có").
    public boolean onRoll() {
        return this == PROBATIONARY || this == OFFICIAL || this == TEMPORARILY_AWAY
                || this == EXEMPT_WORK_MEETINGS || this == SUSPENDED;
    }

    public String i18nKey() {
        return "member.status." + name();
    }
}
