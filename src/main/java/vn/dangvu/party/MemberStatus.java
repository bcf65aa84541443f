package vn.dangvu.party;

import java.util.Arrays;
import java.util.List;

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

    /// The names of the statuses still on the roll, for SQL filters.
    public static final List<String> ON_ROLL_NAMES = Arrays.stream(values()).filter(MemberStatus::onRoll)
            .map(Enum::name).toList();

    /// Still on the commune's roll (counted in "đảng viên hiện có").
    public boolean onRoll() {
        return this == PROBATIONARY || this == OFFICIAL || this == TEMPORARILY_AWAY
                || this == EXEMPT_WORK_MEETINGS || this == SUSPENDED;
    }

    public String i18nKey() {
        return "member.status." + name();
    }
}
