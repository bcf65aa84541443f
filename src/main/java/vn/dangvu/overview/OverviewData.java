package vn.dangvu.overview;

import java.util.Map;
import java.util.Optional;

import vn.dangvu.party.MemberStatus;
import vn.dangvu.settings.OrganizationSettings;

/// What the overview shows: the organisation and its counts. onRollByStatus holds only statuses on the roll,
/// in [MemberStatus] order, with zero counts left out.
public record OverviewData(OrganizationSettings settings, int units, int cells, int membersOnRoll,
                           Map<MemberStatus, Integer> onRollByStatus, int membersOffRoll) {

    public Optional<OrganizationSettings.Term> term() {
        return settings.term();
    }
}
